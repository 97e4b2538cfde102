package fi.livskraft.economy;

import java.math.BigDecimal;

/** How much more unemployment a marginal cost is asked for. */
public enum MarginalPeriod {
    /** One paid day. */
    DAY,
    /** {@code paidDaysPerMonth} paid days (21.5), fractional days kept. */
    MONTH,
    /** Twelve months: {@code 12 x paidDaysPerMonth} paid days (258). */
    YEAR;

    BigDecimal paidDays(CostParameters params) {
        return switch (this) {
            case DAY -> BigDecimal.ONE;
            case MONTH -> params.paidDaysPerMonth();
            case YEAR -> params.paidDaysPerMonth().multiply(BigDecimal.valueOf(12));
        };
    }
}
