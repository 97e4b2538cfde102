package fi.livskraft.classification;

import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages of vocational qualifications: a filterable list and one page per qualification. */
@Controller
class QualificationController {

    static final String ALL = "ALL";

    private final Classifications classifications;

    QualificationController(Classifications classifications) {
        this.classifications = classifications;
    }

    /** A row of the list: code, name in the page language, the other national-language names, type. */
    record Row(String code, LocalizedName name, List<LocalizedName> others, QualificationType type) {

        static Row of(Qualification q, Locale locale) {
            return new Row(
                    q.code(), LocalizedName.of(q.names(), locale), LocalizedName.others(q.names(), locale), q.type());
        }
    }

    @GetMapping("/qualifications")
    String list(
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "q", required = false) String text,
            Locale locale,
            Model model) {
        String selected = selectedType(type);
        QualificationType filter = ALL.equals(selected) ? null : QualificationType.valueOf(selected);
        Collator collator = Collator.getInstance(locale);
        List<Row> rows = classifications.qualifications(filter, text).stream()
                .map(q -> Row.of(q, locale))
                .sorted(Comparator.comparing((Row r) -> r.name().text(), collator)
                        .thenComparing(Row::code))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("types", QualificationType.values());
        model.addAttribute("type", selected);
        model.addAttribute("text", text == null ? "" : text.strip());
        model.addAttribute("counts", classifications.qualificationCounts());
        return "classification/qualifications";
    }

    @GetMapping("/qualifications/{code}")
    String qualification(@PathVariable String code, Model model, HttpServletResponse response) {
        Optional<Qualification> qualification = classifications.qualification(code);
        if (qualification.isEmpty()) {
            return NotFoundPage.show(
                    model, response, code, "classification.not-found.qualification", "/qualifications");
        }
        model.addAttribute("qualification", qualification.get());
        return "classification/qualification";
    }

    /** The type filter: a known type, all types, or by default the upper secondary qualifications. */
    static String selectedType(String type) {
        if (ALL.equals(type)) {
            return ALL;
        }
        return Arrays.stream(QualificationType.values())
                .map(Enum::name)
                .filter(name -> name.equals(type))
                .findFirst()
                .orElse(QualificationType.UPPER_SECONDARY.name());
    }
}
