package fi.livskraft.education;

import fi.livskraft.account.Actor;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page of vocational supply and graduate outcomes, filtered by provider, qualification,
 * year and language, one table per source. Visitors who are not signed in see small cells
 * suppressed ({@code livskraft.evidence.suppression-threshold}, default 5).
 */
@Controller
class SupplyPage {

    static final List<String> LANGUAGES = List.of("sv", "fi", "en");
    /** At most this many rows of each kind on the page; the exports have them all. */
    static final int PAGE_ROWS = 300;

    private final EducationFacts facts;
    private final SupplyView view;
    private final MessageSource messages;
    private final int threshold;

    SupplyPage(
            EducationFacts facts,
            SupplyView view,
            MessageSource messages,
            @Value("${livskraft.evidence.suppression-threshold:5}") int threshold) {
        this.facts = facts;
        this.view = view;
        this.messages = messages;
        this.threshold = threshold;
    }

    @GetMapping("/education/supply")
    String supply(
            @RequestParam(name = "provider", required = false) String provider,
            @RequestParam(name = "qualification", required = false) String qualification,
            @RequestParam(name = "year", required = false) String year,
            @RequestParam(name = "language", required = false) String language,
            Locale locale,
            Model model) {
        FactFilter filter = filter(provider, qualification, year, language);
        Suppression suppression = suppression();
        model.addAttribute("filter", filter);
        List<SupplyView.Table<SupplyView.SupplyRow>> supply = view.supply(filter, suppression, locale);
        model.addAttribute("supplyTables", SupplyView.limit(supply, PAGE_ROWS));
        model.addAttribute("supplyRows", SupplyView.rows(supply));
        FactFilter outcomeFilter = new FactFilter(filter.provider(), filter.qualification(), filter.year(), null);
        List<SupplyView.Table<SupplyView.OutcomeRow>> outcomes = view.outcomes(
                outcomeFilter, suppression, locale, messages.getMessage("education.area.whole-country", null, locale));
        model.addAttribute("outcomeTables", SupplyView.limit(outcomes, PAGE_ROWS));
        model.addAttribute("outcomeRows", SupplyView.rows(outcomes));
        model.addAttribute("pageRows", PAGE_ROWS);
        model.addAttribute("providers", facts.providers());
        model.addAttribute("qualifications", view.qualificationOptions(locale));
        model.addAttribute("years", facts.years());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("suppressed", suppression.active());
        model.addAttribute("threshold", threshold);
        model.addAttribute("query", query(filter));
        return "education/supply";
    }

    Suppression suppression() {
        return new Suppression(threshold, Actor.current().isEmpty());
    }

    /** The filter from request parameters; a year or language that is not one is ignored. */
    static FactFilter filter(String provider, String qualification, String year, String language) {
        Integer y = null;
        if (year != null && year.strip().matches("\\d{4}")) {
            y = Integer.valueOf(year.strip());
        }
        String lang = language != null && LANGUAGES.contains(language.strip()) ? language.strip() : null;
        return new FactFilter(provider, qualification, y, lang);
    }

    /** The filter as a query string for the export links (without a leading ?). */
    static String query(FactFilter f) {
        StringBuilder q = new StringBuilder();
        append(q, "provider", f.provider());
        append(q, "qualification", f.qualification());
        append(q, "year", f.year() == null ? null : f.year().toString());
        append(q, "language", f.language());
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append(q.isEmpty() ? "" : "&")
                    .append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
