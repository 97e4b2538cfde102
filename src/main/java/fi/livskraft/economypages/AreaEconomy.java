package fi.livskraft.economypages;

import fi.livskraft.economy.Band;
import fi.livskraft.economy.CostParameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What Kela's figures cost the municipalities of an area: a pure function over the facts and the
 * dated parameters.
 *
 * <p>Method: the municipal share of a cell (month, benefit, accumulated-day class) is {@code paid
 * days x daily amount x share of the AN2024 band the class lies in}, with the parameters in force
 * on the first day of the month. The same paid days under the pre-2025 model count for the labour
 * market subsidy only, at the share of the pre-2025 band containing the class's first day (the open
 * class over 500 days is priced at the 301-1000 share, a lower bound). As a cross-check the page
 * also shows {@code euros paid x AN2024 share}. Every amount is kept exact and rounded half up to
 * the cent only where it is shown ({@link #cents}).
 */
final class AreaEconomy {

    private AreaEconomy() {}

    /** One cell priced under both models. Amounts are exact. */
    record Cell(
            KelaFact fact,
            BigDecimal dailyAmount,
            BigDecimal sharePercent,
            BigDecimal cost,
            BigDecimal costFromEuros,
            BigDecimal oldSharePercent,
            BigDecimal oldCost,
            boolean lowerBound) {}

    /** Sums of a month or a year. Amounts are exact. */
    record Totals(
            long paidDays,
            long recipients,
            BigDecimal euros,
            BigDecimal cost,
            BigDecimal costFromEuros,
            BigDecimal oldCost) {

        static final Totals ZERO = new Totals(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        Totals plus(Cell c) {
            return new Totals(
                    paidDays + c.fact().paidDays(),
                    recipients + c.fact().recipients(),
                    euros.add(c.fact().euros()),
                    cost.add(c.cost()),
                    costFromEuros.add(c.costFromEuros()),
                    oldCost.add(c.oldCost()));
        }

        /** AN2024 cost minus the pre-2025 cost of the same paid days. */
        public BigDecimal difference() {
            return cost.subtract(oldCost);
        }
    }

    /** A month: its cells and totals. */
    record Month(LocalDate month, List<Cell> cells, Totals totals) {}

    /** A row of a year table: one accumulated-day class, its totals per benefit and overall. */
    record ClassRow(DayClass dayClass, BigDecimal sharePercent, Map<KelaBenefit, Totals> byBenefit, Totals total) {}

    /** A year: rows by class, totals per benefit, the months present. */
    record Year(int year, int months, List<ClassRow> byClass, Map<KelaBenefit, Totals> byBenefit, Totals total) {}

    /** The whole computation. */
    record Result(
            List<Month> months,
            List<Year> years,
            List<String> unpriced,
            List<String> lowerBounds,
            boolean generalSupport) {

        public Optional<Year> year(int year) {
            return years.stream().filter(y -> y.year() == year).findFirst();
        }

        public BigDecimal maxMonthCost() {
            return months.stream()
                    .map(m -> m.totals().cost().max(m.totals().oldCost()))
                    .max(Comparator.naturalOrder())
                    .orElse(BigDecimal.ZERO);
        }
    }

    /**
     * Prices every fact. {@code an2024} and {@code pre2025} give the parameters in force on a date
     * (empty: none); a fact with no AN2024 parameters or whose class lies across bands is left out
     * and listed in {@code unpriced}.
     */
    static Result compute(
            List<KelaFact> facts,
            Function<LocalDate, Optional<CostParameters>> an2024,
            Function<LocalDate, Optional<CostParameters>> pre2025) {
        Map<LocalDate, List<Cell>> byMonth = new TreeMap<>();
        List<String> unpriced = new ArrayList<>();
        for (KelaFact fact : facts) {
            Optional<CostParameters> now = an2024.apply(fact.month());
            Optional<Band> band = now.flatMap(p -> bandFor(p, fact.dayClass()));
            if (band.isEmpty()) {
                unpriced.add(fact.month() + " " + fact.benefit() + " "
                        + fact.dayClass().label());
                continue;
            }
            BigDecimal daily = now.get().dailyAmount();
            BigDecimal share = band.get().sharePercent();
            BigDecimal days = BigDecimal.valueOf(fact.paidDays());
            BigDecimal cost = days.multiply(daily).multiply(share.movePointLeft(2));
            BigDecimal fromEuros = fact.euros().multiply(share.movePointLeft(2));
            BigDecimal oldShare = BigDecimal.ZERO;
            BigDecimal oldCost = BigDecimal.ZERO;
            if (fact.benefit() == KelaBenefit.LABOUR_MARKET_SUBSIDY) {
                Optional<CostParameters> before = pre2025.apply(fact.month());
                if (before.isPresent()) {
                    oldShare = before.get().bandOf(fact.dayClass().fromDay()).sharePercent();
                    oldCost = days.multiply(before.get().dailyAmount()).multiply(oldShare.movePointLeft(2));
                }
            }
            byMonth.computeIfAbsent(fact.month(), k -> new ArrayList<>())
                    .add(new Cell(
                            fact,
                            daily,
                            share,
                            cost,
                            fromEuros,
                            oldShare,
                            oldCost,
                            lowerBound(band.get(), fact.dayClass())));
        }
        List<Month> months = new ArrayList<>();
        byMonth.forEach((month, cells) -> {
            Totals t = Totals.ZERO;
            for (Cell c : cells) {
                t = t.plus(c);
            }
            months.add(new Month(month, List.copyOf(cells), t));
        });
        List<String> lowerBounds = months.stream()
                .flatMap(m -> m.cells().stream())
                .filter(Cell::lowerBound)
                .map(c -> c.fact().dayClass().label() + " ("
                        + c.sharePercent().stripTrailingZeros().toPlainString() + " %)")
                .distinct()
                .toList();
        boolean generalSupport = facts.stream().anyMatch(f -> f.benefit() == KelaBenefit.GENERAL_SUPPORT);
        return new Result(months, years(months), unpriced, lowerBounds, generalSupport);
    }

    private static List<Year> years(List<Month> months) {
        Map<Integer, List<Month>> byYear = new TreeMap<>();
        months.forEach(m -> byYear.computeIfAbsent(m.month().getYear(), k -> new ArrayList<>())
                .add(m));
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, ms) -> {
            Map<DayClass, Map<KelaBenefit, Totals>> classes = new TreeMap<>();
            Map<DayClass, BigDecimal> shares = new TreeMap<>();
            Map<KelaBenefit, Totals> byBenefit = new EnumMap<>(KelaBenefit.class);
            Totals total = Totals.ZERO;
            for (Month m : ms) {
                for (Cell c : m.cells()) {
                    DayClass dc = c.fact().dayClass();
                    classes.computeIfAbsent(dc, k -> new EnumMap<>(KelaBenefit.class))
                            .merge(c.fact().benefit(), Totals.ZERO.plus(c), AreaEconomy::add);
                    shares.putIfAbsent(dc, c.sharePercent());
                    byBenefit.merge(c.fact().benefit(), Totals.ZERO.plus(c), AreaEconomy::add);
                    total = total.plus(c);
                }
            }
            List<ClassRow> rows = new ArrayList<>();
            classes.forEach((dc, benefits) -> {
                Totals t = Totals.ZERO;
                for (Totals b : benefits.values()) {
                    t = add(t, b);
                }
                rows.add(new ClassRow(dc, shares.get(dc), benefits, t));
            });
            years.add(new Year(year, ms.size(), rows, byBenefit, total));
        });
        return years;
    }

    static Totals add(Totals a, Totals b) {
        return new Totals(
                a.paidDays() + b.paidDays(),
                a.recipients() + b.recipients(),
                a.euros().add(b.euros()),
                a.cost().add(b.cost()),
                a.costFromEuros().add(b.costFromEuros()),
                a.oldCost().add(b.oldCost()));
    }

    /** The band the class is priced at: the one it lies in, if any; see {@link #bandFor(List, DayClass)}. */
    static Optional<Band> bandFor(CostParameters params, DayClass dayClass) {
        return bandFor(params.bands(), dayClass);
    }

    /**
     * The band a class is priced at: the one the whole class lies in; for the open class Kela
     * publishes ({@code yli 500}, which the data does not split at day 700), the band of its first
     * day, so that its cost is a lower bound ({@link #lowerBound}); a closed class across bands has
     * none.
     */
    static Optional<Band> bandFor(List<Band> bands, DayClass dayClass) {
        Optional<Band> whole = bands.stream()
                .filter(b -> dayClass.within(b.fromDay(), b.toDay()))
                .findFirst();
        if (whole.isPresent() || dayClass.toDay() != null) {
            return whole;
        }
        return bands.stream()
                .filter(b ->
                        b.fromDay() <= dayClass.fromDay() && (b.toDay() == null || b.toDay() >= dayClass.fromDay()))
                .findFirst();
    }

    /** Whether a class is priced at a band it reaches beyond (the open class over several bands). */
    static boolean lowerBound(Band band, DayClass dayClass) {
        return dayClass.toDay() == null && band.toDay() != null;
    }

    /** An exact amount rounded half up to the cent, for showing. */
    static BigDecimal cents(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_UP);
    }
}
