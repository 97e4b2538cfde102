package fi.livskraft.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The overview page. */
@Controller
class HomeController {

    private final OverviewFigures figures;

    HomeController(OverviewFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/")
    String overview(Model model) {
        model.addAttribute("figures", figures.current());
        return "overview";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }
}
