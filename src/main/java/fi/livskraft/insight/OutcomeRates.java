package fi.livskraft.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Outcome rates in per cent of the graduates, one decimal, half-up: employed, in further studies,
 * unemployed. A rate is null when its counts are missing, there are no graduates, or (in public
 * views) when a count it comes from is suppressed.
 */
public record OutcomeRates(
        Integer graduates, BigDecimal employmentRate, BigDecimal furtherStudiesRate, BigDecimal unemploymentRate) {

    public static final int SCALE = 1;

    /** Rates of the counts; person counts under the threshold hide themselves and every rate built on them. */
    public static OutcomeRates of(OutcomeCounts c, Suppression suppression) {
        Integer g = c.graduates();
        if (g == null || g == 0 || suppression.hides(g)) {
            return new OutcomeRates(suppression.count(g), null, null, null);
        }
        return new OutcomeRates(
                g,
                rate(c.employed(), g, suppression),
                rate(c.furtherStudies(), g, suppression),
                rate(c.unemployed(), g, suppression));
    }

    static BigDecimal rate(Integer part, int whole, Suppression suppression) {
        if (part == null || suppression.hides(part)) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
    }

    /** Percentage points this minus that, or null when either is missing. */
    static BigDecimal difference(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }
}
