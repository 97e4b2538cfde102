package fi.livskraft.economy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * "N more start places in qualification Q in area A": what the municipality saves under AN2024
 * against what the education costs, year by year. A pure function of its inputs and the AN2024
 * parameters.
 *
 * <p>Arithmetic (deterministic, {@code BigDecimal}, rounding {@link RoundingMode#HALF_UP}):
 *
 * <ol>
 *   <li>One extra intake of N students in year 1; they are in education in years 1 .. studyYears.
 *   <li>graduates = N x completionRate, at the end of year studyYears (people: 2 decimals).
 *   <li>employed = graduates x employedShare, employed from the year after graduation (2 decimals).
 *   <li>avoided persons = employed x counterfactualUnemployedShare (2 decimals): without the
 *       education they would be unemployed, each paid avoidedDaysPerYear days a year, the first such
 *       year starting at startAccumulatedDays and each later year continuing where the previous
 *       ended.
 *   <li>saving in a year = avoided persons x one such person's exact AN2024 cost of that year's days
 *       ({@link MunicipalCost}), rounded to the cent.
 *   <li>education cost = students in education x unitPricePerStudentYear, rounded to the cent.
 *   <li>net = saving - education cost; cumulative net summed from year 1; payback year = first
 *       year whose cumulative net is at least 0, none within the horizon otherwise.
 * </ol>
 */
public final class ProvisionScenario {

    /** Scale of people counts (students, graduates, employed, avoided persons). */
    public static final int PEOPLE_SCALE = 2;

    private ProvisionScenario() {}

    public static ScenarioResult run(ScenarioInputs in, CostParameters an2024) {
        if (an2024.model() != Model.AN2024) {
            throw new IllegalArgumentException("the scenario prices avoided unemployment under AN2024");
        }
        List<ScenarioStep> steps = new ArrayList<>();
        BigDecimal intake = people(BigDecimal.valueOf(in.extraStartPlaces()));
        BigDecimal graduates = people(intake.multiply(in.completionRate()));
        BigDecimal employed = people(graduates.multiply(in.employedShare()));
        BigDecimal avoided = people(employed.multiply(in.counterfactualUnemployedShare()));
        BigDecimal yearlyEducationCost = money(intake.multiply(in.unitPricePerStudentYear()));
        BigDecimal daysPerYear = BigDecimal.valueOf(in.avoidedDaysPerYear());

        steps.add(ScenarioStep.of(
                "economy.scenario.step.parameters",
                an2024.validFrom().toString(),
                an2024.dailyAmount(),
                an2024.source(),
                an2024.verified() ? 1 : 0));
        steps.add(ScenarioStep.of(
                "economy.scenario.step.intake",
                in.extraStartPlaces(),
                in.qualificationCode(),
                in.area(),
                String.valueOf(in.startYear()),
                in.studyYears()));
        steps.add(ScenarioStep.of(
                "economy.scenario.step.education-cost",
                intake,
                in.unitPricePerStudentYear(),
                yearlyEducationCost,
                in.studyYears()));
        steps.add(ScenarioStep.of(
                "economy.scenario.step.graduates", intake, in.completionRate(), graduates, in.studyYears()));
        steps.add(ScenarioStep.of("economy.scenario.step.employed", graduates, in.employedShare(), employed));
        steps.add(ScenarioStep.of(
                "economy.scenario.step.counterfactual",
                employed,
                in.counterfactualUnemployedShare(),
                avoided,
                in.avoidedDaysPerYear(),
                in.startAccumulatedDays()));

        List<ScenarioYear> years = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO.setScale(MunicipalCost.CENTS);
        Integer payback = null;
        for (int year = 1; year <= in.horizonYears(); year++) {
            int calendarYear = in.startYear() + year - 1;
            boolean studying = year <= in.studyYears();
            boolean working = year > in.studyYears();
            BigDecimal students = studying ? intake : people(BigDecimal.ZERO);
            BigDecimal graduating = year == in.studyYears() ? graduates : people(BigDecimal.ZERO);
            BigDecimal employedNow = working ? employed : people(BigDecimal.ZERO);
            BigDecimal avoidedNow = working ? avoided : people(BigDecimal.ZERO);
            List<BandCost> byBand = List.of();
            BigDecimal avoidedDays = BigDecimal.ZERO;
            BigDecimal saving = money(BigDecimal.ZERO);
            if (working) {
                int yearOfAvoided = year - in.studyYears() - 1;
                BigDecimal start = BigDecimal.valueOf(in.startAccumulatedDays())
                        .add(daysPerYear.multiply(BigDecimal.valueOf(yearOfAvoided)));
                PersonCost person = MunicipalCost.spellCost(an2024, start, daysPerYear);
                byBand = person.byBand().stream().map(b -> b.times(avoidedNow)).toList();
                avoidedDays = daysPerYear.multiply(avoidedNow);
                saving = money(avoidedNow.multiply(person.exactCost()));
                steps.add(ScenarioStep.of(
                        "economy.scenario.step.saving",
                        String.valueOf(year),
                        String.valueOf(calendarYear),
                        start.add(BigDecimal.ONE),
                        start.add(daysPerYear),
                        person.exactCost(),
                        avoidedNow,
                        saving));
            }
            BigDecimal educationCost = money(students.multiply(in.unitPricePerStudentYear()));
            BigDecimal net = saving.subtract(educationCost);
            cumulative = cumulative.add(net);
            if (payback == null && cumulative.signum() >= 0) {
                payback = year;
            }
            years.add(new ScenarioYear(
                    year,
                    calendarYear,
                    students,
                    graduating,
                    employedNow,
                    avoidedNow,
                    byBand,
                    avoidedDays,
                    saving,
                    educationCost,
                    net,
                    cumulative));
        }
        if (payback != null) {
            steps.add(ScenarioStep.of(
                    "economy.scenario.step.payback",
                    String.valueOf(payback),
                    String.valueOf(in.startYear() + payback - 1)));
        } else {
            steps.add(ScenarioStep.of("economy.scenario.step.no-payback", in.horizonYears(), cumulative));
        }
        steps.add(ScenarioStep.of("economy.scenario.step.rounding"));
        return new ScenarioResult(in, an2024, years, payback, steps);
    }

    static BigDecimal people(BigDecimal value) {
        return value.setScale(PEOPLE_SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(MunicipalCost.CENTS, RoundingMode.HALF_UP);
    }
}
