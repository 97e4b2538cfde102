package fi.livskraft.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Estimates occupation cells for an area below the region, where the employment-service tables
 * give occupations only per region (12ti): for each region the area touches and each month, the
 * region's cell times the area's share of the region's unemployed jobseekers (for unemployed) and
 * of its open vacancies (for vacancies), from the area totals of 12r5; summed over the regions.
 * It assumes the area has the same occupation mix as its region: an estimate, labelled so.
 */
public final class Allocation {

    /** Decimals kept in the estimated cells (half-up); averages round again to two. */
    public static final int SCALE = 6;

    private Allocation() {}

    public static List<MonthlyCell> allocate(Map<String, List<MonthlyCell>> cellsByRegion, List<AreaShare> shares) {
        Map<String, Map<String, BigDecimal[]>> sums = new TreeMap<>();
        for (AreaShare share : shares) {
            for (MonthlyCell c : cellsByRegion.getOrDefault(share.regionCode(), List.of())) {
                if (!c.period().equals(share.period())) {
                    continue;
                }
                BigDecimal[] acc = sums.computeIfAbsent(c.iscoCode(), k -> new TreeMap<>())
                        .computeIfAbsent(c.period(), k -> new BigDecimal[2]);
                acc[0] = add(acc[0], times(c.vacancies(), share.vacancyShare()));
                acc[1] = add(acc[1], times(c.unemployed(), share.unemployedShare()));
            }
        }
        List<MonthlyCell> out = new ArrayList<>();
        sums.forEach((isco, byPeriod) -> byPeriod.forEach(
                (period, acc) -> out.add(new MonthlyCell(isco, period, scale(acc[0]), scale(acc[1])))));
        return out;
    }

    private static BigDecimal times(BigDecimal value, BigDecimal share) {
        return value == null || share == null ? null : value.multiply(share);
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.add(b);
    }

    private static BigDecimal scale(BigDecimal v) {
        return v == null ? null : v.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
