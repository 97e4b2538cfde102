package fi.livskraft.economy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisionScenarioTests {

    /**
     * 20 extra start places in 2026, every other assumption at its default.
     *
     * <pre>
     * years 1-3: 20.00 students x 11 000 = 220 000.00 a year
     * graduates at the end of year 3: 20 x 0.70 = 14.00; employed: 14.00 x 0.75 = 10.50
     * avoided persons: 10.50 x 0.50 = 5.25, 150 paid days a year from accumulated day 200
     * year 4 (days 201-350): 100 x 37.21 x 20 % (744.20) + 50 x 37.21 x 30 % (558.15) = 1302.35 a person
     *                        x 5.25 = 6837.3375 -> 6837.34
     * year 5 (days 351-500): 50 x 30 % (558.15) + 100 x 40 % (1488.40) = 2046.55 a person
     *                        x 5.25 = 10 744.3875 -> 10 744.39
     * cumulative net: -220 000, -440 000, -660 000, -653 162.66, -642 418.27: no payback in 5 years
     * </pre>
     */
    @Test
    void defaultScenarioYearByYear() {
        ScenarioResult result =
                ProvisionScenario.run(ScenarioInputs.withDefaults("351603", "905", 20, 2026), Parameters.an2024());
        List<ScenarioYear> years = result.years();
        assertThat(years).hasSize(5);
        assertThat(years).extracting(ScenarioYear::calendarYear).containsExactly(2026, 2027, 2028, 2029, 2030);
        assertThat(years)
                .extracting(ScenarioYear::studentsInEducation)
                .containsExactly(bd("20.00"), bd("20.00"), bd("20.00"), bd("0.00"), bd("0.00"));
        assertThat(years)
                .extracting(ScenarioYear::graduates)
                .containsExactly(bd("0.00"), bd("0.00"), bd("14.00"), bd("0.00"), bd("0.00"));
        assertThat(years)
                .extracting(ScenarioYear::employedGraduates)
                .containsExactly(bd("0.00"), bd("0.00"), bd("0.00"), bd("10.50"), bd("10.50"));
        assertThat(years)
                .extracting(ScenarioYear::avoidedPersons)
                .containsExactly(bd("0.00"), bd("0.00"), bd("0.00"), bd("5.25"), bd("5.25"));
        assertThat(years)
                .extracting(ScenarioYear::educationCost)
                .containsExactly(bd("220000.00"), bd("220000.00"), bd("220000.00"), bd("0.00"), bd("0.00"));
        assertThat(years)
                .extracting(ScenarioYear::saving)
                .containsExactly(bd("0.00"), bd("0.00"), bd("0.00"), bd("6837.34"), bd("10744.39"));
        assertThat(years)
                .extracting(ScenarioYear::cumulativeNet)
                .containsExactly(
                        bd("-220000.00"), bd("-440000.00"), bd("-660000.00"), bd("-653162.66"), bd("-642418.27"));
        ScenarioYear fourth = years.get(3);
        assertThat(fourth.avoidedDays()).isEqualByComparingTo("787.5");
        MunicipalCostTests.assertBand(fourth.avoidedDaysByBand().get(0), 201, 300, "525", "3907.05");
        MunicipalCostTests.assertBand(fourth.avoidedDaysByBand().get(1), 301, 400, "262.5", "2930.2875");
        assertThat(result.paybackYear()).isNull();
        assertThat(result.steps())
                .extracting(ScenarioStep::messageKey)
                .containsExactly(
                        "economy.scenario.step.parameters",
                        "economy.scenario.step.intake",
                        "economy.scenario.step.education-cost",
                        "economy.scenario.step.graduates",
                        "economy.scenario.step.employed",
                        "economy.scenario.step.counterfactual",
                        "economy.scenario.step.saving",
                        "economy.scenario.step.saving",
                        "economy.scenario.step.no-payback",
                        "economy.scenario.step.rounding");
        assertThat(result.steps().get(6).arguments())
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly("4", "2029", bd("201"), bd("350"), bd("1302.35"), bd("5.25"), bd("6837.34"));
    }

    /**
     * 10 places, one study year, unit price 1 000, every graduate employed and every one of them
     * otherwise unemployed 250 days a year from day 500: year 1 cost 10 000.00; year 2 (days
     * 501-750) saving 10 x (200 x 37.21 x 45 % + 50 x 37.21 x 50 %) = 10 x 4 279.15 = 42 791.50;
     * years 3-5 (days 751-1000 and on, all at 50 %) 10 x 250 x 37.21 x 50 % = 46 512.50 each;
     * cumulative -10 000.00, 32 791.50, ...: pays back in year 2.
     */
    @Test
    void paysBackInTheFirstYearWhoseCumulativeNetIsNotNegative() {
        ScenarioInputs in = new ScenarioInputs(
                "351603",
                "vaasa",
                10,
                2025,
                1,
                BigDecimal.ONE,
                BigDecimal.ONE,
                BigDecimal.ONE,
                250,
                500,
                new BigDecimal("1000"),
                5);
        ScenarioResult result = ProvisionScenario.run(in, Parameters.an2024());
        assertThat(result.years())
                .extracting(ScenarioYear::saving)
                .containsExactly(bd("0.00"), bd("42791.50"), bd("46512.50"), bd("46512.50"), bd("46512.50"));
        assertThat(result.years().get(1).cumulativeNet()).isEqualTo(bd("32791.50"));
        assertThat(result.paybackYear()).isEqualTo(2);
        assertThat(result.steps()).extracting(ScenarioStep::messageKey).contains("economy.scenario.step.payback");
    }

    @Test
    void peopleCountsAreRoundedHalfUpToTwoDecimals() {
        // 7 x 0.70 = 4.90; 4.90 x 0.75 = 3.675 -> 3.68; 3.68 x 0.5 = 1.84
        ScenarioResult result =
                ProvisionScenario.run(ScenarioInputs.withDefaults("351603", "905", 7, 2026), Parameters.an2024());
        assertThat(result.years().get(2).graduates()).isEqualTo(bd("4.90"));
        assertThat(result.years().get(3).employedGraduates()).isEqualTo(bd("3.68"));
        assertThat(result.years().get(3).avoidedPersons()).isEqualTo(bd("1.84"));
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
