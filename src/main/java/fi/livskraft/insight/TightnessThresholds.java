package fi.livskraft.insight;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Lower bounds of the tightness classes on the ratio open vacancies / unemployed jobseekers: a
 * ratio at or above {@code strongShortage} is strong shortage, at or above {@code shortage}
 * shortage, at or above {@code balance} balance, at or above {@code surplus} surplus, below it
 * strong surplus. Each bound belongs to the tighter class.
 */
public record TightnessThresholds(
        BigDecimal strongShortage, BigDecimal shortage, BigDecimal balance, BigDecimal surplus) {

    /** The documented defaults (application.yml, livskraft.evidence.tightness). */
    public static final TightnessThresholds DEFAULTS = new TightnessThresholds(
            new BigDecimal("1.20"), new BigDecimal("0.60"), new BigDecimal("0.25"), new BigDecimal("0.10"));

    public TightnessThresholds {
        Objects.requireNonNull(strongShortage, "strongShortage");
        Objects.requireNonNull(shortage, "shortage");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(surplus, "surplus");
        if (surplus.signum() < 0
                || balance.compareTo(surplus) <= 0
                || shortage.compareTo(balance) <= 0
                || strongShortage.compareTo(shortage) <= 0) {
            throw new IllegalArgumentException(
                    "tightness thresholds must rise: 0 <= surplus < balance < shortage < strong-shortage");
        }
    }
}
