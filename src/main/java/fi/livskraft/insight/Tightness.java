package fi.livskraft.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Labour-market tightness of one area x occupation x period: open vacancies per unemployed
 * jobseeker (V/U), with both inputs. {@code ratio} is V/U rounded half-up to {@link #SCALE}
 * decimals; the class is decided on the exact quotient (V >= t x U), so rounding never moves a
 * cell across a threshold. Without both inputs, or with no unemployed jobseekers, there is no ratio
 * and no class, only the reason.
 */
public record Tightness(
        BigDecimal vacancies, BigDecimal unemployed, BigDecimal ratio, TightnessClass tightnessClass, Reason reason) {

    /** Decimals of the ratio (half-up). */
    public static final int SCALE = 4;

    /** Why there is no ratio. */
    public enum Reason {
        MISSING_VACANCIES,
        MISSING_UNEMPLOYED,
        MISSING_BOTH,
        ZERO_UNEMPLOYED,
        SUPPRESSED;

        public String labelKey() {
            return "insight.reason." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public Tightness {
        if ((ratio == null) == (reason == null)) {
            throw new IllegalArgumentException("a tightness has either a ratio or a reason");
        }
        if ((ratio == null) != (tightnessClass == null)) {
            throw new IllegalArgumentException("a class needs a ratio");
        }
    }

    /** V/U of the given inputs (either may be null = missing in the source). */
    public static Tightness of(BigDecimal vacancies, BigDecimal unemployed, TightnessThresholds thresholds) {
        if (vacancies == null || unemployed == null) {
            Reason reason = vacancies == null && unemployed == null
                    ? Reason.MISSING_BOTH
                    : vacancies == null ? Reason.MISSING_VACANCIES : Reason.MISSING_UNEMPLOYED;
            return new Tightness(vacancies, unemployed, null, null, reason);
        }
        if (unemployed.signum() == 0) {
            return new Tightness(vacancies, unemployed, null, null, Reason.ZERO_UNEMPLOYED);
        }
        BigDecimal ratio = vacancies.divide(unemployed, SCALE, RoundingMode.HALF_UP);
        return new Tightness(vacancies, unemployed, ratio, classify(vacancies, unemployed, thresholds), null);
    }

    public static Tightness of(Long vacancies, Long unemployed, TightnessThresholds thresholds) {
        return of(
                vacancies == null ? null : BigDecimal.valueOf(vacancies),
                unemployed == null ? null : BigDecimal.valueOf(unemployed),
                thresholds);
    }

    /** The class of V/U, compared exactly: V >= bound x U. */
    static TightnessClass classify(BigDecimal v, BigDecimal u, TightnessThresholds t) {
        if (v.compareTo(t.strongShortage().multiply(u)) >= 0) {
            return TightnessClass.STRONG_SHORTAGE;
        }
        if (v.compareTo(t.shortage().multiply(u)) >= 0) {
            return TightnessClass.SHORTAGE;
        }
        if (v.compareTo(t.balance().multiply(u)) >= 0) {
            return TightnessClass.BALANCE;
        }
        if (v.compareTo(t.surplus().multiply(u)) >= 0) {
            return TightnessClass.SURPLUS;
        }
        return TightnessClass.STRONG_SURPLUS;
    }

    /** The same cell as the public sees it: unemployed under the threshold hides the count and the ratio. */
    public Tightness suppressed(Suppression suppression) {
        if (suppression.hides(unemployed)) {
            return new Tightness(vacancies, null, null, null, Reason.SUPPRESSED);
        }
        return this;
    }

    public boolean hasRatio() {
        return ratio != null;
    }
}
