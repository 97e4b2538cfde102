package fi.livskraft.economy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One co-financing band: paid days {@code fromDay} to {@code toDay} (both inclusive; {@code toDay}
 * null for the open-ended last band) cost the municipality {@code sharePercent} % of the daily
 * amount. Day {@code k} is the k-th paid day of the person (counting every paid day so far).
 */
public record Band(int fromDay, Integer toDay, BigDecimal sharePercent) {

    public Band {
        Objects.requireNonNull(sharePercent, "sharePercent");
    }

    public boolean openEnded() {
        return toDay == null;
    }

    /** The share as a fraction (exact): 45 % is 0.45. */
    BigDecimal shareFraction() {
        return sharePercent.movePointLeft(2);
    }

    /** Whether paid day {@code day} (1-based) falls in this band. */
    public boolean contains(long day) {
        return day >= fromDay && (toDay == null || day <= toDay);
    }
}
