package fi.livskraft.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EffectivenessTests {

    final Suppression five = new Suppression(5);

    /** A region's and the nation's cohorts: 70.0 % and 67.0 % employed. */
    static final OutcomeCounts REGION = new OutcomeCounts(300, 210, 30, 45, 15);

    static final OutcomeCounts NATION = new OutcomeCounts(3000, 2010, 390, 450, 150);

    @Test
    void comparesTheProviderWithRegionAndNationInPercentagePoints() {
        Effectiveness e =
                Effectiveness.compare("371101", 2022, new OutcomeCounts(60, 45, 6, 9, 0), REGION, NATION, five);
        assertThat(e.provider().employmentRate()).isEqualByComparingTo("75.0");
        assertThat(e.region().employmentRate()).isEqualByComparingTo("70.0");
        assertThat(e.nation().employmentRate()).isEqualByComparingTo("67.0");
        assertThat(e.employmentVsRegion()).isEqualByComparingTo("5.0");
        assertThat(e.employmentVsNation()).isEqualByComparingTo("8.0");
        assertThat(e.provider().furtherStudiesRate()).isEqualByComparingTo("10.0");
        assertThat(e.furtherVsNation()).isEqualByComparingTo("-3.0");
        assertThat(e.provider().unemploymentRate()).isEqualByComparingTo("15.0");
        assertThat(e.unemploymentVsRegion()).isEqualByComparingTo("0.0");
        assertThat(e.unemploymentVsNation()).isEqualByComparingTo("0.0");
    }

    @Test
    void ratesRoundHalfUpToOneDecimal() {
        OutcomeRates r = OutcomeRates.of(new OutcomeCounts(7, 5, 0, 0, 2), five);
        assertThat(r.employmentRate()).isEqualByComparingTo("71.4");
        OutcomeRates third = OutcomeRates.of(new OutcomeCounts(24, 19, 0, 0, 5), five);
        assertThat(third.employmentRate()).isEqualByComparingTo("79.2");
    }

    @Test
    void noComparisonWhereTheRegionHasNoFigures() {
        Effectiveness e = Effectiveness.compare(
                "371101", 2022, new OutcomeCounts(60, 45, 6, 9, 0), OutcomeCounts.NONE, OutcomeCounts.NONE, five);
        assertThat(e.region().employmentRate()).isNull();
        assertThat(e.employmentVsRegion()).isNull();
        assertThat(e.employmentVsNation()).isNull();
    }

    @Test
    void aSuppressedProviderCohortHasNoDifferences() {
        Effectiveness e = Effectiveness.compare("371101", 2022, new OutcomeCounts(3, 3, 0, 0, 0), REGION, NATION, five);
        assertThat(e.provider().graduates()).isNull();
        assertThat(e.employmentVsRegion()).isNull();
        assertThat(e.region().employmentRate()).isEqualByComparingTo("70.0");
    }
}
