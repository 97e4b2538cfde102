package fi.livskraft.steering;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact ratios for the computed indicators: numerator / denominator (x 100 for percent), half up. */
final class Ratio {

    private Ratio() {}

    static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(new BigDecimal("100")).divide(denominator, 1, RoundingMode.HALF_UP);
    }

    static BigDecimal of(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 2, RoundingMode.HALF_UP);
    }

    static String basis(BigDecimal numerator, BigDecimal denominator) {
        return numerator.stripTrailingZeros().toPlainString() + " / "
                + denominator.stripTrailingZeros().toPlainString();
    }
}
