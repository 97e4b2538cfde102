package fi.livskraft.economy;

import java.math.BigDecimal;

/**
 * A provision scenario as a person or a client sends it: every assumption may be left out (null)
 * and then takes its default ({@link ScenarioInputs}). Checked by {@link ScenarioCalculator}.
 */
public record ScenarioDraft(
        String qualificationCode,
        String area,
        Integer extraStartPlaces,
        Integer startYear,
        Integer studyYears,
        BigDecimal completionRate,
        BigDecimal employedShare,
        BigDecimal counterfactualUnemployedShare,
        Integer avoidedDaysPerYear,
        Integer startAccumulatedDays,
        BigDecimal unitPricePerStudentYear,
        Integer horizonYears) {}
