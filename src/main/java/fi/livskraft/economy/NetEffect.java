package fi.livskraft.economy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The municipality's net effect of AN2024 for a year: {@code net = cost - compensation}, where the
 * compensation is the state-share compensation entered for the municipality and year (fixed on 2023
 * costs). Positive: the municipality pays more than it is compensated. All in euros, 2 decimals.
 */
public record NetEffect(BigDecimal cost, BigDecimal compensation, BigDecimal net) {

    public NetEffect {
        Objects.requireNonNull(cost);
        Objects.requireNonNull(compensation);
        Objects.requireNonNull(net);
    }

    public static NetEffect of(BigDecimal cost, BigDecimal compensation) {
        BigDecimal c = cost.setScale(MunicipalCost.CENTS, RoundingMode.HALF_UP);
        BigDecimal k = compensation.setScale(MunicipalCost.CENTS, RoundingMode.HALF_UP);
        return new NetEffect(c, k, c.subtract(k));
    }
}
