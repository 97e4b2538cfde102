package fi.livskraft.dialogue.web;

import fi.livskraft.account.Actor;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.dialogue.Need;
import fi.livskraft.dialogue.NeedStatus;
import fi.livskraft.dialogue.Needs;
import fi.livskraft.dialogue.OccupationClassifier;
import fi.livskraft.dialogue.Places;
import fi.livskraft.dialogue.QualificationsByOccupation;
import fi.livskraft.dialogue.classifier.Classification;
import fi.livskraft.dialogue.classifier.Suggestion;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Need pages: the list (with the review queue), the intake form with live suggestions (htmx
 * fragment twin {@code POST /needs/suggest}; without JavaScript the "suggest" button), and status
 * changes. The need's own page and offers are in {@link NeedDetailPages}.
 */
@Controller
class NeedPages {

    private final Needs needs;
    private final OccupationClassifier classifier;
    private final QualificationsByOccupation crosswalk;
    private final Places places;
    private final MessageSource messages;

    NeedPages(
            Needs needs,
            OccupationClassifier classifier,
            QualificationsByOccupation crosswalk,
            Places places,
            MessageSource messages) {
        this.needs = needs;
        this.classifier = classifier;
        this.crosswalk = crosswalk;
        this.places = places;
        this.messages = messages;
    }

    @GetMapping("/needs")
    String list(@RequestParam(defaultValue = "false") boolean queue, Model model) {
        Actor actor = actor();
        model.addAttribute("needs", needs.visible(actor, queue));
        model.addAttribute("queue", queue);
        model.addAttribute("reviewer", actor.isCoordinator() || actor.has(fi.livskraft.account.Role.EMPLOYMENT_AREA));
        model.addAttribute("mayRaise", !needs.raiserOptions(actor).isEmpty());
        return "dialogue/needs";
    }

    @GetMapping("/needs/new")
    ModelAndView form() {
        return page(NeedForm.empty(), List.of(), Map.of(), HttpStatus.OK);
    }

    @PostMapping("/needs/suggest")
    ModelAndView suggest(@RequestParam(defaultValue = "") String text, Locale locale) {
        ModelAndView fragment = new ModelAndView("dialogue/need-form :: suggestions");
        NeedForm form = new NeedForm(text, "", "", "", "", false, "", List.of(), "");
        fragment.addObject("form", form);
        fragment.addAllObjects(suggestions(form, locale));
        return fragment;
    }

    @PostMapping("/needs/new")
    ModelAndView submit(
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String headCount,
            @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "") String horizon,
            @RequestParam(defaultValue = "any") String languageRequirement,
            @RequestParam(defaultValue = "false") boolean international,
            @RequestParam(defaultValue = "") String raisedFor,
            @RequestParam(required = false) List<String> occupations,
            @RequestParam(defaultValue = "") String otherCode,
            @RequestParam(defaultValue = "save") String action,
            Locale locale) {
        NeedForm form = new NeedForm(
                text, headCount, area, horizon, languageRequirement, international, raisedFor, occupations, otherCode);
        List<Suggestion> suggested = quietSuggestions(text);
        if ("suggest".equals(action)) {
            return page(form, suggested, Map.of(), HttpStatus.OK);
        }
        try {
            Need created = needs.create(form.toNewNeed(suggested), actor(), false);
            return new ModelAndView("redirect:/needs/" + created.id() + "?created");
        } catch (InvalidInputException e) {
            return page(form, suggested, FormErrors.of(e, messages, locale), HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping("/needs/{id}/status")
    String status(@PathVariable long id, @RequestParam String status, @RequestParam int version) {
        NeedStatus next;
        try {
            next = NeedStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(fi.livskraft.common.FieldError.of("status", "dialogue.need.error.status"));
        }
        needs.changeStatus(id, next, version, actor());
        return "redirect:/needs/" + id + "?status";
    }

    private ModelAndView page(
            NeedForm form, List<Suggestion> suggested, Map<String, String> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("dialogue/need-form", status);
        Actor actor = actor();
        List<String> raisers = needs.raiserOptions(actor);
        if (raisers.isEmpty()) {
            throw new AccessDeniedException("only employers, owners, employment areas and the coordinator raise needs");
        }
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("raisers", raisers);
        Map<String, fi.livskraft.common.Names> raiserNames = new java.util.HashMap<>();
        raisers.forEach(r -> places.raiserName(r).ifPresent(n -> raiserNames.put(r, n)));
        page.addObject("raiserNames", raiserNames);
        page.addObject("areas", places.areas());
        page.addObject("suggestions", SuggestionView.of(suggested, crosswalk));
        page.addObject("suggestError", null);
        return page;
    }

    private Map<String, Object> suggestions(NeedForm form, Locale locale) {
        if (form.text().isBlank()) {
            return Map.of("suggestions", List.of());
        }
        try {
            Classification c = classifier.classify(form.text(), null);
            return Map.of("suggestions", SuggestionView.of(c.suggestions(), crosswalk), "detected", c.language());
        } catch (InvalidInputException e) {
            return Map.of(
                    "suggestions",
                    List.of(),
                    "suggestError",
                    FormErrors.of(e, messages, locale).values().iterator().next());
        }
    }

    private List<Suggestion> quietSuggestions(String text) {
        try {
            return classifier.classify(text, null).suggestions();
        } catch (InvalidInputException e) {
            return List.of();
        }
    }

    static Actor actor() {
        return Actor.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
