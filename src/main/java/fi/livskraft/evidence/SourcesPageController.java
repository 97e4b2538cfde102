package fi.livskraft.evidence;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Public list of every evidence source: who published what, which vintage, under which licence. */
@Controller
class SourcesPageController {

    private final Sources sources;

    SourcesPageController(Sources sources) {
        this.sources = sources;
    }

    @GetMapping("/evidence/sources")
    String sources(Model model) {
        model.addAttribute("sources", sources.all());
        return "evidence/sources";
    }
}
