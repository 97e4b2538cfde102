package fi.livskraft.insight;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public evidence pages: index, area, occupation, provider and the gap, each with CSV and XLSX exports. */
@Controller
class EvidencePages {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Insights insights;
    private final InsightExports exports;
    private final InsightFormat format;

    EvidencePages(Insights insights, InsightExports exports, InsightFormat format) {
        this.insights = insights;
        this.exports = exports;
        this.format = format;
    }

    @GetMapping("/evidence")
    String index(Model model) {
        List<String> periods = insights.periods();
        model.addAttribute("country", insights.areas(AreaLevel.COUNTRY).get(0));
        model.addAttribute("regions", insights.areas(AreaLevel.REGION));
        model.addAttribute("providers", insights.providers());
        model.addAttribute("periods", periods);
        model.addAttribute("levels", List.of(AreaLevel.values()));
        common(model);
        return "insight/index";
    }

    /** The occupation form of the index: a code typed in goes to its page. */
    @GetMapping("/evidence/occupations")
    String findOccupation(@RequestParam(required = false) String isco) {
        String code = isco == null ? "" : isco.strip();
        return "redirect:/evidence/occupations/" + (code.matches("\\d{4}") ? code : "0000");
    }

    @GetMapping("/evidence/areas/{code}")
    String area(@PathVariable String code, Model model) {
        Insights.AreaReport report = insights.areaReport(code);
        model.addAttribute("report", report);
        model.addAttribute("names", insights.iscoNames());
        java.util.Map<String, String> sparks = new java.util.HashMap<>();
        Stream.concat(report.shortage().stream(), report.surplus().stream())
                .forEach(t -> sparks.put(t.iscoCode(), Charts.sparkline(t.months())));
        model.addAttribute("sparks", sparks);
        model.addAttribute("demo", report.sources().stream().anyMatch(SourceRef::demo));
        common(model);
        return "insight/area";
    }

    @GetMapping("/evidence/occupations/{iscoCode}")
    String occupation(
            @PathVariable String iscoCode, @RequestParam(required = false) String period, Model model, Locale locale) {
        Insights.OccupationReport report = insights.occupation(iscoCode, period);
        model.addAttribute("report", report);
        model.addAttribute("qualificationNames", insights.qualificationNames());
        model.addAttribute("bars", Charts.bars(report.regions(), locale, format));
        model.addAttribute("tiles", Charts.tiles(report.regions(), locale, format));
        model.addAttribute("classes", List.of(TightnessClass.values()));
        model.addAttribute(
                "demo",
                Stream.concat(report.sources().stream(), report.educationSources().stream())
                        .anyMatch(SourceRef::demo));
        common(model);
        return "insight/occupation";
    }

    @GetMapping("/evidence/providers/{id}")
    String provider(@PathVariable String id, Model model) {
        Insights.ProviderReport report = insights.provider(id);
        model.addAttribute("report", report);
        model.addAttribute("qualificationNames", insights.qualificationNames());
        model.addAttribute(
                "demo", report.provider().demo() || report.sources().stream().anyMatch(SourceRef::demo));
        common(model);
        return "insight/provider";
    }

    @GetMapping("/evidence/gap")
    String gap(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String language,
            Model model) {
        AreaLevel chosen =
                AreaLevel.fromParam(level).or(() -> AreaLevel.ofCode(area)).orElse(AreaLevel.REGION);
        model.addAttribute("level", chosen);
        model.addAttribute("levels", List.of(AreaLevel.values()));
        model.addAttribute("choices", insights.areas(chosen));
        model.addAttribute("language", language == null || language.isBlank() ? "all" : language);
        boolean fits =
                area != null && AreaLevel.ofCode(area).map(l -> l == chosen).orElse(false);
        if (fits) {
            Insights.GapReport report = insights.gap(area, chosen.param(), language, null, null);
            model.addAttribute("report", report);
            model.addAttribute("names", insights.iscoNames());
            model.addAttribute("qualificationNames", insights.qualificationNames());
            model.addAttribute(
                    "demo",
                    Stream.concat(report.sources().stream(), report.educationSources().stream())
                            .anyMatch(SourceRef::demo));
        }
        common(model);
        return "insight/gap";
    }

    private void common(Model model) {
        model.addAttribute("thresholds", insights.thresholds());
        model.addAttribute("suppressionThreshold", insights.suppression().threshold());
        model.addAttribute("needsHorizonMonths", insights.needsHorizonMonths());
    }

    // ------------------------------------------------------------ exports

    @GetMapping("/evidence/areas/{code}/export.{ext:csv|xlsx}")
    ResponseEntity<byte[]> areaExport(@PathVariable String code, @PathVariable String ext, Locale locale) {
        return file(exports.area(insights.areaReport(code), locale), ext, "evidence-area-" + code, locale);
    }

    @GetMapping("/evidence/occupations/{iscoCode}/export.{ext:csv|xlsx}")
    ResponseEntity<byte[]> occupationExport(
            @PathVariable String iscoCode,
            @PathVariable String ext,
            @RequestParam(required = false) String period,
            Locale locale) {
        Insights.OccupationReport report = insights.occupation(iscoCode, period);
        return file(exports.occupation(report, locale), ext, "evidence-occupation-" + iscoCode, locale);
    }

    @GetMapping("/evidence/providers/{id}/export.{ext:csv|xlsx}")
    ResponseEntity<byte[]> providerExport(@PathVariable String id, @PathVariable String ext, Locale locale) {
        Insights.ProviderReport report = insights.provider(id);
        return file(
                exports.provider(report, locale),
                ext,
                "evidence-provider-" + report.provider().slug(),
                locale);
    }

    @GetMapping("/evidence/gap/export.{ext:csv|xlsx}")
    ResponseEntity<byte[]> gapExport(
            @PathVariable String ext,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String language,
            Locale locale) {
        Insights.GapReport report = insights.gap(area, level, language, null, null);
        return file(exports.gap(report, locale), ext, "evidence-gap-" + area.replace(':', '-'), locale);
    }

    static ResponseEntity<byte[]> file(ExportDoc doc, String ext, String name, Locale locale) {
        boolean csv = ext.equals("csv");
        return ResponseEntity.ok()
                .contentType(csv ? CSV : XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + "-" + locale.getLanguage() + "." + ext, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(csv ? ExportFiles.csv(doc) : ExportFiles.xlsx(doc));
    }

    static List<Object> row(Object... cells) {
        List<Object> list = new ArrayList<>(cells.length);
        java.util.Collections.addAll(list, cells);
        return list;
    }
}
