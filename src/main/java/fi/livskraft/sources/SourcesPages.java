package fi.livskraft.sources;

import fi.livskraft.account.Actor;
import fi.livskraft.common.InvalidInputException;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's page of connectors and their import log, with "fetch now" (post/redirect/get). */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class SourcesPages {

    private final Connectors connectors;
    private final ConnectorMessages messages;

    SourcesPages(Connectors connectors, ConnectorMessages messages) {
        this.connectors = connectors;
        this.messages = messages;
    }

    @GetMapping("/sources")
    String page(Model model, Locale locale) {
        model.addAttribute("sync", connectors.syncOn());
        model.addAttribute("connectors", connectors.list());
        model.addAttribute("history", connectors.history());
        model.addAttribute("messages", messages);
        model.addAttribute("locale", locale);
        return "sources/sources";
    }

    @PostMapping("/sources/{id}/fetch")
    String fetch(@PathVariable String id, RedirectAttributes redirect) {
        String by = Actor.current().map(Actor::username).orElse("unknown");
        try {
            connectors.fetchNow(id, by);
            redirect.addFlashAttribute("started", id);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("running", id);
        }
        return "redirect:/sources";
    }
}
