package fi.livskraft.steering.web;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.partnership.VotingRule;
import fi.livskraft.steering.Ballot;
import fi.livskraft.steering.DecisionView;
import fi.livskraft.steering.GoalFollowUp;
import fi.livskraft.steering.GoalView;
import fi.livskraft.steering.NewGoal;
import fi.livskraft.steering.Unit;
import fi.livskraft.steering.Vote;
import fi.livskraft.steering.VoteOutcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request and response bodies of the steering API, with explicit mapping. */
final class SteeringJson {

    private SteeringJson() {}

    record VoteJson(String ownerCode, String vote) {}

    record OutcomeRequest(Long providerId, String rule, List<VoteJson> votes) {}

    record DecisionRequest(Long meetingId, String title, String proposal, List<VoteJson> votes) {}

    record TargetJson(Integer year, BigDecimal value, String unit) {}

    record GoalRequest(
            String indicator,
            String title,
            String direction,
            BigDecimal baseline,
            Integer baselineYear,
            String responsible,
            Long decisionId,
            Long strategyId,
            List<TargetJson> targets) {}

    record ReportRequest(Integer year, BigDecimal actual, String comment) {}

    static VotingRule rule(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return VotingRule.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldError.of("rule", "steering.error.unknown-rule", value));
        }
    }

    static List<Ballot> ballots(List<VoteJson> votes) {
        List<Ballot> ballots = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        List<VoteJson> list = votes == null ? List.of() : votes;
        for (int i = 0; i < list.size(); i++) {
            VoteJson v = list.get(i);
            Vote vote = null;
            try {
                vote = v.vote() == null ? null : Vote.valueOf(v.vote().strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("votes[" + i + "].vote", "steering.error.unknown-vote", v.vote()));
            }
            ballots.add(new Ballot(v.ownerCode(), vote));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return ballots;
    }

    static NewGoal goal(GoalRequest r) {
        List<FieldError> errors = new ArrayList<>();
        List<NewGoal.Target> targets = new ArrayList<>();
        List<TargetJson> list = r.targets() == null ? List.of() : r.targets();
        for (int i = 0; i < list.size(); i++) {
            TargetJson t = list.get(i);
            Unit unit = null;
            try {
                unit = t.unit() == null ? null : Unit.valueOf(t.unit().strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("targets[" + i + "].unit", "steering.error.unknown-unit", t.unit()));
            }
            targets.add(new NewGoal.Target(t.year(), t.value(), unit));
        }
        fi.livskraft.steering.Direction direction = null;
        if (r.direction() != null && !r.direction().isBlank()) {
            try {
                direction =
                        fi.livskraft.steering.Direction.valueOf(r.direction().strip());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("direction", "steering.error.unknown-direction", r.direction()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new NewGoal(
                r.indicator(),
                r.title(),
                direction,
                r.baseline(),
                r.baselineYear(),
                r.responsible(),
                r.decisionId(),
                r.strategyId(),
                targets);
    }

    static Map<String, Object> outcome(VoteOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", o.rule().name());
        m.put("passed", o.passed());
        m.put("yesSharePercent", o.yesSharePercent());
        m.put("noSharePercent", o.noSharePercent());
        m.put("abstainSharePercent", o.abstainSharePercent());
        m.put("yesMembers", o.yesMembers());
        m.put("members", o.members());
        m.put("yesPopulation", o.yesPopulation());
        m.put("population", o.population());
        m.put("populationYear", o.populationYear());
        m.put("populationSource", o.populationSource());
        m.put("abstentions", "an abstention or a missing vote is not a yes vote");
        m.put(
                "votes",
                o.votes().stream()
                        .map(c -> {
                            Map<String, Object> v = new LinkedHashMap<>();
                            v.put("ownerCode", c.member().ownerCode());
                            v.put("share", c.member().share());
                            v.put("population", c.member().population());
                            v.put("vote", c.vote() == null ? null : c.vote().name());
                            return v;
                        })
                        .toList());
        return m;
    }

    static Map<String, Object> goal(GoalView g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        m.put("providerId", g.providerId());
        m.put("indicator", g.indicator().code());
        m.put("indicatorKind", g.indicator().kind().name());
        m.put("title", g.title());
        m.put("unit", g.unit().name());
        m.put("direction", g.direction().name());
        m.put("baseline", g.baseline());
        m.put("baselineYear", g.baselineYear());
        m.put("responsible", g.responsible());
        m.put("decisionId", g.decisionId());
        m.put("strategyId", g.strategyId());
        m.put("status", g.status().name());
        m.put("demo", g.demo());
        m.put("version", g.version());
        m.put(
                "values",
                g.series().stream()
                        .map(r -> {
                            Map<String, Object> v = new LinkedHashMap<>();
                            v.put("year", r.year());
                            v.put("target", r.target());
                            v.put("actual", r.actual());
                            v.put("basis", r.basis());
                            v.put("status", r.status().name());
                            return v;
                        })
                        .toList());
        return m;
    }

    static Map<String, Object> followUp(GoalFollowUp f) {
        Map<String, Object> m = goal(f.goal());
        m.put("reports", f.reports());
        m.put("comments", f.comments());
        m.put("periods", f.periods());
        return m;
    }

    static Map<String, Object> decision(DecisionView d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("providerId", d.providerId());
        m.put("meeting", d.meeting());
        m.put("title", d.title());
        m.put("proposal", d.proposal());
        m.put("rule", d.rule().name());
        m.put("status", d.status());
        m.put("passed", d.passed());
        m.put("yesSharePercent", d.yesSharePercent());
        m.put("yesMembers", d.yesMembers());
        m.put("members", d.members());
        m.put("yesPopulation", d.yesPopulation());
        m.put("population", d.population());
        m.put("populationYear", d.populationYear());
        m.put("populationSource", d.populationSource());
        m.put("decidedAt", d.decidedAt());
        m.put("demo", d.demo());
        m.put("votes", d.votes());
        return m;
    }
}
