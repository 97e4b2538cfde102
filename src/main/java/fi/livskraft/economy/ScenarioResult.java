package fi.livskraft.economy;

import java.util.List;

/**
 * The outcome of a provision scenario: the inputs used (defaults filled), the AN2024 parameters,
 * one row per year, the payback year (first year whose cumulative net is at least 0; null when not
 * within the horizon) and the explanation steps.
 */
public record ScenarioResult(
        ScenarioInputs inputs,
        CostParameters parameters,
        List<ScenarioYear> years,
        Integer paybackYear,
        List<ScenarioStep> steps) {

    public ScenarioResult {
        years = List.copyOf(years);
        steps = List.copyOf(steps);
    }
}
