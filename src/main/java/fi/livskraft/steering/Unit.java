package fi.livskraft.steering;

import java.math.BigDecimal;

/** The unit of an indicator, with the values it allows. */
public enum Unit {
    /** Percent, 0 to 100. */
    PERCENT("0", "100"),
    /** A ratio such as open vacancies per unemployed jobseeker, 0 or more. */
    RATIO("0", null),
    /** A feedback score on the national 1 to 5 scale. */
    SCORE("1", "5"),
    /** Euros, 0 or more. */
    EUR("0", null);

    private final BigDecimal min;
    private final BigDecimal max;

    Unit(String min, String max) {
        this.min = new BigDecimal(min);
        this.max = max == null ? null : new BigDecimal(max);
    }

    public boolean allows(BigDecimal value) {
        return value.compareTo(min) >= 0 && (max == null || value.compareTo(max) <= 0);
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }
}
