package fi.livskraft.area;

import fi.livskraft.common.NotFoundException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages of the regions. */
@Controller
class RegionPages {

    private final AreaDirectory directory;
    private final Regions regions;
    private final EmploymentAreas areas;

    RegionPages(AreaDirectory directory, Regions regions, EmploymentAreas areas) {
        this.directory = directory;
        this.regions = regions;
        this.areas = areas;
    }

    @GetMapping("/regions")
    String list(Model model) {
        List<Region> all = regions.list();
        model.addAttribute("regionList", all);
        model.addAttribute(
                "subRegionCounts",
                regions.subRegions().stream()
                        .collect(Collectors.groupingBy(SubRegion::regionCode, Collectors.counting())));
        model.addAttribute(
                "municipalityTotal",
                all.stream().mapToInt(Region::municipalityCount).sum());
        return "area/regions";
    }

    @GetMapping("/regions/{code}")
    String detail(@PathVariable String code, Locale locale, Model model) {
        Region region = regions.find(code).orElseThrow(() -> new NotFoundException("region", code));
        List<Municipality> municipalities = directory.municipalities().stream()
                .filter(m -> m.regionCode().equals(code))
                .sorted(NameOrder.by(Municipality::names, locale))
                .toList();
        Map<LanguageStatus, Long> counts = new EnumMap<>(LanguageStatus.class);
        for (LanguageStatus status : LanguageStatus.values()) {
            counts.put(
                    status,
                    municipalities.stream()
                            .filter(m -> m.languageStatus() == status)
                            .count());
        }
        model.addAttribute("region", region);
        model.addAttribute("subRegionList", regions.subRegionsOf(code));
        model.addAttribute(
                "subRegions",
                regions.subRegions().stream().collect(Collectors.toMap(SubRegion::code, Function.identity())));
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("languageCounts", counts);
        model.addAttribute(
                "areas", areas.list().stream().collect(Collectors.toMap(EmploymentArea::id, Function.identity())));
        return "area/region";
    }
}
