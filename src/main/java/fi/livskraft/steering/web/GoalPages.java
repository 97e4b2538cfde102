package fi.livskraft.steering.web;

import fi.livskraft.common.InvalidInputException;
import fi.livskraft.partnership.ProviderDetail;
import fi.livskraft.steering.Decisions;
import fi.livskraft.steering.GoalFollowUp;
import fi.livskraft.steering.GoalView;
import fi.livskraft.steering.Goals;
import fi.livskraft.steering.Rights;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A goal: its indicator and how it is computed, the series of targets and actuals with status, the
 * decision that set it, and the follow-up (every report and owner comment) with the report and
 * comment forms.
 */
@Controller
class GoalPages {

    private final Goals goals;
    private final Decisions decisions;
    private final Rights rights;
    private final MessageSource messages;

    GoalPages(Goals goals, Decisions decisions, Rights rights, MessageSource messages) {
        this.goals = goals;
        this.decisions = decisions;
        this.rights = rights;
        this.messages = messages;
    }

    @GetMapping("/steering/goals/{id}")
    ModelAndView page(@PathVariable long id, Locale locale) {
        return page(id, locale, Map.of(), null, Map.of());
    }

    @PostMapping("/steering/goals/{id}/reports")
    ModelAndView report(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale) {
        return handle(id, locale, "report", form, () -> {
            goals.report(
                    id,
                    FormErrors.integer(form.get("year"), "year"),
                    FormErrors.number(form.get("actual"), "actual"),
                    form.get("comment"));
            return "reported#follow-up-title";
        });
    }

    @PostMapping("/steering/goals/{id}/edit")
    ModelAndView edit(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            @RequestParam(name = "targetYear", required = false) List<String> years,
            @RequestParam(name = "targetValue", required = false) List<String> values,
            Locale locale) {
        try {
            GoalView goal = goals.followUp(id).goal();
            goals.update(
                    id,
                    FormErrors.integer(form.get("version"), "version"),
                    GoalFormReader.read(form, years, values, goal.unit()));
            return new ModelAndView("redirect:/steering/goals/" + id + "?edited#goal-title");
        } catch (InvalidInputException e) {
            ModelAndView page = page(id, locale, FormErrors.of(e, messages, locale), "edit", form);
            List<EditTarget> typed = new java.util.ArrayList<>();
            for (int i = 0; years != null && i < years.size(); i++) {
                typed.add(new EditTarget(years.get(i), values != null && i < values.size() ? values.get(i) : ""));
            }
            page.addObject("editTargets", typed);
            return page;
        }
    }

    /** A target row of the change form, as stored or as typed. */
    record EditTarget(String year, String value) {}

    @PostMapping("/steering/goals/{id}/comments")
    ModelAndView comment(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale) {
        return handle(id, locale, "comment", form, () -> {
            goals.comment(
                    id,
                    FormErrors.integer(form.get("commentYear"), "year"),
                    form.getOrDefault("ownerCode", ""),
                    form.get("body"));
            return "commented#follow-up-title";
        });
    }

    private ModelAndView handle(
            long id, Locale locale, String formName, Map<String, String> form, Supplier<String> action) {
        try {
            return new ModelAndView("redirect:/steering/goals/" + id + "?" + action.get());
        } catch (InvalidInputException e) {
            return page(id, locale, FormErrors.of(e, messages, locale), formName, form);
        }
    }

    private ModelAndView page(
            long id, Locale locale, Map<String, String> errors, String errorForm, Map<String, String> form) {
        GoalFollowUp followUp = goals.followUp(id);
        ProviderDetail provider = rights.readable(followUp.goal().providerId());
        ModelAndView page =
                new ModelAndView("steering/goal", errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        page.addObject("provider", provider);
        page.addObject("rights", rights.of(provider));
        page.addObject("ownerNames", PageModel.ownerNames(provider, locale));
        page.addObject("followUp", followUp);
        page.addObject("goal", followUp.goal());
        page.addObject(
                "decision",
                followUp.goal().decisionId() == null
                        ? null
                        : decisions.get(followUp.goal().decisionId()));
        page.addObject(
                "openPeriods",
                followUp.periods().stream().filter(p -> !p.closed()).toList());
        page.addObject("errors", errors);
        page.addObject("errorForm", errorForm);
        page.addObject("form", form);
        page.addObject("decisions", rights.of(provider).steer() ? decisions.forProvider(provider.id()) : List.of());
        page.addObject(
                "editTargets",
                followUp.goal().series().stream()
                        .filter(r -> r.target() != null)
                        .map(r -> new EditTarget(
                                String.valueOf(r.year()),
                                r.target().stripTrailingZeros().toPlainString()))
                        .toList());
        return page;
    }
}
