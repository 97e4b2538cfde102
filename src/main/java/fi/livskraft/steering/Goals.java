package fi.livskraft.steering;

import fi.livskraft.account.Actor;
import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.partnership.ProviderDetail;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goals with KPIs, reporting periods, the provider's reports and the owners' comments. Owners (and
 * the coordinator) set goals and open or close periods; provider staff report actuals for open
 * periods; owners comment. Every report and comment is kept (history).
 */
@Service
public class Goals {

    private final GoalStore store;
    private final GoalChecks checks;
    private final IndicatorCatalogue catalogue;
    private final SteeringAccess access;
    private final AuditLog audit;

    Goals(GoalStore store, GoalChecks checks, IndicatorCatalogue catalogue, SteeringAccess access, AuditLog audit) {
        this.store = store;
        this.checks = checks;
        this.catalogue = catalogue;
        this.access = access;
        this.audit = audit;
    }

    public List<GoalView> forProvider(long providerId) {
        access.readable(providerId);
        return views(List.of(providerId));
    }

    /** Goals of providers the caller has already been allowed to read. */
    List<GoalView> views(List<Long> providerIds) {
        return store.goals(providerIds).stream().map(this::view).toList();
    }

    public GoalFollowUp followUp(long goalId) {
        GoalStore.GoalRow row = store.require(goalId);
        access.readable(row.providerId());
        return new GoalFollowUp(
                view(row), store.reports(goalId), store.comments(goalId), store.periods(row.providerId()));
    }

    public List<GoalFollowUp.Period> periods(long providerId) {
        access.readable(providerId);
        return store.periods(providerId);
    }

    @Transactional
    public GoalView create(long providerId, NewGoal goal) {
        access.steerable(providerId);
        Indicator indicator = checks.newGoal(providerId, goal);
        Direction direction = goal.direction() == null ? indicator.direction() : goal.direction();
        long id = store.insertGoal(providerId, goal, indicator, direction, false);
        GoalView created = view(store.require(id));
        audit.record("CREATE", "steering-goal", id, goal.title(), null, goal);
        return created;
    }

    /**
     * Changes a goal: title, direction, baseline, responsible, the decision and strategy, and its
     * targets (replaced as a whole). The indicator stays: a goal that measures something else is a
     * new goal. The version must be the one the editor saw; the audit log keeps the goal before and
     * after, so earlier targets are never lost.
     */
    @Transactional
    public GoalView update(long goalId, Integer version, NewGoal goal) {
        GoalStore.GoalRow row = store.require(goalId);
        access.steerable(row.providerId());
        if (!goal.indicator().isEmpty() && !goal.indicator().equals(row.indicator())) {
            throw new InvalidInputException(
                    FieldError.of("indicator", "steering.error.indicator-fixed", goal.indicator(), row.indicator()));
        }
        if (version == null) {
            throw new InvalidInputException(FieldError.of("version", "steering.error.required"));
        }
        NewGoal checked = new NewGoal(
                row.indicator(),
                goal.title(),
                goal.direction(),
                goal.baseline(),
                goal.baselineYear(),
                goal.responsible(),
                goal.decisionId(),
                goal.strategyId(),
                goal.targets());
        Indicator indicator = checks.newGoal(row.providerId(), checked);
        Map<String, Object> before = snapshot(row);
        Direction direction = checked.direction() == null ? indicator.direction() : checked.direction();
        if (!store.updateGoal(goalId, version, checked, direction)) {
            throw new ConcurrentEditException("steering_goal", goalId);
        }
        GoalStore.GoalRow changed = store.require(goalId);
        audit.record("UPDATE", "steering-goal", goalId, checked.title(), before, snapshot(changed));
        return view(changed);
    }

    /** What the audit log keeps of a goal: its own fields and its targets by year. */
    private Map<String, Object> snapshot(GoalStore.GoalRow row) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("indicator", row.indicator());
        m.put("title", row.title());
        m.put("direction", row.direction().name());
        m.put("baseline", row.baseline());
        m.put("baselineYear", row.baselineYear());
        m.put("responsible", row.responsible());
        m.put("decisionId", row.decisionId());
        m.put("strategyId", row.strategyId());
        m.put("version", row.version());
        m.put("targets", store.targets(row.id()));
        return m;
    }

    @Transactional
    public GoalFollowUp.Period openPeriod(long providerId, Integer year, LocalDate dueOn) {
        access.steerable(providerId);
        List<FieldError> errors = new ArrayList<>();
        if (year == null || year < 2000 || year > 2100) {
            errors.add(FieldError.of("year", "steering.error.year"));
        } else if (store.period(providerId, year).isPresent()) {
            errors.add(FieldError.of("year", "steering.error.period-exists", String.valueOf(year)));
        }
        if (dueOn == null) {
            errors.add(FieldError.of("dueOn", "steering.error.date"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        store.insertPeriod(providerId, year, dueOn, false);
        GoalFollowUp.Period period = store.period(providerId, year).orElseThrow();
        audit.record("CREATE", "steering-period", period.id(), "reporting period " + year, null, period);
        return period;
    }

    @Transactional
    public GoalFollowUp.Period closePeriod(long providerId, int year) {
        access.steerable(providerId);
        GoalFollowUp.Period before = store.period(providerId, year)
                .orElseThrow(() -> new InvalidInputException(
                        FieldError.of("year", "steering.error.no-period", String.valueOf(year))));
        store.closePeriod(before.id());
        GoalFollowUp.Period after = store.period(providerId, year).orElseThrow();
        audit.record("CLOSE", "steering-period", before.id(), "reporting period " + year + " closed", before, after);
        return after;
    }

    /** The provider's actual (reported indicators) and comment for a year's open period. */
    @Transactional
    public GoalFollowUp.Report report(long goalId, Integer year, BigDecimal actual, String comment) {
        GoalStore.GoalRow row = store.require(goalId);
        access.reportable(row.providerId());
        Indicator indicator = indicator(row.indicator());
        GoalFollowUp.Period period = checks.openPeriod(row.providerId(), year);
        checks.report(indicator, actual, comment);
        String text = comment == null ? "" : comment.strip();
        long id = store.insertReport(
                goalId, period.id(), actual, text, access.actor().username());
        GoalFollowUp.Report report = store.reports(goalId).stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
        audit.record("REPORT", "steering-goal", goalId, "report " + year, null, report);
        return report;
    }

    /** An owner's comment, for a year's period or in general (year null). */
    @Transactional
    public GoalFollowUp.Comment comment(long goalId, Integer year, String ownerCode, String body) {
        GoalStore.GoalRow row = store.require(goalId);
        ProviderDetail provider = access.readable(row.providerId());
        Actor actor = access.actor();
        if (!SteeringAccess.voters(actor, provider).contains(ownerCode)) {
            throw new InvalidInputException(FieldError.of("ownerCode", "steering.error.not-your-vote", ownerCode));
        }
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(FieldError.of("body", "steering.error.required"));
        }
        Long periodId = null;
        if (year != null) {
            periodId = store.period(row.providerId(), year)
                    .orElseThrow(() -> new InvalidInputException(
                            FieldError.of("year", "steering.error.no-period", String.valueOf(year))))
                    .id();
        }
        long id = store.insertComment(goalId, periodId, ownerCode, body.strip(), actor.username());
        GoalFollowUp.Comment comment = store.comments(goalId).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
        audit.record("COMMENT", "steering-goal", goalId, "owner comment " + ownerCode, null, comment);
        return comment;
    }

    Indicator indicator(String code) {
        return catalogue.find(code).orElseThrow(() -> new IllegalStateException("unknown indicator " + code));
    }

    GoalView view(GoalStore.GoalRow row) {
        Indicator indicator = indicator(row.indicator());
        Map<Integer, BigDecimal> targets = store.targets(row.id());
        Map<Integer, BigDecimal> actuals = new TreeMap<>();
        Map<Integer, String> basis = new TreeMap<>();
        if (indicator.kind() == Indicator.Kind.COMPUTED) {
            for (Indicator.Point p : indicator.series(row.providerId())) {
                actuals.put(p.year(), p.value());
                basis.put(p.year(), p.basis());
            }
        } else {
            for (GoalFollowUp.Report r : store.latestReports(row.id())) {
                if (r.actual() != null) {
                    actuals.put(r.year(), r.actual());
                    basis.put(r.year(), r.reportedBy());
                }
            }
        }
        TreeSet<Integer> years = new TreeSet<>(targets.keySet());
        years.addAll(actuals.keySet());
        List<GoalView.Row> series = new ArrayList<>();
        for (int year : years) {
            BigDecimal target = targets.get(year);
            BigDecimal actual = actuals.get(year);
            series.add(new GoalView.Row(
                    year, target, actual, basis.get(year), GoalStatus.of(row.direction(), target, actual)));
        }
        return new GoalView(
                row.id(),
                row.providerId(),
                indicator,
                row.title(),
                row.direction(),
                row.baseline(),
                row.baselineYear(),
                row.responsible(),
                row.strategyId(),
                row.decisionId(),
                row.decisionTitle(),
                row.demo(),
                row.version(),
                series);
    }
}
