package fi.livskraft.web;

import fi.livskraft.account.Actor;
import fi.livskraft.meeting.Actions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The overview page. */
@Controller
class HomeController {

    private final OverviewFigures figures;
    private final Actions actions;

    HomeController(OverviewFigures figures, Actions actions) {
        this.figures = figures;
        this.actions = actions;
    }

    @GetMapping("/")
    String overview(Model model) {
        model.addAttribute("figures", figures.current());
        Actor.current().ifPresent(actor -> {
            model.addAttribute("overdueActions", actions.overdue(actor));
            model.addAttribute("today", actions.today());
        });
        return "overview";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }
}
