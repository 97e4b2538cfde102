package fi.livskraft.partnership.web;

import fi.livskraft.common.InvalidInputException;
import fi.livskraft.partnership.JoinDecision;
import fi.livskraft.partnership.JoinRequest;
import fi.livskraft.partnership.JoinRequestStatus;
import fi.livskraft.partnership.JoinRequests;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The coordinator's list of join requests, with a decision form for each pending one. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class JoinRequestPages {

    private final JoinRequests joinRequests;
    private final MessageSource messages;

    JoinRequestPages(JoinRequests joinRequests, MessageSource messages) {
        this.joinRequests = joinRequests;
        this.messages = messages;
    }

    @GetMapping("/join-requests")
    String list(Model model) {
        fill(model.asMap());
        return "partnership/join-requests";
    }

    @PostMapping("/join-requests/{id}/decision")
    ModelAndView decide(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(required = false) Integer version,
            Locale locale) {
        try {
            joinRequests.decide(id, new JoinDecision(decision, note, version));
            return new ModelAndView("redirect:/join-requests?decided=" + id);
        } catch (InvalidInputException e) {
            ModelAndView page = new ModelAndView("partnership/join-requests", HttpStatus.BAD_REQUEST);
            fill(page.getModel());
            Map<String, String> errors = FormErrors.of(e, messages, locale);
            page.addObject("errorsFor", id);
            page.addObject("errors", errors);
            page.addObject("submitted", Map.of("decision", decision, "note", note));
            return page;
        }
    }

    private void fill(Map<String, Object> model) {
        List<JoinRequest> all = joinRequests.list();
        model.put(
                "pending",
                all.stream()
                        .filter(r -> r.status() == JoinRequestStatus.PENDING)
                        .toList());
        model.put(
                "decided",
                all.stream()
                        .filter(r -> r.status() != JoinRequestStatus.PENDING)
                        .toList());
    }
}
