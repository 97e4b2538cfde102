package fi.livskraft.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SuppressionTests {

    final Suppression five = new Suppression(5);

    @Test
    void hidesCountsFromOneToBelowTheThreshold() {
        assertThat(five.count(0)).isZero();
        assertThat(five.count(1)).isNull();
        assertThat(five.count(4)).isNull();
        assertThat(five.count(5)).isEqualTo(5);
        assertThat(five.count((Integer) null)).isNull();
        assertThat(five.count(new BigDecimal("4.99"))).isNull();
        assertThat(five.count(new BigDecimal("5.00"))).isEqualByComparingTo("5");
    }

    @Test
    void hidesADerivedRatioWhenAnyOfItsCountsIsHidden() {
        assertThat(five.derived(new BigDecimal("75.0"), 3, 4)).isNull();
        assertThat(five.derived(new BigDecimal("75.0"), 40, 3)).isNull();
        assertThat(five.derived(new BigDecimal("75.0"), 40, 30)).isEqualByComparingTo("75.0");
    }

    @Test
    void theThresholdIsConfiguration() {
        Suppression ten = new Suppression(10);
        assertThat(ten.count(9)).isNull();
        assertThat(ten.count(10)).isEqualTo(10);
    }

    @Test
    void outcomeRatesOfASmallCohortAreHidden() {
        OutcomeRates r = OutcomeRates.of(new OutcomeCounts(4, 3, 1, 0, 0), five);
        assertThat(r.graduates()).isNull();
        assertThat(r.employmentRate()).isNull();
        assertThat(r.furtherStudiesRate()).isNull();
        assertThat(r.unemploymentRate()).isNull();
    }

    @Test
    void aRateBuiltOnAHiddenPartIsHiddenWhileTheOthersShow() {
        OutcomeRates r = OutcomeRates.of(new OutcomeCounts(40, 30, 3, 7, 0), five);
        assertThat(r.graduates()).isEqualTo(40);
        assertThat(r.employmentRate()).isEqualByComparingTo("75.0");
        assertThat(r.furtherStudiesRate()).isNull();
        assertThat(r.unemploymentRate()).isEqualByComparingTo("17.5");
    }
}
