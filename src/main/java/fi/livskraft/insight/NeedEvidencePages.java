package fi.livskraft.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The language and immigration views of confirmed workforce needs, with CSV and XLSX exports. */
@Controller
class NeedEvidencePages {

    private final NeedInsights needs;
    private final Insights insights;
    private final NeedExports exports;

    NeedEvidencePages(NeedInsights needs, Insights insights, NeedExports exports) {
        this.needs = needs;
        this.insights = insights;
        this.exports = exports;
    }

    @GetMapping("/evidence/language")
    String language(Model model) {
        NeedInsights.LanguageReport report = needs.language();
        model.addAttribute("report", report);
        model.addAttribute("demo", report.demo());
        common(model);
        return "insight/language";
    }

    @GetMapping("/evidence/immigration")
    String immigration(Model model) {
        NeedInsights.ImmigrationReport report = needs.immigration();
        model.addAttribute("report", report);
        model.addAttribute("demo", report.demo());
        common(model);
        return "insight/immigration";
    }

    @GetMapping("/evidence/language/export.{ext:csv|xlsx}")
    ResponseEntity<byte[]> languageExport(@PathVariable String ext, Locale locale) {
        return EvidencePages.file(exports.language(needs.language(), locale), ext, "evidence-language", locale);
    }

    @GetMapping("/evidence/immigration/export.{ext:csv|xlsx}")
    ResponseEntity<byte[]> immigrationExport(@PathVariable String ext, Locale locale) {
        return EvidencePages.file(
                exports.immigration(needs.immigration(), locale), ext, "evidence-immigration", locale);
    }

    private void common(Model model) {
        model.addAttribute("names", insights.iscoNames());
        model.addAttribute("qualificationNames", insights.qualificationNames());
        Map<String, fi.livskraft.common.Names> regions = new HashMap<>();
        insights.areas(AreaLevel.REGION).forEach(r -> regions.put(r.regionCode(), r.names()));
        model.addAttribute("regions", regions);
        model.addAttribute("statuses", List.copyOf(NeedPlaces.TIE_ORDER));
        model.addAttribute("thresholds", insights.thresholds());
        model.addAttribute("suppressionThreshold", insights.suppression().threshold());
    }
}
