package fi.livskraft.insight.bench;

import fi.livskraft.insight.Allocation;
import fi.livskraft.insight.AreaShare;
import fi.livskraft.insight.GapAnalysis;
import fi.livskraft.insight.GapRow;
import fi.livskraft.insight.GraduateTerm;
import fi.livskraft.insight.MonthlyCell;
import fi.livskraft.insight.Suppression;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Times the supply-demand gap for every region x every ISCO-08 unit group (4-digit, from the shipped
 * reference data) x 12 months on deterministic synthetic facts (seed 2023): vacancies 0-200 and
 * unemployed 0-400 per cell (one cell in twenty missing), 300 qualification-language graduate terms
 * per region spread over the occupations, then the public view (suppression, ranking). A second
 * figure times the estimate for 300 municipalities (allocation from their region + gap). Not a
 * unit test: run
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fi.livskraft.insight.bench.GapBenchmark [-Dexec.args="5 20"]
 * </pre>
 *
 * Arguments: warm-up runs, measured runs. Prints cells, rows and milliseconds per whole-country
 * run (p50, p95, min, max) and a checksum of the gaps, so runs can be compared.
 */
public final class GapBenchmark {

    static final List<String> REGIONS = List.of(
            "01", "02", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19",
            "21");

    public static void main(String[] args) throws IOException {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<String> isco = unitGroups();
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(String.format("2023M%02d", m));
        }
        SplittableRandom random = new SplittableRandom(2023);
        Map<String, List<MonthlyCell>> cells = new HashMap<>();
        Map<String, Map<String, List<GraduateTerm>>> terms = new HashMap<>();
        for (String region : REGIONS) {
            List<MonthlyCell> list = new ArrayList<>(isco.size() * months.size());
            for (String code : isco) {
                for (String month : months) {
                    list.add(new MonthlyCell(
                            code,
                            month,
                            random.nextInt(20) == 0 ? null : BigDecimal.valueOf(random.nextInt(201)),
                            random.nextInt(20) == 0 ? null : BigDecimal.valueOf(random.nextInt(401))));
                }
            }
            cells.put(region, list);
            Map<String, List<GraduateTerm>> byIsco = new HashMap<>();
            for (int q = 0; q < 300; q++) {
                String code = isco.get(random.nextInt(isco.size()));
                byIsco.computeIfAbsent(code, k -> new ArrayList<>())
                        .add(new GraduateTerm(
                                String.valueOf(370000 + q),
                                q % 5 == 0 ? "sv" : "fi",
                                random.nextInt(200),
                                BigDecimal.valueOf(1 + random.nextInt(100), 2),
                                BigDecimal.valueOf(50 + random.nextInt(40), 2),
                                GraduateTerm.ShareScope.REGION));
            }
            terms.put(region, byIsco);
        }
        Suppression suppression = new Suppression(5);

        for (int i = 0; i < warmup; i++) {
            regions(cells, terms, suppression);
        }
        long[] nanos = new long[runs];
        BigDecimal checksum = BigDecimal.ZERO;
        int rows = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            List<List<GapRow>> result = regions(cells, terms, suppression);
            nanos[i] = System.nanoTime() - start;
            rows = result.stream().mapToInt(List::size).sum();
            checksum = result.stream()
                    .flatMap(List::stream)
                    .map(GapRow::gap)
                    .filter(g -> g != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        report(
                "regions x ISCO unit groups x 12 months",
                REGIONS.size() * isco.size() * months.size(),
                rows,
                nanos,
                checksum);

        // 300 municipalities: each a share of one region (allocation), then the gap
        List<AreaShare> shares = new ArrayList<>();
        for (int m = 0; m < 300; m++) {
            String region = REGIONS.get(m % REGIONS.size());
            for (String month : months) {
                shares.add(new AreaShare(
                        region,
                        month,
                        BigDecimal.valueOf(1 + random.nextInt(50), 3),
                        BigDecimal.valueOf(1 + random.nextInt(50), 3)));
            }
        }
        for (int i = 0; i < Math.max(1, warmup / 2); i++) {
            municipalities(cells, shares, months.size(), suppression);
        }
        int municipalRuns = Math.max(3, runs / 4);
        long[] municipal = new long[municipalRuns];
        int municipalRows = 0;
        for (int i = 0; i < municipalRuns; i++) {
            long start = System.nanoTime();
            municipalRows = municipalities(cells, shares, months.size(), suppression);
            municipal[i] = System.nanoTime() - start;
        }
        report(
                "300 municipalities, estimated from their region",
                300 * isco.size() * months.size(),
                municipalRows,
                municipal,
                null);
    }

    static List<List<GapRow>> regions(
            Map<String, List<MonthlyCell>> cells,
            Map<String, Map<String, List<GraduateTerm>>> terms,
            Suppression suppression) {
        List<List<GapRow>> out = new ArrayList<>();
        for (String region : REGIONS) {
            out.add(GapAnalysis.publicView(
                    GapAnalysis.compute("MK" + region, "all", cells.get(region), terms.get(region), Map.of(), false),
                    suppression));
        }
        return out;
    }

    static int municipalities(
            Map<String, List<MonthlyCell>> cells, List<AreaShare> shares, int months, Suppression suppression) {
        int rows = 0;
        Map<String, List<MonthlyCell>> byRegion = new HashMap<>();
        for (int m = 0; m < shares.size() / months; m++) {
            List<AreaShare> own = shares.subList(m * months, (m + 1) * months);
            String region = own.get(0).regionCode();
            byRegion.clear();
            byRegion.put(region, cells.get(region));
            List<MonthlyCell> estimated = Allocation.allocate(byRegion, own);
            rows += GapAnalysis.publicView(
                            GapAnalysis.compute("KU" + m, "all", estimated, Map.of(), Map.of(), true), suppression)
                    .size();
        }
        return rows;
    }

    static void report(String what, long cells, int rows, long[] nanos, BigDecimal checksum) {
        Arrays.sort(nanos);
        int n = nanos.length;
        System.out.printf(
                "%s: %,d cells in, %,d rows out; per run p50 %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms (%d runs)%s%n",
                what,
                cells,
                rows,
                nanos[Math.min(n - 1, (int) Math.ceil(0.50 * n) - 1)] / 1e6,
                nanos[Math.min(n - 1, (int) Math.ceil(0.95 * n) - 1)] / 1e6,
                nanos[0] / 1e6,
                nanos[n - 1] / 1e6,
                n,
                checksum == null ? "" : "; checksum of gaps " + checksum.toPlainString());
    }

    /** The 4-digit ISCO-08 unit groups of the shipped reference data. */
    static List<String> unitGroups() throws IOException {
        List<String> codes = new ArrayList<>();
        for (String line : Files.readAllLines(
                Path.of("src", "main", "resources", "referencedata", "isco.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.split(";");
            if (f.length > 1 && f[1].equals("4")) {
                codes.add(f[0]);
            }
        }
        return codes;
    }
}
