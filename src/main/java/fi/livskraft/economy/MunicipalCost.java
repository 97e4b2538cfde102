package fi.livskraft.economy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What unemployment benefits cost the home municipality: pure functions over a {@link
 * CostParameters} set.
 *
 * <p>Rule: a person who has {@code A} paid days so far and is paid {@code D} more is paid days
 * {@code A+1 .. A+D}; day {@code k} costs {@code dailyAmount x share(band containing k) / 100}.
 * Fractional days are allowed (a month is 21.5 paid days): day {@code k} is the interval {@code
 * (k-1, k]}, so half a day costs half a day in the band where that half falls. Every band cost is
 * exact ({@code BigDecimal}, no division other than by 100); only a person's total is rounded,
 * half up to the cent ({@link #ROUNDING}); the cost of many persons is the sum of the rounded
 * totals.
 */
public final class MunicipalCost {

    /** Money is rounded half up to the cent, and only in a person's total. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public static final int CENTS = 2;

    /** Stated with every result (API and page). */
    public static final String ROUNDING_RULE = "each day costs dailyAmount x band share, kept exact;"
            + " each person's total is rounded HALF_UP to the cent; the total is the sum of the rounded person totals";

    private MunicipalCost() {}

    /** One person's cost of {@code paidDays} more paid days after {@code accumulatedDays}. */
    public static PersonCost personCost(CostParameters params, int accumulatedDays, int paidDays) {
        if (accumulatedDays < 0 || paidDays < 0) {
            throw new IllegalArgumentException("day counts are not negative");
        }
        return spellCost(params, BigDecimal.valueOf(accumulatedDays), BigDecimal.valueOf(paidDays));
    }

    /**
     * The cost of paying {@code days} (may be fractional) after {@code accumulated} paid days: the
     * days fall on the interval {@code (accumulated, accumulated + days]}, band {@code [from, to]}
     * covers {@code (from - 1, to]}.
     */
    public static PersonCost spellCost(CostParameters params, BigDecimal accumulated, BigDecimal days) {
        Objects.requireNonNull(params);
        BigDecimal end = accumulated.add(days);
        List<BandCost> touched = new ArrayList<>(2);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal covered = BigDecimal.ZERO;
        for (Band band : params.bands()) {
            BigDecimal lower = BigDecimal.valueOf(band.fromDay() - 1L).max(accumulated);
            BigDecimal upper = band.toDay() == null
                    ? end
                    : BigDecimal.valueOf(band.toDay()).min(end);
            if (upper.compareTo(lower) <= 0) {
                continue;
            }
            BigDecimal inBand = upper.subtract(lower);
            BigDecimal cost = inBand.multiply(params.dailyAmount()).multiply(band.shareFraction());
            touched.add(new BandCost(band.fromDay(), band.toDay(), band.sharePercent(), inBand, cost));
            total = total.add(cost);
            covered = covered.add(inBand);
        }
        if (covered.compareTo(days) != 0) {
            throw new IllegalStateException("the bands of " + params.model() + " from " + params.validFrom()
                    + " do not cover paid days " + accumulated + " to " + end);
        }
        return new PersonCost(accumulated, days, touched, total, total.setScale(CENTS, ROUNDING));
    }

    /**
     * The exact cost of {@code days} paid days known to fall in the band starting at {@code fromDay}
     * (for aggregate statistics such as Kela's paid days by accumulated-day class): {@code days x
     * dailyAmount x share / 100}, not rounded.
     */
    public static BandCost daysInBand(CostParameters params, int fromDay, BigDecimal days) {
        Band band = params.bands().get(indexOf(params, fromDay));
        return new BandCost(
                band.fromDay(),
                band.toDay(),
                band.sharePercent(),
                days,
                days.multiply(params.dailyAmount()).multiply(band.shareFraction()));
    }

    /** The cost of many persons: sum of rounded person totals, and every band with summed days and exact cost. */
    public static CostResult cost(CostParameters params, List<PersonDays> persons) {
        List<BandCost> byBand = new ArrayList<>(params.bands().size());
        for (Band band : params.bands()) {
            byBand.add(BandCost.empty(band));
        }
        List<PersonCost> costs = new ArrayList<>(persons.size());
        BigDecimal total = BigDecimal.ZERO;
        for (PersonDays person : persons) {
            PersonCost cost = personCost(params, person.accumulatedDays(), person.paidDays());
            costs.add(cost);
            total = total.add(cost.cost());
            for (BandCost part : cost.byBand()) {
                int index = indexOf(params, part.fromDay());
                byBand.set(index, byBand.get(index).plus(part));
            }
        }
        return new CostResult(params, total.setScale(CENTS, ROUNDING), byBand, costs);
    }

    /**
     * The cost of one more day, month or year of unemployment for a person at {@code
     * accumulatedDays}: one paid day; {@code paidDaysPerMonth} paid days (21.5: the half day costs half
     * a day in the band where it falls); twelve months ({@code 12 x paidDaysPerMonth}, 258 days).
     * The total is rounded half up to the cent.
     */
    public static MarginalCost marginalCost(CostParameters params, int accumulatedDays, MarginalPeriod period) {
        if (accumulatedDays < 0) {
            throw new IllegalArgumentException("accumulated days are not negative");
        }
        BigDecimal days = period.paidDays(params);
        return new MarginalCost(period, spellCost(params, BigDecimal.valueOf(accumulatedDays), days));
    }

    /**
     * The same persons under both models: {@code difference = newer - older}, each side summed from
     * rounded person totals. The pre-2025 model applied to the labour market subsidy for unemployment
     * days only, so the comparison treats every paid day as such a day.
     */
    public static ModelComparison compare(CostParameters older, CostParameters newer, List<PersonDays> persons) {
        CostResult before = cost(older, persons);
        CostResult after = cost(newer, persons);
        return new ModelComparison(before, after, after.municipalCost().subtract(before.municipalCost()));
    }

    private static int indexOf(CostParameters params, int fromDay) {
        List<Band> bands = params.bands();
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).fromDay() == fromDay) {
                return i;
            }
        }
        throw new IllegalStateException("no band from day " + fromDay);
    }
}
