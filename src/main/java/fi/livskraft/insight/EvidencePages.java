package fi.livskraft.insight;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    /**
     * The gap of one area: the signed-in user's own area by default (an owner's first municipality,
     * an employment-area officer's area, else Finland) in the page's language of instruction (all on
     * English pages); filters by ISCO-08 major group and text; 50 rows a page, every row in the
     * exports. The {@code level} parameter of older links is accepted and follows from the area.
     */
    @GetMapping("/evidence/gap")
    String gap(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String q,
            @RequestParam(required = false, defaultValue = "1") String page,
            Locale locale,
            Model model) {
        String chosenArea = AreaLevel.ofCode(area).isPresent() ? area : defaultArea();
        String chosenLanguage = language == null || language.isBlank() ? defaultLanguage(locale) : language;
        Insights.GapReport report = insights.gapForCurrentUser(chosenArea, null, chosenLanguage, null, null);
        java.util.Map<String, fi.livskraft.common.Names> names = insights.iscoNames();
        String majorGroup = group != null && group.matches("\\d") ? group : "";
        GapPage shown =
                GapPage.of(report.rows(), majorGroup, q, names, page.matches("\\d{1,5}") ? Integer.parseInt(page) : 1);
        model.addAttribute("report", report);
        model.addAttribute("shown", shown);
        model.addAttribute("areaGroups", areaGroups(locale));
        model.addAttribute("language", report.language());
        model.addAttribute("group", majorGroup);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute(
                "majorGroups",
                names.keySet().stream().filter(c -> c.length() == 1).sorted().toList());
        model.addAttribute("names", names);
        model.addAttribute("qualificationNames", insights.qualificationNames());
        model.addAttribute(
                "demo",
                Stream.concat(report.sources().stream(), report.educationSources().stream())
                        .anyMatch(SourceRef::demo));
        common(model);
        return "insight/gap";
    }

    /** The areas of every level, each level sorted by name in the page's language. */
    private java.util.Map<AreaLevel, List<AreaRef>> areaGroups(Locale locale) {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        java.util.Map<AreaLevel, List<AreaRef>> groups = new java.util.LinkedHashMap<>();
        for (AreaLevel l : List.of(
                AreaLevel.COUNTRY,
                AreaLevel.REGION,
                AreaLevel.EMPLOYMENT_AREA,
                AreaLevel.SUB_REGION,
                AreaLevel.MUNICIPALITY)) {
            groups.put(
                    l,
                    insights.areas(l).stream()
                            .sorted(java.util.Comparator.comparing(
                                    (AreaRef a) -> a.names().in(locale), collator))
                            .toList());
        }
        return groups;
    }

    private static String defaultArea() {
        return fi.livskraft.account.Actor.current()
                .flatMap(a -> {
                    var owner = a.scopes(fi.livskraft.account.Role.OWNER).stream()
                            .sorted()
                            .findFirst();
                    if (owner.isPresent()) {
                        return Optional.of(AreaLevel.MUNICIPALITY.code(owner.get()));
                    }
                    return a.scopes(fi.livskraft.account.Role.EMPLOYMENT_AREA).stream()
                            .sorted()
                            .findFirst()
                            .map(AreaLevel.EMPLOYMENT_AREA::code);
                })
                .filter(c -> AreaLevel.ofCode(c).isPresent())
                .orElse("SSS");
    }

    private static String defaultLanguage(Locale locale) {
        return switch (locale.getLanguage()) {
            case "sv" -> "sv";
            case "fi" -> "fi";
            default -> "all";
        };
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
        Insights.GapReport report = insights.gapForCurrentUser(area, level, language, null, null);
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
