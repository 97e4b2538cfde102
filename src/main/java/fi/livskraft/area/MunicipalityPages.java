package fi.livskraft.area;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public list of municipalities (the page of one is the situation module's). */
@Controller
class MunicipalityPages {

    private final AreaDirectory directory;
    private final Regions regions;
    private final EmploymentAreas areas;

    private final ObjectProvider<AreaMaps> maps;

    MunicipalityPages(AreaDirectory directory, Regions regions, EmploymentAreas areas, ObjectProvider<AreaMaps> maps) {
        this.directory = directory;
        this.regions = regions;
        this.areas = areas;
        this.maps = maps;
    }

    @GetMapping("/municipalities")
    String list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String measure,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String occupation,
            Locale locale,
            Model model) {
        maps.ifAvailable(m -> model.addAttribute("map", m.municipalities(measure, level, occupation, locale)));
        LanguageStatus status = Arrays.stream(LanguageStatus.values())
                .filter(s -> s.name().equals(language))
                .findFirst()
                .orElse(null);
        String regionCode = region == null || region.isBlank() ? null : region;
        model.addAttribute(
                "municipalities",
                directory.municipalities().stream()
                        .filter(m -> regionCode == null || m.regionCode().equals(regionCode))
                        .filter(m -> status == null || m.languageStatus() == status)
                        .sorted(NameOrder.by(Municipality::names, locale))
                        .toList());
        model.addAttribute("selectedRegion", regionCode);
        model.addAttribute("selectedLanguage", status);
        model.addAttribute("languageStatuses", LanguageStatus.values());
        model.addAttribute(
                "regionList",
                regions.list().stream()
                        .sorted(NameOrder.by(Region::names, locale))
                        .toList());
        addLookups(model);
        return "area/municipalities";
    }

    private void addLookups(Model model) {
        model.addAttribute(
                "regions", regions.list().stream().collect(Collectors.toMap(Region::code, Function.identity())));
        model.addAttribute(
                "subRegions",
                regions.subRegions().stream().collect(Collectors.toMap(SubRegion::code, Function.identity())));
        Map<String, EmploymentArea> byId =
                areas.list().stream().collect(Collectors.toMap(EmploymentArea::id, Function.identity()));
        model.addAttribute("areas", byId);
    }
}
