package fi.livskraft.economypages;

import fi.livskraft.area.AreaDirectory;
import fi.livskraft.area.Municipality;
import fi.livskraft.economy.CostParameters;
import fi.livskraft.economy.Model;
import fi.livskraft.evidence.LabourFact;
import fi.livskraft.evidence.LabourMarket;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/**
 * A municipality's AN2024 cost for a year, for other modules (the municipality's situation).
 *
 * <p>Basis KELA: the employment area has Kela's figures for the year; the municipality's part is its
 * share of the members' state-share compensation for the year when every member has one, else its
 * share of the members' unemployed jobseekers in the latest month with figures. Year to date: the
 * months with figures; full year: year to date x 12 / months.
 *
 * <p>Basis ESTIMATE: no figures for the year. The area's latest year of figures (else the pooled
 * figures of every area that has some) gives a month's cost per unemployed jobseeker by band (the
 * average month divided by those areas' unemployed jobseekers in the latest labour-market month);
 * times the municipality's unemployed jobseekers in that month. Year to date: that month's cost
 * times the months elapsed (all twelve for a past year); full year: times 12.
 */
@Service
public class MunicipalCosts {

    public enum Basis {
        KELA,
        ESTIMATE
    }

    /** How the municipality's part of the area's figures is found. */
    public enum Key {
        COMPENSATION,
        UNEMPLOYED
    }

    /** One paid-day band: days, the municipality's share of the daily amount, the cost (cents). */
    public record BandCost(int fromDay, Integer toDay, BigDecimal sharePercent, BigDecimal cost) {}

    /** A source of figures behind the cost. */
    public record CostSource(String publisher, String dataset, String vintage, LocalDate periodTo, boolean demo) {}

    /**
     * The cost of one municipality and year. Money in euros rounded to cents; {@code cost} is the
     * full-year figure and the sum of {@code byBand}; compensation and net are null where no
     * compensation is entered.
     *
     * @param months months of Kela's figures in the year (KELA) or months elapsed (ESTIMATE)
     * @param keyPercent the municipality's part of the base in percent (4 decimals)
     * @param keyPeriod the labour-market month of an UNEMPLOYED key or of the estimate
     * @param baseYear the year of the Kela figures used
     * @param pooled the estimate used the figures of all areas with figures, not the own area's
     */
    public record View(
            int year,
            Basis basis,
            int months,
            BigDecimal yearToDate,
            BigDecimal cost,
            BigDecimal longTermCost,
            List<BandCost> byBand,
            BigDecimal compensation,
            String compensationSource,
            BigDecimal net,
            Key key,
            BigDecimal keyPercent,
            String keyPeriod,
            int baseYear,
            boolean pooled,
            BigDecimal unemployed,
            List<CostSource> sources,
            LocalDate dailyAmountFrom,
            BigDecimal dailyAmount) {

        public boolean demo() {
            return sources.stream().anyMatch(CostSource::demo);
        }

        /** The newest month of the Kela figures behind the cost. */
        public LocalDate vintage() {
            return sources.stream()
                    .map(CostSource::periodTo)
                    .filter(d -> d != null)
                    .max(LocalDate::compareTo)
                    .orElse(null);
        }
    }

    private static final String UNEMPLOYED = "UNEMPLOYED_JOBSEEKERS";

    private final AreaDirectory directory;
    private final AreaEconomyService areas;
    private final KelaFacts facts;
    private final EconomyRules rules;
    private final LabourMarket labourMarket;

    MunicipalCosts(
            AreaDirectory directory,
            AreaEconomyService areas,
            KelaFacts facts,
            EconomyRules rules,
            LabourMarket labourMarket) {
        this.directory = directory;
        this.areas = areas;
        this.facts = facts;
        this.rules = rules;
        this.labourMarket = labourMarket;
    }

    /** The years the cost can be asked for: from the first year of AN2024 to the current year (Helsinki). */
    public List<Integer> years() {
        int now = LocalDate.now(EconomyRules.ZONE).getYear();
        int first = rules.firstYear(Model.AN2024).orElse(now + 1);
        return IntStream.rangeClosed(first, now).boxed().toList();
    }

    /** The cost of a municipality in a year; empty in Åland, outside AN2024's years or without any basis. */
    public Optional<View> cost(String municipalityCode, int year) {
        Municipality m = directory.municipality(municipalityCode).orElse(null);
        if (m == null || m.employmentAreaId() == null || !years().contains(year)) {
            return Optional.empty();
        }
        CostParameters params = rules.inForce(Model.AN2024, LocalDate.of(year, 1, 1))
                .or(() -> rules.inForce(Model.AN2024, LocalDate.of(year, 12, 31)))
                .orElse(null);
        if (params == null) {
            return Optional.empty();
        }
        AreaEconomyReport own = areas.report(m.employmentAreaId(), year);
        if (own.hasFigures() && own.year() == year) {
            return kela(m, year, own, params);
        }
        return estimate(m, year, own, params);
    }

    private Optional<View> kela(Municipality m, int year, AreaEconomyReport report, CostParameters params) {
        AreaEconomy.Year y = report.shownYear().orElseThrow();
        List<MunicipalCostModel.BandAmount> area = MunicipalCostModel.byBand(y, params);
        BigDecimal num;
        BigDecimal den;
        Key key;
        String keyPeriod = null;
        BigDecimal ownUnemployed = null;
        List<CostSource> sources = new ArrayList<>(sources(report));
        AreaEconomyReport.MemberCompensation comp = report.member(m.code()).orElse(null);
        if (report.compensationComplete()
                && comp != null
                && report.compensationTotal().signum() > 0) {
            num = comp.amount();
            den = report.compensationTotal();
            key = Key.COMPENSATION;
        } else {
            Unemployed u = unemployed(m.code(), report.area().members());
            if (u == null) {
                return Optional.empty();
            }
            num = u.own();
            den = u.base();
            key = Key.UNEMPLOYED;
            keyPeriod = u.period();
            ownUnemployed = u.own();
            sources.add(u.source());
        }
        List<MunicipalCostModel.BandAmount> ytd = MunicipalCostModel.cents(MunicipalCostModel.scale(area, num, den));
        List<MunicipalCostModel.BandAmount> full = MunicipalCostModel.cents(MunicipalCostModel.scale(
                area, num.multiply(BigDecimal.valueOf(12)), den.multiply(BigDecimal.valueOf(y.months()))));
        return Optional.of(view(
                m,
                year,
                Basis.KELA,
                y.months(),
                ytd,
                full,
                key,
                percent(num, den),
                keyPeriod,
                year,
                false,
                ownUnemployed,
                sources,
                params));
    }

    private Optional<View> estimate(Municipality m, int year, AreaEconomyReport own, CostParameters params) {
        List<AreaEconomyReport> bases = new ArrayList<>();
        boolean pooled = false;
        if (own.hasFigures()) {
            bases.add(own);
        } else {
            pooled = true;
            for (String id : facts.areasWithFigures()) {
                AreaEconomyReport r = areas.report(id, null);
                if (r.hasFigures()) {
                    bases.add(r);
                }
            }
        }
        if (bases.isEmpty()) {
            return Optional.empty();
        }
        List<Municipality> baseMembers = new ArrayList<>();
        bases.forEach(r -> baseMembers.addAll(r.area().members()));
        Unemployed u = unemployed(m.code(), baseMembers);
        if (u == null) {
            return Optional.empty();
        }
        List<MunicipalCostModel.BandAmount> monthly = List.of();
        int baseYear = 0;
        List<CostSource> sources = new ArrayList<>();
        for (AreaEconomyReport r : bases) {
            AreaEconomy.Year y = r.shownYear().orElseThrow();
            baseYear = Math.max(baseYear, y.year());
            monthly = MunicipalCostModel.plus(
                    monthly,
                    MunicipalCostModel.scale(
                            MunicipalCostModel.byBand(y, params), BigDecimal.ONE, BigDecimal.valueOf(y.months())));
            sources.addAll(sources(r));
        }
        sources.add(u.source());
        LocalDate today = LocalDate.now(EconomyRules.ZONE);
        int elapsed = year == today.getYear() ? today.getMonthValue() : 12;
        List<MunicipalCostModel.BandAmount> ytd = MunicipalCostModel.cents(
                MunicipalCostModel.scale(monthly, u.own().multiply(BigDecimal.valueOf(elapsed)), u.base()));
        List<MunicipalCostModel.BandAmount> full = MunicipalCostModel.cents(
                MunicipalCostModel.scale(monthly, u.own().multiply(BigDecimal.valueOf(12)), u.base()));
        return Optional.of(view(
                m,
                year,
                Basis.ESTIMATE,
                elapsed,
                ytd,
                full,
                Key.UNEMPLOYED,
                percent(u.own(), u.base()),
                u.period(),
                baseYear,
                pooled,
                u.own(),
                sources.stream().distinct().toList(),
                params));
    }

    private View view(
            Municipality m,
            int year,
            Basis basis,
            int months,
            List<MunicipalCostModel.BandAmount> ytd,
            List<MunicipalCostModel.BandAmount> full,
            Key key,
            BigDecimal keyPercent,
            String keyPeriod,
            int baseYear,
            boolean pooled,
            BigDecimal unemployed,
            List<CostSource> sources,
            CostParameters params) {
        BigDecimal cost = MunicipalCostModel.total(full);
        Optional<EconomyRules.Compensation> comp = rules.compensation(m.code(), year);
        BigDecimal compensation = comp.map(EconomyRules.Compensation::amount).orElse(null);
        return new View(
                year,
                basis,
                months,
                MunicipalCostModel.total(ytd),
                cost,
                MunicipalCostModel.longTerm(full),
                full.stream()
                        .map(b -> new BandCost(b.fromDay(), b.toDay(), b.sharePercent(), b.amount()))
                        .toList(),
                compensation,
                comp.map(EconomyRules.Compensation::source).orElse(null),
                compensation == null ? null : cost.subtract(compensation),
                key,
                keyPercent,
                keyPeriod,
                baseYear,
                pooled,
                unemployed,
                sources,
                params.validFrom(),
                params.dailyAmount());
    }

    private static BigDecimal percent(BigDecimal num, BigDecimal den) {
        return num.multiply(BigDecimal.valueOf(100)).divide(den, 4, RoundingMode.HALF_UP);
    }

    private static List<CostSource> sources(AreaEconomyReport r) {
        return r.sources().stream()
                .map(s -> new CostSource(s.publisher(), s.dataset(), s.vintage(), s.periodTo(), s.demo()))
                .toList();
    }

    /** The municipality's and the base members' unemployed jobseekers in the municipality's latest month. */
    private record Unemployed(String period, BigDecimal own, BigDecimal base, CostSource source) {}

    private Unemployed unemployed(String code, List<Municipality> members) {
        String period = labourMarket.latestPeriod("KU" + code, UNEMPLOYED).orElse(null);
        if (period == null) {
            return null;
        }
        List<String> areaCodes =
                new ArrayList<>(members.stream().map(x -> "KU" + x.code()).toList());
        areaCodes.add("KU" + code);
        Map<String, SortedMap<String, LabourFact>> totals =
                labourMarket.totals(areaCodes.stream().distinct().toList(), UNEMPLOYED, period);
        LabourFact own = Optional.ofNullable(totals.get("KU" + code))
                .map(t -> t.get(period))
                .orElse(null);
        if (own == null || own.value() == null) {
            return null;
        }
        BigDecimal base = members.stream()
                .map(x -> Optional.ofNullable(totals.get("KU" + x.code()))
                        .map(t -> t.get(period))
                        .map(LabourFact::value)
                        .orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (base.signum() <= 0) {
            return null;
        }
        var s = own.source();
        return new Unemployed(
                period, own.value(), base, new CostSource(s.publisher(), s.dataset(), s.vintage(), null, s.demo()));
    }
}
