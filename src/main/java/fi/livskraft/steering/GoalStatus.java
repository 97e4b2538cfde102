package fi.livskraft.steering;

import java.math.BigDecimal;

/**
 * The status of a goal in a year, by the rule the pages state: on track when the actual meets the
 * target (at least the target when higher is better, at most when lower is better); at risk when it
 * misses by no more than 5 % of the target; off track when it misses by more; no status without both
 * a target and an actual.
 */
public enum GoalStatus {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    NO_DATA;

    static final BigDecimal TOLERANCE = new BigDecimal("0.05");

    public static GoalStatus of(Direction direction, BigDecimal target, BigDecimal actual) {
        if (target == null || actual == null) {
            return NO_DATA;
        }
        BigDecimal shortfall = direction == Direction.UP ? target.subtract(actual) : actual.subtract(target);
        if (shortfall.signum() <= 0) {
            return ON_TRACK;
        }
        return shortfall.compareTo(target.abs().multiply(TOLERANCE)) <= 0 ? AT_RISK : OFF_TRACK;
    }
}
