package fi.livskraft.partnership.web;

import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import fi.livskraft.partnership.JoinRequest;
import fi.livskraft.partnership.JoinRequests;
import fi.livskraft.partnership.NewJoinRequest;
import fi.livskraft.partnership.OrganisationType;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The public join form and the status page that tells the applicant the decision. */
@Controller
class JoinPages {

    private final JoinRequests joinRequests;
    private final MessageSource messages;

    JoinPages(JoinRequests joinRequests, MessageSource messages) {
        this.joinRequests = joinRequests;
        this.messages = messages;
    }

    @GetMapping("/join")
    String form(Model model) {
        model.addAttribute("form", new NewJoinRequest("", "", "", "", "", ""));
        model.addAttribute("types", OrganisationType.values());
        return "partnership/join";
    }

    @PostMapping("/join")
    ModelAndView submit(
            @RequestParam(defaultValue = "") String organisationName,
            @RequestParam(defaultValue = "") String organisationType,
            @RequestParam(defaultValue = "") String contactName,
            @RequestParam(defaultValue = "") String contactEmail,
            @RequestParam(defaultValue = "") String message,
            Locale locale) {
        NewJoinRequest form = new NewJoinRequest(
                organisationName, organisationType, contactName, contactEmail, message, locale.getLanguage());
        try {
            JoinRequest created = joinRequests.submit(form);
            return new ModelAndView("redirect:" + created.statusPath() + "?received");
        } catch (InvalidInputException e) {
            ModelAndView page = new ModelAndView("partnership/join", HttpStatus.BAD_REQUEST);
            page.addObject("form", form);
            page.addObject("types", OrganisationType.values());
            page.addObject("errors", FormErrors.of(e, messages, locale));
            return page;
        }
    }

    @GetMapping("/join/status/{token}")
    String status(@PathVariable String token, Model model) {
        JoinRequest request = joinRequests.byToken(token).orElseThrow(() -> new NotFoundException("join request", "?"));
        model.addAttribute("request", request);
        return "partnership/join-status";
    }
}
