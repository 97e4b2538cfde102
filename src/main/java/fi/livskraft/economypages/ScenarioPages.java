package fi.livskraft.economypages;

import fi.livskraft.account.Actor;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import fi.livskraft.economy.ScenarioInputs;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The provision-scenario calculator (GET: every assumption in the address, so a result can be
 * bookmarked), saving a scenario for a shareable link (signed-in users), a saved scenario, and two
 * saved scenarios side by side.
 */
@Controller
class ScenarioPages {

    /** A message next to a field and in the summary at the top. */
    record ShownError(String field, String message) {}

    static final String DEMO_QUALIFICATION = "371101";
    static final String DEMO_AREA = "905";
    static final int DEMO_PLACES = 15;

    private final ScenarioService service;
    private final ScenarioStore store;
    private final ScenarioExplainer explainer;
    private final MessageSource messages;

    ScenarioPages(ScenarioService service, ScenarioStore store, ScenarioExplainer explainer, MessageSource messages) {
        this.service = service;
        this.store = store;
        this.explainer = explainer;
        this.messages = messages;
    }

    @GetMapping("/economy/scenarios")
    ModelAndView calculator(
            @ModelAttribute ScenarioForm form, @RequestParam(required = false) String calculate, Locale locale) {
        ScenarioForm shown = calculate == null ? defaults() : form;
        return page(shown, locale, HttpStatus.OK);
    }

    @PostMapping("/economy/scenarios")
    @PreAuthorize("isAuthenticated()")
    ModelAndView save(@ModelAttribute ScenarioForm form, Locale locale) {
        ScenarioInputs inputs;
        try {
            inputs = service.inputs(form);
            service.run(inputs);
        } catch (InvalidInputException e) {
            return page(form, locale, HttpStatus.BAD_REQUEST);
        }
        String title = form.title() == null || form.title().isBlank()
                ? messages.getMessage(
                        "economypages.scenario.default-title",
                        new Object[] {inputs.extraStartPlaces(), inputs.qualificationCode(), inputs.area()},
                        locale)
                : form.title();
        String token = store.save(title, inputs, false);
        return new ModelAndView("redirect:/economy/scenarios/" + token + "?saved");
    }

    @GetMapping("/economy/scenarios/{token}")
    ModelAndView saved(@PathVariable String token, Locale locale) {
        SavedScenario scenario = store.find(token).orElseThrow(() -> new NotFoundException("scenario", token));
        ModelAndView page = new ModelAndView("economypages/scenario");
        page.addObject("scenario", scenario);
        page.addObject("view", explainer.view(service.run(scenario.inputs()), locale));
        page.addObject("form", ScenarioForm.of(scenario.inputs(), scenario.title()));
        return page;
    }

    @GetMapping("/economy/scenarios/compare")
    ModelAndView compare(
            @RequestParam(required = false) String a, @RequestParam(required = false) String b, Locale locale) {
        SavedScenario left = store.find(a).orElseThrow(() -> new NotFoundException("scenario", String.valueOf(a)));
        SavedScenario right = store.find(b).orElseThrow(() -> new NotFoundException("scenario", String.valueOf(b)));
        ModelAndView page = new ModelAndView("economypages/compare");
        page.addObject("left", left);
        page.addObject("right", right);
        page.addObject("leftView", explainer.view(service.run(left.inputs()), locale));
        page.addObject("rightView", explainer.view(service.run(right.inputs()), locale));
        int horizon = Math.max(left.inputs().horizonYears(), right.inputs().horizonYears());
        page.addObject(
                "yearNumbers",
                java.util.stream.IntStream.rangeClosed(1, horizon).boxed().toList());
        return page;
    }

    private ModelAndView page(ScenarioForm form, Locale locale, HttpStatus status) {
        ModelAndView page = new ModelAndView("economypages/calculator");
        List<ShownError> errors = List.of();
        try {
            ScenarioInputs inputs = service.inputs(form);
            page.addObject("view", explainer.view(service.run(inputs), locale));
        } catch (InvalidInputException e) {
            errors = e.errors().stream()
                    .map(f -> new ShownError(f.field(), message(f, locale)))
                    .toList();
            status = HttpStatus.BAD_REQUEST;
        }
        page.setStatus(status);
        page.addObject("form", form);
        page.addObject("values", form.values());
        page.addObject("fields", ScenarioForm.FIELDS);
        page.addObject("errors", errors);
        page.addObject(
                "fieldErrors",
                errors.stream()
                        .collect(Collectors.groupingBy(
                                ShownError::field, Collectors.mapping(ShownError::message, Collectors.joining(" ")))));
        page.addObject("demoScenario", store.demoToken().orElse(null));
        page.addObject(
                "mine",
                Actor.current().map(a -> store.savedBy(a.username(), 20)).orElse(List.of()));
        return page;
    }

    static ScenarioForm defaults() {
        int next = LocalDate.now(EconomyRules.ZONE).getYear() + 1;
        return ScenarioForm.of(ScenarioInputs.withDefaults(DEMO_QUALIFICATION, DEMO_AREA, DEMO_PLACES, next), "");
    }

    private String message(FieldError error, Locale locale) {
        return messages.getMessage(error.messageKey(), error.arguments().toArray(), error.messageKey(), locale);
    }
}
