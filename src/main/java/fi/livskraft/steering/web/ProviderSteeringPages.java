package fi.livskraft.steering.web;

import fi.livskraft.common.InvalidInputException;
import fi.livskraft.partnership.ProviderDetail;
import fi.livskraft.partnership.Providers;
import fi.livskraft.partnership.VotingRule;
import fi.livskraft.steering.Decisions;
import fi.livskraft.steering.Goals;
import fi.livskraft.steering.IndicatorCatalogue;
import fi.livskraft.steering.Rights;
import fi.livskraft.steering.Strategies;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A provider's steering page: the owner strategy with its revisions, goals with status, reporting
 * periods, owner meetings and decisions, and the forms owners use to set them.
 */
@Controller
class ProviderSteeringPages {

    private final Rights rights;
    private final Providers providers;
    private final Strategies strategies;
    private final Goals goals;
    private final Decisions decisions;
    private final IndicatorCatalogue catalogue;
    private final MessageSource messages;

    ProviderSteeringPages(
            Rights rights,
            Providers providers,
            Strategies strategies,
            Goals goals,
            Decisions decisions,
            IndicatorCatalogue catalogue,
            MessageSource messages) {
        this.rights = rights;
        this.providers = providers;
        this.strategies = strategies;
        this.goals = goals;
        this.decisions = decisions;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/steering/providers/{id}")
    ModelAndView page(@PathVariable long id, Locale locale) {
        return page(id, locale, Map.of(), null, Map.of());
    }

    @PostMapping("/steering/providers/{id}/strategy")
    ModelAndView strategy(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale) {
        return handle(id, locale, "strategy", form, () -> {
            strategies.save(
                    id,
                    form.get("strategyId") == null || form.get("strategyId").isBlank()
                            ? null
                            : Long.valueOf(form.get("strategyId")),
                    FormErrors.integer(form.get("firstYear"), "firstYear"),
                    FormErrors.integer(form.get("lastYear"), "lastYear"),
                    form.get("title"),
                    form.get("body"),
                    FormErrors.integer(form.get("version"), "version"));
            return "strategySaved#strategy-title";
        });
    }

    @PostMapping("/steering/providers/{id}/rule")
    @PreAuthorize("hasRole('COORDINATOR')")
    ModelAndView rule(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale) {
        return handle(id, locale, "rule", form, () -> {
            Integer version = FormErrors.integer(form.get("version"), "version");
            providers.changeVotingRule(id, SteeringJson.rule(form.get("votingRule")), version == null ? -1 : version);
            return "ruleSaved#rule-title";
        });
    }

    @PostMapping("/steering/providers/{id}/meetings")
    ModelAndView meeting(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale) {
        return handle(id, locale, "meeting", form, () -> {
            decisions.addMeeting(id, FormErrors.date(form.get("heldOn"), "heldOn"), form.get("title"));
            return "meetingSaved#meetings-title";
        });
    }

    @PostMapping("/steering/providers/{id}/decisions")
    ModelAndView propose(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale) {
        return handle(id, locale, "proposal", form, () -> {
            String meeting = form.get("meetingId");
            decisions.propose(
                    id,
                    meeting == null || meeting.isBlank() ? null : Long.valueOf(meeting),
                    form.get("title"),
                    form.get("proposal"));
            return "proposalSaved#decisions-title";
        });
    }

    @PostMapping("/steering/providers/{id}/periods")
    ModelAndView period(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale) {
        return handle(id, locale, "period", form, () -> {
            goals.openPeriod(
                    id, FormErrors.integer(form.get("year"), "year"), FormErrors.date(form.get("dueOn"), "dueOn"));
            return "periodSaved#periods-title";
        });
    }

    @PostMapping("/steering/providers/{id}/periods/{year}/close")
    ModelAndView closePeriod(@PathVariable long id, @PathVariable int year, Locale locale) {
        return handle(id, locale, "period", Map.of(), () -> {
            goals.closePeriod(id, year);
            return "periodClosed#periods-title";
        });
    }

    @PostMapping("/steering/providers/{id}/goals")
    ModelAndView goal(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            @RequestParam(name = "targetYear", required = false) List<String> years,
            @RequestParam(name = "targetValue", required = false) List<String> values,
            Locale locale) {
        return handle(id, locale, "goal", form, () -> {
            var indicator = catalogue.find(form.getOrDefault("indicator", ""));
            goals.create(
                    id,
                    GoalFormReader.read(
                            form, years, values, indicator.map(x -> x.unit()).orElse(null)));
            return "goalSaved#goals-title";
        });
    }

    private ModelAndView handle(
            long id, Locale locale, String formName, Map<String, String> form, Supplier<String> action) {
        try {
            return new ModelAndView("redirect:/steering/providers/" + id + "?" + action.get());
        } catch (InvalidInputException e) {
            return page(id, locale, FormErrors.of(e, messages, locale), formName, form);
        }
    }

    private ModelAndView page(
            long id, Locale locale, Map<String, String> errors, String errorForm, Map<String, String> form) {
        ProviderDetail provider = rights.readable(id);
        ModelAndView page =
                new ModelAndView("steering/provider", errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        page.addObject("provider", provider);
        page.addObject("rights", rights.of(provider));
        page.addObject("ownerNames", PageModel.ownerNames(provider, locale));
        page.addObject("strategies", strategies.forProvider(id));
        page.addObject("goals", goals.forProvider(id));
        page.addObject("periods", goals.periods(id));
        page.addObject("meetings", decisions.meetings(id));
        page.addObject("decisions", decisions.forProvider(id));
        page.addObject("indicators", catalogue.all());
        page.addObject("errors", errors);
        page.addObject("errorForm", errorForm);
        page.addObject("form", form);
        page.addObject("today", java.time.LocalDate.now());
        page.addObject("rules", VotingRule.values());
        page.addObject("mayManage", PageModel.actor().isCoordinator());
        return page;
    }
}
