package fi.livskraft.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TightnessTests {

    static final TightnessThresholds T = TightnessThresholds.DEFAULTS;

    @Test
    void ratioIsVacanciesPerUnemployedToFourDecimalsHalfUp() {
        Tightness t = Tightness.of(79L, 98L, T);
        assertThat(t.ratio()).isEqualByComparingTo("0.8061");
        assertThat(t.ratio().scale()).isEqualTo(4);
        assertThat(t.vacancies()).isEqualByComparingTo("79");
        assertThat(t.unemployed()).isEqualByComparingTo("98");
        assertThat(t.tightnessClass()).isEqualTo(TightnessClass.SHORTAGE);
        assertThat(Tightness.of(2L, 3L, T).ratio()).isEqualByComparingTo("0.6667");
    }

    @Test
    void eachBoundBelongsToTheTighterClass() {
        assertThat(Tightness.of(120L, 100L, T).tightnessClass()).isEqualTo(TightnessClass.STRONG_SHORTAGE);
        assertThat(Tightness.of(119L, 100L, T).tightnessClass()).isEqualTo(TightnessClass.SHORTAGE);
        assertThat(Tightness.of(60L, 100L, T).tightnessClass()).isEqualTo(TightnessClass.SHORTAGE);
        assertThat(Tightness.of(59L, 100L, T).tightnessClass()).isEqualTo(TightnessClass.BALANCE);
        assertThat(Tightness.of(25L, 100L, T).tightnessClass()).isEqualTo(TightnessClass.BALANCE);
        assertThat(Tightness.of(24L, 100L, T).tightnessClass()).isEqualTo(TightnessClass.SURPLUS);
        assertThat(Tightness.of(10L, 100L, T).tightnessClass()).isEqualTo(TightnessClass.SURPLUS);
        assertThat(Tightness.of(9L, 100L, T).tightnessClass()).isEqualTo(TightnessClass.STRONG_SURPLUS);
        assertThat(Tightness.of(0L, 100L, T).tightnessClass()).isEqualTo(TightnessClass.STRONG_SURPLUS);
    }

    @Test
    void classIsDecidedOnTheExactQuotientNotTheRoundedRatio() {
        // 599995 / 1000000 rounds to 0.6000 but lies below the shortage bound.
        Tightness t = Tightness.of(599_995L, 1_000_000L, T);
        assertThat(t.ratio()).isEqualByComparingTo("0.6000");
        assertThat(t.tightnessClass()).isEqualTo(TightnessClass.BALANCE);
    }

    @Test
    void zeroUnemployedGivesNoRatioButAReason() {
        Tightness t = Tightness.of(12L, 0L, T);
        assertThat(t.ratio()).isNull();
        assertThat(t.tightnessClass()).isNull();
        assertThat(t.reason()).isEqualTo(Tightness.Reason.ZERO_UNEMPLOYED);
        assertThat(t.vacancies()).isEqualByComparingTo("12");
    }

    @Test
    void missingInputsGiveNoRatioButAReason() {
        assertThat(Tightness.of(null, 5L, T).reason()).isEqualTo(Tightness.Reason.MISSING_VACANCIES);
        assertThat(Tightness.of(5L, null, T).reason()).isEqualTo(Tightness.Reason.MISSING_UNEMPLOYED);
        assertThat(Tightness.of((Long) null, null, T).reason()).isEqualTo(Tightness.Reason.MISSING_BOTH);
        assertThat(Tightness.of(null, 5L, T).ratio()).isNull();
    }

    @Test
    void suppressedUnemployedHidesTheCountAndTheRatio() {
        Suppression s = new Suppression(5);
        Tightness t = Tightness.of(8L, 4L, T).suppressed(s);
        assertThat(t.unemployed()).isNull();
        assertThat(t.ratio()).isNull();
        assertThat(t.tightnessClass()).isNull();
        assertThat(t.reason()).isEqualTo(Tightness.Reason.SUPPRESSED);
        assertThat(t.vacancies()).isEqualByComparingTo("8");
        assertThat(Tightness.of(8L, 5L, T).suppressed(s).ratio()).isEqualByComparingTo("1.6000");
    }

    @Test
    void thresholdsMustRise() {
        assertThatThrownBy(() -> new TightnessThresholds(
                        new BigDecimal("0.5"), new BigDecimal("0.6"), new BigDecimal("0.2"), new BigDecimal("0.1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void configuredThresholdsMoveTheClasses() {
        TightnessThresholds strict = new TightnessThresholds(
                new BigDecimal("2"), new BigDecimal("1"), new BigDecimal("0.5"), new BigDecimal("0.2"));
        assertThat(Tightness.of(150L, 100L, strict).tightnessClass()).isEqualTo(TightnessClass.SHORTAGE);
        assertThat(Tightness.of(150L, 100L, T).tightnessClass()).isEqualTo(TightnessClass.STRONG_SHORTAGE);
    }
}
