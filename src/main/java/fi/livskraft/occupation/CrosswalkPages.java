package fi.livskraft.occupation;

import fi.livskraft.account.Actor;
import fi.livskraft.classification.Classifications;
import fi.livskraft.classification.IscoGroup;
import fi.livskraft.classification.Qualification;
import fi.livskraft.classification.QualificationType;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The crosswalk pages: the list by qualification (public), one qualification's rows and history
 * (public), and the coordinator's form to correct them.
 */
@Controller
class CrosswalkPages {

    static final String ALL = "ALL";
    static final List<String> COVERAGES = List.of("WITH", "WITHOUT", ALL);

    private final Crosswalk crosswalk;
    private final CrosswalkEditor editor;
    private final Classifications classifications;
    private final MessageSource messages;

    CrosswalkPages(
            Crosswalk crosswalk, CrosswalkEditor editor, Classifications classifications, MessageSource messages) {
        this.crosswalk = crosswalk;
        this.editor = editor;
        this.classifications = classifications;
        this.messages = messages;
    }

    /** A crosswalk row as shown: the row and its ISCO-08 group (null if the group has gone). */
    record RowView(CrosswalkRow row, IscoGroup group) {}

    /** A qualification in the list with its current rows. */
    record QualificationView(Qualification qualification, List<RowView> rows) {}

    /** An error next to its field and in the summary. */
    record ShownError(String field, String inputId, String message) {}

    @GetMapping("/crosswalk")
    String list(
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "confidence", required = false) String confidence,
            @RequestParam(name = "coverage", required = false) String coverage,
            @RequestParam(name = "occupation", required = false) String occupation,
            Model model) {
        String selectedOccupation =
                occupation != null && occupation.strip().matches("\\d{1,4}") ? occupation.strip() : "";
        String selectedType = pick(
                type, Arrays.stream(QualificationType.values()).map(Enum::name).toList());
        String selectedConfidence = pick(
                confidence, Arrays.stream(Confidence.values()).map(Enum::name).toList());
        String selectedCoverage = coverage != null && COVERAGES.contains(coverage) ? coverage : "WITH";
        Map<String, List<CrosswalkRow>> rows = crosswalk.current().stream()
                .collect(Collectors.groupingBy(
                        CrosswalkRow::qualificationCode, LinkedHashMap::new, Collectors.toList()));
        Map<String, IscoGroup> groups = groups();
        List<QualificationView> shown = new ArrayList<>();
        for (Qualification q : classifications.qualifications(
                ALL.equals(selectedType) ? null : QualificationType.valueOf(selectedType), text)) {
            List<CrosswalkRow> current = rows.getOrDefault(q.code(), List.of());
            boolean keep = switch (selectedCoverage) {
                case "WITH" -> !current.isEmpty();
                case "WITHOUT" -> current.isEmpty();
                default -> true;
            };
            if (keep && !selectedOccupation.isEmpty()) {
                keep = current.stream().anyMatch(r -> r.iscoCode().startsWith(selectedOccupation));
            }
            if (keep && !ALL.equals(selectedConfidence)) {
                keep = current.stream().anyMatch(r -> r.confidence().name().equals(selectedConfidence));
            }
            if (keep) {
                shown.add(new QualificationView(q, views(current, groups)));
            }
        }
        model.addAttribute("qualifications", shown);
        model.addAttribute("text", text == null ? "" : text.strip());
        model.addAttribute("type", selectedType);
        model.addAttribute("types", QualificationType.values());
        model.addAttribute("confidence", selectedConfidence);
        model.addAttribute("confidences", Confidence.values());
        model.addAttribute("coverage", selectedCoverage);
        model.addAttribute("coverages", COVERAGES);
        model.addAttribute("occupation", selectedOccupation);
        model.addAttribute(
                "occupationGroup", classifications.iscoGroup(selectedOccupation).orElse(null));
        return "occupation/crosswalk-list";
    }

    @GetMapping("/crosswalk/{code}")
    String qualification(@PathVariable String code, Model model) {
        Qualification qualification = qualificationOrThrow(code);
        Map<String, IscoGroup> groups = groups();
        model.addAttribute("qualification", qualification);
        model.addAttribute("current", views(crosswalk.byQualification(code), groups));
        model.addAttribute("history", views(crosswalk.history(code), groups));
        model.addAttribute("coordinator", isCoordinator());
        return "occupation/crosswalk";
    }

    @GetMapping("/crosswalk/{code}/edit")
    ModelAndView edit(@PathVariable String code) {
        requireCoordinator();
        Qualification qualification = qualificationOrThrow(code);
        CrosswalkForm form = CrosswalkForm.of(crosswalk.version(code), crosswalk.byQualification(code));
        return form(qualification, form, List.of(), false, HttpStatus.OK);
    }

    @PostMapping("/crosswalk/{code}/edit")
    ModelAndView save(@PathVariable String code, @RequestParam Map<String, String> params, Locale locale) {
        requireCoordinator();
        Qualification qualification = qualificationOrThrow(code);
        CrosswalkForm form = CrosswalkForm.read(params);
        CrosswalkForm.Parsed parsed = form.parse();
        try {
            if (!parsed.errors().isEmpty()) {
                throw new InvalidInputException(parsed.errors());
            }
            editor.replace(code, form.expectedVersion(), parsed.entries());
            return new ModelAndView("redirect:/crosswalk/" + code + "?saved");
        } catch (InvalidInputException e) {
            List<ShownError> shown = e.errors().stream()
                    .map(error -> parsed.errors().contains(error) ? error : parsed.toForm(error))
                    .map(error ->
                            new ShownError(error.field(), CrosswalkForm.inputId(error.field()), message(error, locale)))
                    .toList();
            return form(qualification, form.withSpareLines(), shown, false, HttpStatus.BAD_REQUEST);
        } catch (ConcurrentEditException e) {
            CrosswalkForm fresh = CrosswalkForm.of(crosswalk.version(code), crosswalk.byQualification(code));
            return form(qualification, fresh, List.of(), true, HttpStatus.CONFLICT);
        }
    }

    private ModelAndView form(
            Qualification qualification,
            CrosswalkForm form,
            List<ShownError> errors,
            boolean conflict,
            HttpStatus status) {
        ModelAndView page = new ModelAndView("occupation/crosswalk-form");
        page.setStatus(status);
        page.addObject("qualification", qualification);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject(
                "fieldErrors",
                errors.stream()
                        .collect(Collectors.groupingBy(
                                ShownError::field,
                                LinkedHashMap::new,
                                Collectors.mapping(ShownError::message, Collectors.joining(" ")))));
        page.addObject("conflict", conflict);
        page.addObject("confidences", Confidence.values());
        page.addObject("groups", classifications.iscoGroups(4));
        return page;
    }

    private String message(FieldError error, Locale locale) {
        return messages.getMessage(error.messageKey(), error.arguments().toArray(), error.messageKey(), locale);
    }

    private Qualification qualificationOrThrow(String code) {
        return classifications.qualification(code).orElseThrow(() -> new NotFoundException("qualification", code));
    }

    private Map<String, IscoGroup> groups() {
        return classifications.iscoGroups(4).stream().collect(Collectors.toMap(IscoGroup::code, Function.identity()));
    }

    private static List<RowView> views(List<CrosswalkRow> rows, Map<String, IscoGroup> groups) {
        return rows.stream().map(r -> new RowView(r, groups.get(r.iscoCode()))).toList();
    }

    private static String pick(String value, List<String> allowed) {
        return value != null && allowed.contains(value) ? value : ALL;
    }

    private static boolean isCoordinator() {
        return Actor.current().map(Actor::isCoordinator).orElse(false);
    }

    private static void requireCoordinator() {
        if (!isCoordinator()) {
            throw new AccessDeniedException("coordinator only");
        }
    }
}
