package fi.livskraft.insight;

import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.Names;
import fi.livskraft.common.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The strongest shortages of an area, for other modules (the municipality's situation), and the
 * Swedish-language supply against demand of those occupations. Public view: small cells hidden.
 *
 * <p>Ranking rule: the months of the window in shortage or strong shortage ({@link
 * PersistentShortage}, most first), then the latest month's tightness (highest first), then the
 * ISCO code.
 */
@Service
public class AreaShortages {

    /** One occupation: the latest month's figures and how many months of the window it was in shortage. */
    public record Shortage(
            String iscoCode,
            Names names,
            BigDecimal vacancies,
            BigDecimal unemployed,
            Tightness tightness,
            int persistentMonths,
            int windowMonths) {}

    /** The ranked shortages of an area over the window, with the sources of the cells. */
    public record Report(
            String areaCode,
            List<String> periods,
            boolean estimated,
            List<Shortage> rows,
            List<SourceRef> sources,
            BigDecimal shortageThreshold) {

        public String latestPeriod() {
            return periods.isEmpty() ? null : periods.get(periods.size() - 1);
        }
    }

    /** Supply taught in Swedish against demand, for one occupation (the gap analysis in Swedish). */
    public record LanguageGap(String iscoCode, Names names, GapRow row) {}

    private final Insights insights;

    AreaShortages(Insights insights) {
        this.insights = insights;
    }

    /** The top {@code limit} occupations of an area code (TA:id, KU499, MK15, SSS) by the ranking rule. */
    public Report strongest(String areaCode, int limit) {
        Insights.ShortageRanking ranking = insights.shortageRanking(areaCode);
        List<Shortage> rows = ranking.rows().stream()
                .limit(limit)
                .map(s -> suppressed(s, insights.suppression()))
                .toList();
        return new Report(
                ranking.area().code(),
                ranking.periods(),
                ranking.estimated(),
                rows,
                ranking.sources(),
                insights.thresholds().shortage());
    }

    /** Every occupation of the cells with a ratio in the latest month, ranked (pure). */
    static List<Shortage> rank(
            List<MonthlyCell> cells, List<String> window, TightnessThresholds thresholds, Map<String, Names> names) {
        Map<String, List<MonthlyCell>> byIsco = new TreeMap<>();
        cells.forEach(c ->
                byIsco.computeIfAbsent(c.iscoCode(), k -> new ArrayList<>()).add(c));
        List<Shortage> out = new ArrayList<>();
        String last = window.isEmpty() ? null : window.get(window.size() - 1);
        byIsco.forEach((isco, list) -> {
            PersistentShortage p = PersistentShortage.evaluate(list, window, thresholds, ShortageRule.DEFAULT);
            MonthlyCell latest = list.stream()
                    .filter(c -> c.period().equals(last))
                    .findFirst()
                    .orElse(null);
            if (latest == null) {
                return;
            }
            BigDecimal v = round(latest.vacancies());
            BigDecimal u = round(latest.unemployed());
            Tightness t = Tightness.of(v, u, thresholds);
            if (!t.hasRatio()) {
                return;
            }
            Names n = names.get(isco);
            out.add(new Shortage(
                    isco, n == null ? new Names(isco, isco, isco) : n, v, u, t, p.shortageMonths(), window.size()));
        });
        out.sort(Comparator.comparingInt(Shortage::persistentMonths)
                .reversed()
                .thenComparing(s -> s.tightness().ratio(), Comparator.reverseOrder())
                .thenComparing(Shortage::iscoCode));
        return out;
    }

    private static Shortage suppressed(Shortage s, Suppression suppression) {
        Tightness t = s.tightness().suppressed(suppression);
        return t == s.tightness()
                ? s
                : new Shortage(
                        s.iscoCode(),
                        s.names(),
                        s.vacancies(),
                        suppression.hides(s.unemployed()) ? null : s.unemployed(),
                        t,
                        s.persistentMonths(),
                        s.windowMonths());
    }

    /** Estimated cells to one decimal of a person (as the area pages show them). */
    private static BigDecimal round(BigDecimal v) {
        return v == null ? null : v.setScale(1, RoundingMode.HALF_UP);
    }

    /**
     * The Swedish-language gap rows (supply taught in Swedish against demand) of the given
     * occupations in an area, in the order given; occupations without a row are left out.
     */
    public List<LanguageGap> swedish(String areaCode, List<String> iscoCodes) {
        Insights.GapReport report;
        try {
            report = insights.gapForCurrentUser(areaCode, null, "sv", null, null);
        } catch (InvalidInputException | NotFoundException e) {
            return List.of();
        }
        Set<String> wanted = Set.copyOf(iscoCodes);
        Map<String, GapRow> rows = report.rows().stream()
                .filter(r -> wanted.contains(r.iscoCode()))
                .collect(Collectors.toMap(GapRow::iscoCode, r -> r, (a, b) -> a));
        Map<String, Names> names = insights.iscoNames();
        return iscoCodes.stream()
                .filter(rows::containsKey)
                .map(c -> new LanguageGap(c, names.getOrDefault(c, new Names(c, c, c)), rows.get(c)))
                .toList();
    }

    /** The education sources behind the Swedish-language supply. */
    public List<SourceRef> educationSources(String areaCode) {
        try {
            return insights.gapForCurrentUser(areaCode, null, "sv", null, null).educationSources();
        } catch (InvalidInputException | NotFoundException e) {
            return List.of();
        }
    }
}
