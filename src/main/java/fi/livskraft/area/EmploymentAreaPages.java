package fi.livskraft.area;

import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public pages of the employment areas, and the coordinator's correction form. */
@Controller
class EmploymentAreaPages {

    /** A message shown next to a field and in the summary at the top of the form. */
    record ShownError(String field, String message) {}

    private final EmploymentAreas areas;
    private final AreaDirectory directory;
    private final Regions regions;
    private final MessageSource messages;
    private final ObjectProvider<AreaMaps> maps;

    EmploymentAreaPages(
            EmploymentAreas areas,
            AreaDirectory directory,
            Regions regions,
            MessageSource messages,
            ObjectProvider<AreaMaps> maps) {
        this.maps = maps;
        this.areas = areas;
        this.directory = directory;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/employment-areas")
    String list(Locale locale, Model model) {
        model.addAttribute(
                "areaList",
                areas.list().stream()
                        .sorted(NameOrder.by(EmploymentArea::names, locale))
                        .toList());
        model.addAttribute("municipalityMap", municipalityMap());
        return "area/employment-areas";
    }

    @GetMapping("/employment-areas/{id}")
    ModelAndView detail(@PathVariable String id, Locale locale) {
        return page(areas.get(id), locale, List.of(), null, HttpStatus.OK);
    }

    @PostMapping("/employment-areas/{id}")
    ModelAndView correct(
            @PathVariable String id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String leadMunicipalityCode,
            @RequestParam(required = false) String add,
            @RequestParam(required = false) List<String> remove,
            Locale locale,
            RedirectAttributes redirect) {
        EmploymentArea area = areas.get(id);
        List<String> members = new ArrayList<>(area.municipalityCodes());
        if (remove != null) {
            members.removeAll(remove);
        }
        if (add != null && !add.isBlank() && !members.contains(add.strip())) {
            members.add(add.strip());
        }
        try {
            areas.update(id, new AreaChange(version, leadMunicipalityCode, members));
        } catch (InvalidInputException e) {
            List<ShownError> errors = e.errors().stream()
                    .map(f -> new ShownError(f.field(), message(f, locale)))
                    .toList();
            return page(area, locale, errors, null, HttpStatus.BAD_REQUEST);
        } catch (ConcurrentEditException e) {
            return page(areas.get(id), locale, List.of(), "area.error.conflict", HttpStatus.CONFLICT);
        }
        redirect.addAttribute("saved", "");
        return new ModelAndView("redirect:/employment-areas/" + id);
    }

    private ModelAndView page(
            EmploymentArea area, Locale locale, List<ShownError> errors, String conflictKey, HttpStatus status) {
        Map<String, Municipality> all = municipalityMap();
        ModelAndView page = new ModelAndView("area/employment-area");
        page.setStatus(status);
        page.addObject("area", area);
        maps.ifAvailable(m -> page.addObject("map", m.employmentArea(area.id(), locale)));
        page.addObject(
                "members",
                area.municipalityCodes().stream()
                        .map(all::get)
                        .sorted(NameOrder.by(Municipality::names, locale))
                        .toList());
        page.addObject(
                "candidates",
                all.values().stream()
                        .filter(m -> !m.inAland() && !area.id().equals(m.employmentAreaId()))
                        .sorted(NameOrder.by(Municipality::names, locale))
                        .toList());
        page.addObject(
                "areas", areas.list().stream().collect(Collectors.toMap(EmploymentArea::id, Function.identity())));
        page.addObject("regions", regions.list().stream().collect(Collectors.toMap(Region::code, Function.identity())));
        page.addObject("municipalityMap", all);
        page.addObject("errors", errors);
        page.addObject(
                "fieldErrors",
                errors.stream()
                        .collect(Collectors.groupingBy(
                                ShownError::field, Collectors.mapping(ShownError::message, Collectors.toList()))));
        page.addObject("conflict", conflictKey != null);
        return page;
    }

    private Map<String, Municipality> municipalityMap() {
        return directory.municipalities().stream()
                .sorted(Comparator.comparing(Municipality::code))
                .collect(Collectors.toMap(Municipality::code, Function.identity()));
    }

    private String message(FieldError error, Locale locale) {
        return messages.getMessage(error.messageKey(), error.arguments().toArray(), error.messageKey(), locale);
    }
}
