package fi.livskraft.steering.web;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.partnership.ProviderDetail;
import fi.livskraft.steering.Ballot;
import fi.livskraft.steering.DecisionView;
import fi.livskraft.steering.Decisions;
import fi.livskraft.steering.Goals;
import fi.livskraft.steering.Rights;
import fi.livskraft.steering.Vote;
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

/** A decision: the proposal, the rule stated, the votes and the outcome; voting and closing forms. */
@Controller
class DecisionPages {

    private final Decisions decisions;
    private final Goals goals;
    private final Rights rights;
    private final MessageSource messages;

    DecisionPages(Decisions decisions, Goals goals, Rights rights, MessageSource messages) {
        this.decisions = decisions;
        this.goals = goals;
        this.rights = rights;
        this.messages = messages;
    }

    @GetMapping("/steering/decisions/{id}")
    ModelAndView page(@PathVariable long id, Locale locale) {
        return page(id, locale, Map.of(), Map.of());
    }

    @PostMapping("/steering/decisions/{id}/votes")
    ModelAndView vote(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale) {
        return handle(id, locale, form, () -> {
            Vote vote;
            try {
                vote = Vote.valueOf(form.getOrDefault("vote", ""));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(FieldError.of("vote", "steering.error.vote-required", ""));
            }
            decisions.vote(id, new Ballot(form.getOrDefault("ownerCode", ""), vote));
            return "voted#votes-title";
        });
    }

    @PostMapping("/steering/decisions/{id}/close")
    ModelAndView close(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale) {
        return handle(id, locale, form, () -> {
            Integer version = FormErrors.integer(form.get("version"), "version");
            decisions.close(id, version == null ? -1 : version);
            return "closed#outcome-title";
        });
    }

    private ModelAndView handle(long id, Locale locale, Map<String, String> form, Supplier<String> action) {
        try {
            return new ModelAndView("redirect:/steering/decisions/" + id + "?" + action.get());
        } catch (InvalidInputException e) {
            return page(id, locale, FormErrors.of(e, messages, locale), form);
        }
    }

    private ModelAndView page(long id, Locale locale, Map<String, String> errors, Map<String, String> form) {
        DecisionView decision = decisions.get(id);
        ProviderDetail provider = rights.readable(decision.providerId());
        Rights.Of can = rights.of(provider);
        ModelAndView page =
                new ModelAndView("steering/decision", errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        page.addObject("provider", provider);
        page.addObject("decision", decision);
        page.addObject("rights", can);
        page.addObject("ownerNames", PageModel.ownerNames(provider, locale));
        List<String> voted =
                decision.votes().stream().map(DecisionView.VoteRow::ownerCode).toList();
        page.addObject(
                "mayVoteFor",
                can.owners().stream().filter(c -> !voted.contains(c)).toList());
        page.addObject(
                "goals",
                goals.forProvider(provider.id()).stream()
                        .filter(g -> g.decisionId() != null && g.decisionId() == id)
                        .toList());
        page.addObject("errors", errors);
        page.addObject("form", form);
        return page;
    }
}
