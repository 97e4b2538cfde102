package fi.livskraft.steering;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rules a goal, its targets and a report must meet; all errors are found before anything is stored. */
@Component
class GoalChecks {

    private final IndicatorCatalogue catalogue;
    private final GoalStore store;
    private final JdbcClient jdbc;

    GoalChecks(IndicatorCatalogue catalogue, GoalStore store, JdbcClient jdbc) {
        this.catalogue = catalogue;
        this.store = store;
        this.jdbc = jdbc;
    }

    Indicator newGoal(long providerId, NewGoal goal) {
        List<FieldError> errors = new ArrayList<>();
        Indicator indicator = catalogue.find(goal.indicator()).orElse(null);
        if (indicator == null) {
            errors.add(FieldError.of("indicator", "steering.error.unknown-indicator", goal.indicator()));
        } else if (indicator.kind() == Indicator.Kind.NOT_AVAILABLE) {
            errors.add(FieldError.of("indicator", "steering.error.indicator-not-available", goal.indicator()));
        }
        if (goal.title().isEmpty()) {
            errors.add(FieldError.of("title", "steering.error.required"));
        }
        if (indicator != null && goal.baseline() != null && !indicator.unit().allows(goal.baseline())) {
            errors.add(FieldError.of(
                    "baseline", "steering.error.value-range", indicator.unit().name()));
        }
        if (goal.decisionId() != null && !belongs("steering_decision", goal.decisionId(), providerId)) {
            errors.add(FieldError.of("decisionId", "steering.error.unknown-decision", goal.decisionId()));
        }
        if (goal.strategyId() != null && !belongs("owner_strategy", goal.strategyId(), providerId)) {
            errors.add(FieldError.of("strategyId", "steering.error.unknown-strategy", goal.strategyId()));
        }
        if (goal.targets().isEmpty()) {
            errors.add(FieldError.of("targets", "steering.error.targets-required"));
        }
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < goal.targets().size(); i++) {
            NewGoal.Target t = goal.targets().get(i);
            String field = "targets[" + i + "]";
            if (t.year() == null || t.year() < 2000 || t.year() > 2100) {
                errors.add(FieldError.of(field + ".year", "steering.error.year"));
            } else if (!years.add(t.year())) {
                errors.add(
                        FieldError.of(field + ".year", "steering.error.target-year-twice", String.valueOf(t.year())));
            }
            if (t.value() == null) {
                errors.add(FieldError.of(field + ".value", "steering.error.number"));
            } else if (indicator != null && t.unit() != indicator.unit()) {
                errors.add(FieldError.of(
                        field + ".unit",
                        "steering.error.target-unit",
                        t.unit() == null ? "-" : t.unit().name(),
                        indicator.unit().name()));
            } else if (indicator != null && !indicator.unit().allows(t.value())) {
                errors.add(FieldError.of(
                        field + ".value",
                        "steering.error.value-range",
                        indicator.unit().name()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return indicator;
    }

    /** The open period of the year; a missing or closed period refuses the report. */
    GoalFollowUp.Period openPeriod(long providerId, Integer year) {
        if (year == null) {
            throw new InvalidInputException(FieldError.of("year", "steering.error.year"));
        }
        GoalFollowUp.Period period = store.period(providerId, year)
                .orElseThrow(() -> new InvalidInputException(
                        FieldError.of("year", "steering.error.no-period", String.valueOf(year))));
        if (period.closed()) {
            throw new InvalidInputException(
                    FieldError.of("year", "steering.error.period-closed", String.valueOf(year)));
        }
        return period;
    }

    void report(Indicator indicator, BigDecimal actual, String comment) {
        if (indicator.kind() == Indicator.Kind.REPORTED) {
            if (actual == null) {
                throw new InvalidInputException(FieldError.of("actual", "steering.error.number"));
            }
            if (!indicator.unit().allows(actual)) {
                throw new InvalidInputException(FieldError.of(
                        "actual", "steering.error.value-range", indicator.unit().name()));
            }
        } else {
            if (actual != null) {
                throw new InvalidInputException(FieldError.of("actual", "steering.error.actual-computed"));
            }
            if (comment == null || comment.isBlank()) {
                throw new InvalidInputException(FieldError.of("comment", "steering.error.required"));
            }
        }
    }

    private boolean belongs(String table, long id, long providerId) {
        return jdbc.sql("select count(*) from " + table + " where id = ? and provider_id = ?")
                        .params(id, providerId)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
