package fi.livskraft.insight;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs the analyses on the facts of the read model, as the public sees them (small cells suppressed). */
@Service
@Transactional(readOnly = true)
class Insights {

    static final String PERIOD = "\\d{4}M(0[1-9]|1[0-2])";
    static final Set<String> LANGUAGES = Set.of("all", "fi", "sv", "en");

    private final EvidenceFacts facts;
    private final InsightProperties properties;
    private final NeedInsights needs;

    Insights(EvidenceFacts facts, InsightProperties properties, NeedInsights needs) {
        this.facts = facts;
        this.properties = properties;
        this.needs = needs;
    }

    TightnessThresholds thresholds() {
        return properties.thresholds();
    }

    Suppression suppression() {
        return properties.suppression();
    }

    int needsHorizonMonths() {
        return properties.needsHorizonMonths();
    }

    // ------------------------------------------------------------ tightness

    record TightnessView(String area, String occupation, String period, Tightness tightness, SourceRef source) {}

    TightnessView tightness(String area, String occupation, String period) {
        List<FieldError> errors = new ArrayList<>();
        if (area == null || AreaLevel.ofCode(area).isEmpty()) {
            errors.add(FieldError.of("area", "insight.error.area", String.valueOf(area)));
        }
        if (occupation == null || !occupation.matches("SSS|\\d{1,4}|X\\d{3}")) {
            errors.add(FieldError.of("occupation", "insight.error.occupation", String.valueOf(occupation)));
        }
        if (period == null || !period.matches(PERIOD)) {
            errors.add(FieldError.of("period", "insight.error.period", String.valueOf(period)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        EvidenceFacts.LabourCell cell = facts.cell(area, occupation, period)
                .orElseThrow(
                        () -> new NotFoundException("labour-market fact", area + " / " + occupation + " / " + period));
        return new TightnessView(area, occupation, period, tightnessOf(cell), cell.source());
    }

    private Tightness tightnessOf(EvidenceFacts.LabourCell cell) {
        return Tightness.of(cell.vacancies(), cell.unemployed(), thresholds()).suppressed(suppression());
    }

    // ------------------------------------------------------------ cells of an area

    record AreaCells(List<MonthlyCell> cells, boolean estimated, List<SourceRef> sources) {}

    AreaCells cells(AreaRef area, String from, String to) {
        if (area.level().direct()) {
            List<EvidenceFacts.LabourCell> rows = facts.occupationCellsOf(List.of(area.code()), from, to);
            return new AreaCells(rows.stream().map(Insights::monthly).toList(), false, sources(rows));
        }
        List<String> members = facts.members(area);
        if (members.isEmpty()) {
            return new AreaCells(List.of(), true, List.of());
        }
        List<AreaShare> shares = facts.shares(members, from, to);
        List<String> regions =
                shares.stream().map(s -> "MK" + s.regionCode()).distinct().toList();
        List<EvidenceFacts.LabourCell> rows =
                regions.isEmpty() ? List.of() : facts.occupationCellsOf(regions, from, to);
        Map<String, List<MonthlyCell>> byRegion = rows.stream()
                .collect(Collectors.groupingBy(
                        c -> c.areaCode().substring(2), Collectors.mapping(Insights::monthly, Collectors.toList())));
        List<SourceRef> sources = new ArrayList<>(sources(rows));
        facts.areaTotalSources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
        return new AreaCells(Allocation.allocate(byRegion, shares), true, sources);
    }

    private static MonthlyCell monthly(EvidenceFacts.LabourCell c) {
        return new MonthlyCell(c.iscoCode(), c.period(), c.vacancies(), c.unemployed());
    }

    private static List<SourceRef> sources(List<EvidenceFacts.LabourCell> rows) {
        return rows.stream().map(EvidenceFacts.LabourCell::source).distinct().toList();
    }

    List<String> periods() {
        return facts.occupationPeriods();
    }

    /** The months of an analysis: the given range, else the latest twelve months that have facts. */
    List<String> window(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        if (from != null && !from.isBlank() && !from.matches(PERIOD)) {
            errors.add(FieldError.of("from", "insight.error.period", from));
        }
        if (to != null && !to.isBlank() && !to.matches(PERIOD)) {
            errors.add(FieldError.of("to", "insight.error.period", to));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<String> all = periods();
        String last = to != null && !to.isBlank() ? to : all.isEmpty() ? "0000M01" : all.get(all.size() - 1);
        List<String> upTo = all.stream().filter(p -> p.compareTo(last) <= 0).toList();
        String first = from != null && !from.isBlank()
                ? from
                : upTo.isEmpty() ? last : upTo.get(Math.max(0, upTo.size() - 12));
        return all.stream()
                .filter(p -> p.compareTo(first) >= 0 && p.compareTo(last) <= 0)
                .toList();
    }

    // ------------------------------------------------------------ gap

    record GapReport(
            AreaRef area,
            String language,
            List<String> periods,
            boolean estimated,
            List<GapRow> rows,
            List<SourceRef> sources,
            List<SourceRef> educationSources,
            boolean hasSupply,
            boolean hasOutcomes,
            java.time.LocalDate needsFrom,
            java.time.LocalDate needsUntil,
            boolean smallCellsShown) {

        /**
         * The report as a viewer sees it: unchanged for those who see small cells ({@link
         * SmallCells}), with small cells hidden for everyone else; ranks stay those of the true values.
         */
        GapReport seenBy(boolean seesSmallCells, Suppression suppression) {
            if (seesSmallCells || !smallCellsShown) {
                return this;
            }
            return new GapReport(
                    area,
                    language,
                    periods,
                    estimated,
                    GapAnalysis.publicView(rows, suppression),
                    sources,
                    educationSources,
                    hasSupply,
                    hasOutcomes,
                    needsFrom,
                    needsUntil,
                    false);
        }
    }

    /** The gap as the signed-in user (or the public) may see it; the cached report is shared. */
    GapReport gapForCurrentUser(String areaCode, String level, String language, String from, String to) {
        return gap(areaCode, level, language, from, to).seenBy(SmallCells.visibleToCurrentUser(), suppression());
    }

    AreaRef area(String code, String field) {
        if (code == null || AreaLevel.ofCode(code).isEmpty()) {
            throw new InvalidInputException(List.of(FieldError.of(field, "insight.error.area", String.valueOf(code))));
        }
        return facts.area(code).orElseThrow(() -> new NotFoundException("area", code));
    }

    GapReport gap(String areaCode, String level, String language, String from, String to) {
        String lang = language == null || language.isBlank() ? "all" : language;
        List<FieldError> errors = new ArrayList<>();
        if (!LANGUAGES.contains(lang)) {
            errors.add(FieldError.of("language", "insight.error.language", lang));
        }
        if (level != null && !level.isBlank()) {
            AreaLevel.fromParam(level)
                    .ifPresentOrElse(
                            l -> {
                                if (AreaLevel.ofCode(areaCode).map(a -> a != l).orElse(false)) {
                                    errors.add(FieldError.of("level", "insight.error.level-mismatch", level, areaCode));
                                }
                            },
                            () -> errors.add(FieldError.of("level", "insight.error.level", level)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AreaRef area = area(areaCode, "area");
        List<String> months = window(from, to);
        AreaCells cells = months.isEmpty()
                ? new AreaCells(List.of(), !area.level().direct(), List.of())
                : cells(area, months.get(0), months.get(months.size() - 1));
        String region = area.level() == AreaLevel.COUNTRY ? null : area.regionCode();
        List<EvidenceFacts.SupplyRow> supply = switch (area.level()) {
            case COUNTRY -> facts.graduatesByOccupation(null, null, lang);
            case REGION -> facts.graduatesByOccupation(area.regionCode(), null, lang);
            default -> facts.graduatesByOccupation(null, facts.members(area), lang);
        };
        List<EvidenceFacts.AreaOutcome> outcomes = facts.areaOutcomes();
        Map<String, List<GraduateTerm>> terms = graduateTerms(supply, outcomes, region);
        NeedInsights.GapNeeds confirmed = needs.forGap(area, lang);
        List<GapRow> rows = GapAnalysis.compute(
                area.code(), lang, cells.cells(), terms, Map.of(), confirmed.perOccupation(), true, cells.estimated());
        List<SourceRef> sources = new ArrayList<>(cells.sources());
        sources.add(confirmed.source());
        return new GapReport(
                area,
                lang,
                months,
                cells.estimated(),
                rows,
                sources,
                facts.educationSources(),
                !supply.isEmpty(),
                !outcomes.isEmpty(),
                confirmed.from(),
                confirmed.until(),
                true);
    }

    /** Graduate terms per ISCO code, with the region's employed share of the qualification, else the nation's. */
    static Map<String, List<GraduateTerm>> graduateTerms(
            List<EvidenceFacts.SupplyRow> supply, List<EvidenceFacts.AreaOutcome> outcomes, String regionCode) {
        Map<String, OutcomeCounts> latest = new HashMap<>();
        for (EvidenceFacts.AreaOutcome o : outcomes) { // newest cohort first
            Integer g = o.counts().graduates();
            if (g != null && g > 0 && o.counts().employed() != null) {
                latest.putIfAbsent(o.areaCode() + "|" + o.qualificationCode(), o.counts());
            }
        }
        Map<String, List<GraduateTerm>> terms = new TreeMap<>();
        for (EvidenceFacts.SupplyRow row : supply) {
            OutcomeCounts regional =
                    regionCode == null ? null : latest.get("MK" + regionCode + "|" + row.qualificationCode());
            OutcomeCounts national = latest.get("SSS|" + row.qualificationCode());
            GraduateTerm term;
            if (regional != null) {
                term = new GraduateTerm(
                        row.qualificationCode(),
                        row.language(),
                        row.graduates(),
                        row.weight(),
                        share(regional),
                        GraduateTerm.ShareScope.REGION);
            } else if (national != null) {
                term = new GraduateTerm(
                        row.qualificationCode(),
                        row.language(),
                        row.graduates(),
                        row.weight(),
                        share(national),
                        GraduateTerm.ShareScope.NATION);
            } else {
                term = new GraduateTerm(
                        row.qualificationCode(),
                        row.language(),
                        row.graduates(),
                        row.weight(),
                        null,
                        GraduateTerm.ShareScope.NONE);
            }
            terms.computeIfAbsent(row.iscoCode(), k -> new ArrayList<>()).add(term);
        }
        return terms;
    }

    static BigDecimal share(OutcomeCounts c) {
        return BigDecimal.valueOf(c.employed()).divide(BigDecimal.valueOf(c.graduates()), 4, RoundingMode.HALF_UP);
    }

    // ------------------------------------------------------------ shortages of an area

    /** Every occupation of an area ranked by {@link AreaShortages#rank} (true values; suppress when shown). */
    record ShortageRanking(
            AreaRef area,
            List<String> periods,
            boolean estimated,
            List<AreaShortages.Shortage> rows,
            List<SourceRef> sources) {}

    ShortageRanking shortageRanking(String code) {
        AreaRef area = area(code, "area");
        List<String> months = window(null, null);
        AreaCells cells = months.isEmpty()
                ? new AreaCells(List.of(), !area.level().direct(), List.of())
                : cells(area, months.get(0), months.get(months.size() - 1));
        return new ShortageRanking(
                area,
                months,
                cells.estimated(),
                AreaShortages.rank(cells.cells(), months, thresholds(), iscoNames()),
                cells.sources());
    }

    // ------------------------------------------------------------ area page

    /** One occupation of an area: tightness in the latest month and the ratio in every month. */
    record Trend(String iscoCode, Tightness latest, List<Tightness> months, BigDecimal change) {}

    record AreaReport(
            AreaRef area,
            List<String> periods,
            boolean estimated,
            List<Trend> shortage,
            List<Trend> surplus,
            int occupations,
            List<SourceRef> sources) {}

    AreaReport areaReport(String code) {
        AreaRef area = area(code, "code");
        List<String> months = window(null, null);
        AreaCells cells = months.isEmpty()
                ? new AreaCells(List.of(), !area.level().direct(), List.of())
                : cells(area, months.get(0), months.get(months.size() - 1));
        Map<String, Map<String, MonthlyCell>> byIsco = new TreeMap<>();
        for (MonthlyCell c : cells.cells()) {
            byIsco.computeIfAbsent(c.iscoCode(), k -> new HashMap<>()).put(c.period(), c);
        }
        List<Trend> trends = new ArrayList<>();
        String last = months.isEmpty() ? null : months.get(months.size() - 1);
        for (Map.Entry<String, Map<String, MonthlyCell>> e : byIsco.entrySet()) {
            List<Tightness> series = new ArrayList<>();
            for (String m : months) {
                MonthlyCell c = e.getValue().get(m);
                series.add(
                        c == null
                                ? Tightness.of((BigDecimal) null, null, thresholds())
                                : Tightness.of(round(c.vacancies()), round(c.unemployed()), thresholds())
                                        .suppressed(suppression()));
            }
            Tightness latest = series.isEmpty() ? null : series.get(series.size() - 1);
            if (latest == null || !latest.hasRatio() || last == null) {
                continue;
            }
            Tightness first =
                    series.stream().filter(Tightness::hasRatio).findFirst().orElse(latest);
            trends.add(new Trend(e.getKey(), latest, series, latest.ratio().subtract(first.ratio())));
        }
        Comparator<Trend> byRatio = Comparator.comparing(t -> t.latest().ratio());
        List<Trend> shortage = trends.stream()
                .sorted(byRatio.reversed().thenComparing(Trend::iscoCode))
                .limit(10)
                .toList();
        List<Trend> surplus = trends.stream()
                .sorted(byRatio.thenComparing(Trend::iscoCode))
                .limit(10)
                .toList();
        return new AreaReport(area, months, cells.estimated(), shortage, surplus, trends.size(), cells.sources());
    }

    /** Estimated cells are shown to one decimal of a person. */
    private static BigDecimal round(BigDecimal v) {
        return v == null ? null : v.setScale(1, RoundingMode.HALF_UP);
    }

    // ------------------------------------------------------------ occupation page

    record RegionTightness(AreaRef area, Tightness tightness) {}

    record WeightedSupply(ProviderSupply supply, BigDecimal weight, BigDecimal weightedGraduates) {}

    record OccupationReport(
            String iscoCode,
            fi.livskraft.common.Names names,
            String period,
            List<String> periods,
            RegionTightness country,
            List<RegionTightness> regions,
            List<EvidenceFacts.CrosswalkRow> crosswalk,
            List<WeightedSupply> supply,
            List<SourceRef> sources,
            List<SourceRef> educationSources) {}

    OccupationReport occupation(String isco, String period) {
        if (isco == null || !isco.matches("\\d{4}")) {
            throw new InvalidInputException(List.of(FieldError.of("iscoCode", "insight.error.occupation", isco)));
        }
        var names = facts.isco(isco).orElseThrow(() -> new NotFoundException("occupation", isco));
        List<String> periods = periods();
        if (period != null && !period.isBlank() && !period.matches(PERIOD)) {
            throw new InvalidInputException(List.of(FieldError.of("period", "insight.error.period", period)));
        }
        String p = period != null && !period.isBlank()
                ? period
                : periods.isEmpty() ? null : periods.get(periods.size() - 1);
        List<EvidenceFacts.LabourCell> cells = p == null ? List.of() : facts.occupationCells(isco, p);
        Map<String, EvidenceFacts.LabourCell> byArea = new LinkedHashMap<>();
        cells.forEach(c -> byArea.put(c.areaCode(), c));
        List<RegionTightness> regions = new ArrayList<>();
        for (AreaRef r : facts.regions()) {
            EvidenceFacts.LabourCell c = byArea.get(r.code());
            regions.add(
                    new RegionTightness(r, c == null ? Tightness.of((Long) null, null, thresholds()) : tightnessOf(c)));
        }
        EvidenceFacts.LabourCell whole = byArea.get("SSS");
        RegionTightness country = new RegionTightness(
                facts.areas(AreaLevel.COUNTRY).get(0),
                whole == null ? Tightness.of((Long) null, null, thresholds()) : tightnessOf(whole));
        List<EvidenceFacts.CrosswalkRow> crosswalk = facts.crosswalk(isco);
        Map<String, BigDecimal> weights = new HashMap<>();
        crosswalk.forEach(c -> weights.put(c.qualificationCode(), c.weight()));
        List<WeightedSupply> supply = new ArrayList<>();
        if (!weights.isEmpty()) {
            List<ProviderSupply> rows = facts.supply(null, List.copyOf(weights.keySet()));
            int latestYear = rows.stream().mapToInt(ProviderSupply::year).max().orElse(0);
            for (ProviderSupply s : rows) {
                if (s.year() != latestYear) {
                    continue;
                }
                BigDecimal w = weights.get(s.qualificationCode());
                Integer g = suppression().count(s.graduates());
                ProviderSupply shown = new ProviderSupply(
                        s.providerId(),
                        s.providerName(),
                        s.providerSlug(),
                        s.qualificationCode(),
                        s.language(),
                        s.year(),
                        s.startPlaces(),
                        suppression().count(s.newStudents()),
                        suppression().count(s.students()),
                        g,
                        s.regionCode());
                supply.add(new WeightedSupply(
                        shown,
                        w,
                        g == null ? null : w.multiply(BigDecimal.valueOf(g)).setScale(2, RoundingMode.HALF_UP)));
            }
        }
        return new OccupationReport(
                isco, names, p, periods, country, regions, crosswalk, supply, sources(cells), facts.educationSources());
    }

    // ------------------------------------------------------------ provider page

    record ProviderReport(
            ProviderRef provider,
            List<ProviderSupply> supply,
            List<Effectiveness> effectiveness,
            List<SourceRef> sources) {}

    ProviderReport provider(String idOrSlug) {
        ProviderRef p = facts.provider(idOrSlug).orElseThrow(() -> new NotFoundException("provider", idOrSlug));
        List<ProviderSupply> supply = facts.supply(p.id(), null).stream()
                .map(s -> new ProviderSupply(
                        s.providerId(),
                        s.providerName(),
                        s.providerSlug(),
                        s.qualificationCode(),
                        s.language(),
                        s.year(),
                        s.startPlaces(),
                        suppression().count(s.newStudents()),
                        suppression().count(s.students()),
                        suppression().count(s.graduates()),
                        s.regionCode()))
                .toList();
        Map<String, OutcomeCounts> area = new HashMap<>();
        for (EvidenceFacts.AreaOutcome o : facts.areaOutcomes()) {
            area.putIfAbsent(o.areaCode() + "|" + o.qualificationCode() + "|" + o.cohortYear(), o.counts());
        }
        List<Effectiveness> effectiveness = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (EvidenceFacts.AreaOutcome o : facts.providerOutcomes(p.id())) { // newest cohort first per qualification
            if (!seen.add(o.qualificationCode())) {
                continue;
            }
            String key = "|" + o.qualificationCode() + "|" + o.cohortYear();
            effectiveness.add(Effectiveness.compare(
                    o.qualificationCode(),
                    o.cohortYear(),
                    o.counts(),
                    area.getOrDefault("MK" + p.regionCode() + key, OutcomeCounts.NONE),
                    area.getOrDefault("SSS" + key, OutcomeCounts.NONE),
                    suppression()));
        }
        return new ProviderReport(p, supply, effectiveness, facts.educationSources());
    }

    // ------------------------------------------------------------ lookups for pages

    List<AreaRef> areas(AreaLevel level) {
        return facts.areas(level);
    }

    List<ProviderRef> providers() {
        return facts.providersWithFacts();
    }

    Map<String, fi.livskraft.common.Names> iscoNames() {
        return facts.iscoNames();
    }

    Map<String, fi.livskraft.common.Names> qualificationNames() {
        return facts.qualificationNames();
    }
}
