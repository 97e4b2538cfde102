package fi.livskraft.situation;

import fi.livskraft.common.NotFoundException;
import fi.livskraft.geomap.GeoMaps;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The municipality's situation page (public; the meetings and actions only for those who may see them). */
@Controller
class SituationPage {

    private final SituationService service;
    private final GeoMaps maps;

    SituationPage(SituationService service, GeoMaps maps) {
        this.service = service;
        this.maps = maps;
    }

    @GetMapping("/municipalities/{code}")
    ModelAndView page(@PathVariable String code, @RequestParam(required = false) String year, Locale locale) {
        Integer y = year == null || year.isBlank()
                ? null
                : year.strip().matches("\\d{4}") ? Integer.valueOf(year.strip()) : -1;
        Situation s = service.situation(code, y).orElse(null);
        if (s == null) {
            return service.currentCodeOf(code)
                    .map(current -> new ModelAndView("redirect:/municipalities/" + current))
                    .orElseThrow(() -> new NotFoundException("municipality", code));
        }
        ModelAndView page = new ModelAndView("situation/municipality");
        page.addObject("s", s);
        page.addObject("municipality", s.profile().municipality());
        page.addObject("askedYear", year);
        String areaId = s.profile().municipality().employmentAreaId();
        page.addObject("areaMap", areaId == null ? null : maps.employmentArea(areaId, locale));
        page.addObject("signedIn", fi.livskraft.account.Actor.current().isPresent());
        return page;
    }
}
