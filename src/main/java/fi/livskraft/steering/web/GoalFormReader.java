package fi.livskraft.steering.web;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.steering.Direction;
import fi.livskraft.steering.NewGoal;
import fi.livskraft.steering.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the goal form (new goal on the provider page, change on the goal page) into a {@link NewGoal}. */
final class GoalFormReader {

    private GoalFormReader() {}

    /**
     * The form's fields and its target rows ({@code targetYear}, {@code targetValue}; rows left blank
     * are skipped), the targets in the indicator's unit (null when the indicator is unknown).
     */
    static NewGoal read(Map<String, String> form, List<String> years, List<String> values, Unit unit) {
        List<NewGoal.Target> targets = new ArrayList<>();
        for (int i = 0; years != null && i < years.size(); i++) {
            String year = years.get(i);
            String value = values != null && i < values.size() ? values.get(i) : "";
            if (year.isBlank() && value.isBlank()) {
                continue;
            }
            targets.add(new NewGoal.Target(
                    FormErrors.integer(year, "targets[" + i + "].year"),
                    FormErrors.number(value, "targets[" + i + "].value"),
                    unit));
        }
        return new NewGoal(
                form.getOrDefault("indicator", ""),
                form.get("title"),
                direction(form.get("direction")),
                FormErrors.number(form.get("baseline"), "baseline"),
                FormErrors.integer(form.get("baselineYear"), "baselineYear"),
                form.get("responsible"),
                id(form.get("decisionId"), "decisionId"),
                id(form.get("strategyId"), "strategyId"),
                targets);
    }

    private static Direction direction(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Direction.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldError.of("direction", "steering.error.unknown-direction", value));
        }
    }

    private static Long id(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FieldError.of(field, "steering.error.number"));
        }
    }
}
