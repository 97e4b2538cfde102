package fi.livskraft.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Supply against demand for one area and language, per occupation, ranked by the gap (largest
 * shortage first). Vacancies and unemployed jobseekers are the averages of the monthly stocks over
 * the months given (a month missing in the source is left out of its average); replacement demand
 * is 0 where unknown; confirmed workforce needs are the persons of the confirmed, not closed needs
 * of the area ({@link NeedDemand}), 0 where there are none.
 */
public final class GapAnalysis {

    private GapAnalysis() {}

    /**
     * @param cells the monthly cells of the area (any number of occupations and months)
     * @param graduates graduate terms per ISCO code (already filtered to the language)
     * @param replacement known replacement demand per ISCO code (absent = unknown)
     */
    public static List<GapRow> compute(
            String areaCode,
            String language,
            List<MonthlyCell> cells,
            Map<String, List<GraduateTerm>> graduates,
            Map<String, BigDecimal> replacement,
            boolean estimated) {
        return compute(areaCode, language, cells, graduates, replacement, Map.of(), false, estimated);
    }

    /**
     * @param needs persons of confirmed workforce needs per ISCO code ({@link NeedDemand})
     * @param needsAvailable whether the needs were read (false: the term is 0 and says so)
     */
    public static List<GapRow> compute(
            String areaCode,
            String language,
            List<MonthlyCell> cells,
            Map<String, List<GraduateTerm>> graduates,
            Map<String, BigDecimal> replacement,
            Map<String, BigDecimal> needs,
            boolean needsAvailable,
            boolean estimated) {
        Map<String, Acc> byIsco = new LinkedHashMap<>();
        for (MonthlyCell c : cells) {
            byIsco.computeIfAbsent(c.iscoCode(), k -> new Acc()).add(c);
        }
        for (String isco : graduates.keySet()) {
            byIsco.computeIfAbsent(isco, k -> new Acc());
        }
        for (String isco : needs.keySet()) {
            byIsco.computeIfAbsent(isco, k -> new Acc());
        }
        List<GapRow> rows = new ArrayList<>(byIsco.size());
        BigDecimal zero = BigDecimal.ZERO.setScale(GapRow.SCALE);
        for (Map.Entry<String, Acc> e : byIsco.entrySet()) {
            String isco = e.getKey();
            Acc acc = e.getValue();
            BigDecimal vacancies = acc.vacancyAverage();
            BigDecimal unemployed = acc.unemployedAverage();
            BigDecimal known = replacement.get(isco);
            BigDecimal repl = known == null ? zero : known.setScale(GapRow.SCALE, RoundingMode.HALF_UP);
            BigDecimal need = needs.getOrDefault(isco, zero).setScale(GapRow.SCALE, RoundingMode.HALF_UP);
            BigDecimal demand = vacancies.add(repl).add(need);
            List<GraduateTerm> terms = graduates.getOrDefault(isco, List.of());
            BigDecimal graduateSupply =
                    terms.stream().map(GraduateTerm::contribution).reduce(zero, BigDecimal::add);
            BigDecimal supply = graduateSupply.add(unemployed);
            rows.add(new GapRow(
                    0,
                    areaCode,
                    isco,
                    language,
                    acc.months(),
                    vacancies,
                    repl,
                    known != null,
                    need,
                    needsAvailable,
                    demand,
                    terms,
                    graduateSupply,
                    unemployed,
                    supply,
                    demand.subtract(supply),
                    estimated,
                    false));
        }
        return rank(rows);
    }

    /**
     * Ranked on the true values, before any suppression: first the occupations where confirmed
     * workforce needs make a shortage (needs above 0 and a gap above 0), then every other row; each
     * group by gap, largest first, ties by ISCO code. A row keeps its rank when the public view later
     * hides its gap, so a hidden number never moves its row.
     */
    public static List<GapRow> rank(List<GapRow> rows) {
        List<GapRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((GapRow r) -> !needsMakeAGap(r))
                .thenComparing(GapRow::gap, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(GapRow::iscoCode));
        List<GapRow> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            ranked.add(sorted.get(i).withRank(i + 1));
        }
        return ranked;
    }

    /** Whether confirmed needs are part of the demand of a row that shows a shortage. */
    static boolean needsMakeAGap(GapRow r) {
        return r.confirmedNeeds() != null
                && r.confirmedNeeds().signum() > 0
                && r.gap() != null
                && r.gap().signum() > 0;
    }

    /**
     * The rows as the public sees them: small cells suppressed, each row in its place and with its
     * rank from the true values ({@link #rank}).
     */
    public static List<GapRow> publicView(List<GapRow> rows, Suppression suppression) {
        return rows.stream().map(r -> r.suppressed(suppression)).toList();
    }

    /** Sums and month counts of one occupation. */
    private static final class Acc {
        private BigDecimal vacancySum = BigDecimal.ZERO;
        private int vacancyMonths;
        private BigDecimal unemployedSum = BigDecimal.ZERO;
        private int unemployedMonths;
        private final java.util.Set<String> periods = new java.util.HashSet<>();

        void add(MonthlyCell c) {
            periods.add(c.period());
            if (c.vacancies() != null) {
                vacancySum = vacancySum.add(c.vacancies());
                vacancyMonths++;
            }
            if (c.unemployed() != null) {
                unemployedSum = unemployedSum.add(c.unemployed());
                unemployedMonths++;
            }
        }

        int months() {
            return periods.size();
        }

        BigDecimal vacancyAverage() {
            return average(vacancySum, vacancyMonths);
        }

        BigDecimal unemployedAverage() {
            return average(unemployedSum, unemployedMonths);
        }

        private static BigDecimal average(BigDecimal sum, int n) {
            return n == 0
                    ? BigDecimal.ZERO.setScale(GapRow.SCALE)
                    : sum.divide(BigDecimal.valueOf(n), GapRow.SCALE, RoundingMode.HALF_UP);
        }
    }
}
