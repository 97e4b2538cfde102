package fi.livskraft.web;

import fi.livskraft.account.Actor;
import fi.livskraft.account.Role;
import fi.livskraft.area.AreaDirectory;
import fi.livskraft.area.AreaLists;
import fi.livskraft.geomap.GeoMaps;
import fi.livskraft.meeting.Actions;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The overview page. */
@Controller
class HomeController {

    private final OverviewFigures figures;
    private final Actions actions;
    private final GeoMaps maps;
    private final AreaDirectory directory;
    private final AreaLists lists;

    HomeController(OverviewFigures figures, Actions actions, GeoMaps maps, AreaDirectory directory, AreaLists lists) {
        this.lists = lists;
        this.figures = figures;
        this.actions = actions;
        this.maps = maps;
        this.directory = directory;
    }

    @GetMapping("/")
    String overview(Locale locale, Model model) {
        model.addAttribute("figures", figures.current());
        model.addAttribute("headlines", maps.headlines(locale));
        model.addAttribute("map", maps.overview(locale));
        Actor.current().ifPresent(actor -> {
            // an owner's own situation: the first municipality they represent
            actor.scopes(Role.OWNER).stream()
                    .sorted()
                    .map(directory::municipality)
                    .flatMap(java.util.Optional::stream)
                    .findFirst()
                    .ifPresent(m -> model.addAttribute("ownMunicipality", m));
            // an employment-area officer's own area
            lists.employmentAreas().stream()
                    .filter(a -> actor.scopes(Role.EMPLOYMENT_AREA).contains(a.id()))
                    .findFirst()
                    .ifPresent(a -> model.addAttribute("ownArea", a));
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
