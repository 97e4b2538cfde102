package fi.livskraft.economy;

import java.math.BigDecimal;

/**
 * Paid days falling in one band and what they cost the municipality: {@code days x dailyAmount x
 * sharePercent / 100}, exact (not rounded). {@code days} may be fractional (half a day of a month of
 * 21.5 paid days).
 */
public record BandCost(int fromDay, Integer toDay, BigDecimal sharePercent, BigDecimal days, BigDecimal cost) {

    static BandCost empty(Band band) {
        return new BandCost(band.fromDay(), band.toDay(), band.sharePercent(), BigDecimal.ZERO, BigDecimal.ZERO);
    }

    BandCost plus(BandCost other) {
        return new BandCost(fromDay, toDay, sharePercent, days.add(other.days), cost.add(other.cost));
    }

    BandCost times(BigDecimal persons) {
        return new BandCost(fromDay, toDay, sharePercent, days.multiply(persons), cost.multiply(persons));
    }
}
