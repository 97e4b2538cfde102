package fi.livskraft.insight;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Persistent shortage with no local surplus, for one occupation in one region, over the last months
 * of the latest vintage ({@link ShortageRule}). Persistent: shortage or strong shortage in at least
 * the rule's months (a month without both figures counts as not in shortage). Local surplus: in the
 * latest month the region's unemployed jobseekers of the occupation outnumber its open vacancies
 * (U > V), so local jobseekers could in principle fill every vacancy; unknown (null) without both
 * figures. An occupation qualifies for international recruitment when the shortage is persistent and
 * there is no local surplus.
 */
record PersistentShortage(
        int shortageMonths,
        int monthsWithRatio,
        int window,
        boolean persistent,
        String latestPeriod,
        BigDecimal latestVacancies,
        BigDecimal latestUnemployed,
        Boolean localSurplus) {

    static final Set<TightnessClass> SHORTAGE = EnumSet.of(TightnessClass.STRONG_SHORTAGE, TightnessClass.SHORTAGE);

    /** No labour-market figures for the occupation. */
    static PersistentShortage none(List<String> window) {
        return new PersistentShortage(
                0, 0, window.size(), false, window.isEmpty() ? null : window.get(window.size() - 1), null, null, null);
    }

    /**
     * @param cells the occupation's cells in the region (any months; only the window's count)
     * @param window the last months of the latest vintage, oldest first (its size is the rule's "of")
     */
    static PersistentShortage evaluate(
            List<MonthlyCell> cells, List<String> window, TightnessThresholds thresholds, ShortageRule rule) {
        Map<String, MonthlyCell> byMonth = new HashMap<>();
        cells.forEach(c -> byMonth.put(c.period(), c));
        int inShortage = 0;
        int withRatio = 0;
        for (String m : window) {
            MonthlyCell c = byMonth.get(m);
            if (c == null) {
                continue;
            }
            Tightness t = Tightness.of(c.vacancies(), c.unemployed(), thresholds);
            if (t.hasRatio()) {
                withRatio++;
                if (SHORTAGE.contains(t.tightnessClass())) {
                    inShortage++;
                }
            }
        }
        String latest = window.isEmpty() ? null : window.get(window.size() - 1);
        MonthlyCell last = latest == null ? null : byMonth.get(latest);
        BigDecimal v = last == null ? null : whole(last.vacancies());
        BigDecimal u = last == null ? null : whole(last.unemployed());
        Boolean surplus = v == null || u == null ? null : u.compareTo(v) > 0;
        return new PersistentShortage(
                inShortage, withRatio, window.size(), inShortage >= rule.months(), latest, v, u, surplus);
    }

    /** A stock without trailing zeros (71.000 -> 71), never in exponent form. */
    static BigDecimal whole(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Persistent shortage and no local surplus (known). */
    public boolean qualifies() {
        return persistent && Boolean.FALSE.equals(localSurplus);
    }

    /** As the public sees it: fewer unemployed than the threshold hides the count (the verdict stays). */
    PersistentShortage suppressed(Suppression s) {
        return s.hides(latestUnemployed)
                ? new PersistentShortage(
                        shortageMonths,
                        monthsWithRatio,
                        window,
                        persistent,
                        latestPeriod,
                        latestVacancies,
                        null,
                        localSurplus)
                : this;
    }
}
