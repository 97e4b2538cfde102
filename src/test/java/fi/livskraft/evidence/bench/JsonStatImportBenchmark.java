package fi.livskraft.evidence.bench;

import fi.livskraft.LivskraftApplication;
import fi.livskraft.common.FactImporter;
import fi.livskraft.common.ImportProgress;
import fi.livskraft.common.ImportReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports a generated JSON-stat 2.0 document of about a million cells (12ti shape: 20 areas x 433
 * occupations x 58 months x 2 measures = 1,004,560 cells, about 8 % missing) end to end through
 * the jsonstat2 importer into the embedded PostgreSQL (generic cells and labour-market facts), and
 * loads the same facts as CSV with PostgreSQL COPY (CopyManager) into a real table like
 * labour_market_fact (same indexes, checks and foreign key). Prints cells per second for both, their ratio and the peak heap of each phase
 * (JVM heap pools' peak usage, reset before each phase, and a 10 ms sampling thread). Not a test:
 *
 * <pre>
 * MAVEN_OPTS=-Xmx512m ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fi.livskraft.evidence.bench.JsonStatImportBenchmark [-Dexec.args="58"]
 * </pre>
 *
 * The argument is the number of months (58 gives 1,004,560 cells). A temporary database is used.
 */
public final class JsonStatImportBenchmark {

    public static void main(String[] args) throws Exception {
        int months = args.length > 0 ? Integer.parseInt(args[0]) : 58;
        Path dir = Files.createTempDirectory("livskraft-bench-");
        Path json = dir.resolve("bench-12ti.json");
        Path csv = dir.resolve("bench-12ti.csv");
        List<String> areas = areas();
        List<String> occupations = occupations();
        long cells = generate(json, csv, areas, occupations, months);
        System.out.printf(
                "document: %,d cells, %,d bytes JSON, %,d bytes CSV%n", cells, Files.size(json), Files.size(csv));

        SpringApplication app = new SpringApplication(LivskraftApplication.class);
        try (ConfigurableApplicationContext context = app.run(
                "--livskraft.data-dir=",
                "--server.port=0",
                "--livskraft.demo-data=false",
                "--logging.level.root=WARN")) {
            FactImporter importer = context.getBeansOfType(FactImporter.class).values().stream()
                    .filter(i -> i.format().equals("jsonstat2"))
                    .findFirst()
                    .orElseThrow();
            DataSource dataSource = context.getBean(DataSource.class);

            System.gc();
            Peak peak = Peak.start();
            long start = System.nanoTime();
            ImportReport report;
            try (InputStream in = Files.newInputStream(json)) {
                report = importer.importFile(json.getFileName().toString(), in, ImportProgress.NONE);
            }
            double importSeconds = (System.nanoTime() - start) / 1e9;
            long importPeak = peak.stop();
            System.out.printf(
                    "jsonstat2 import: %,d cells read, %,d stored, %.2f s, %,.0f cells/s, peak heap %,d MiB (%s)%n",
                    report.rowsRead(),
                    report.rowsStored(),
                    importSeconds,
                    cells / importSeconds,
                    importPeak >> 20,
                    report.warnings().isEmpty()
                            ? ""
                            : report.warnings()
                                    .get(report.warnings().size() - 1)
                                    .arguments());

            System.gc();
            peak = Peak.start();
            start = System.nanoTime();
            long copied;
            try (Connection c = dataSource.getConnection()) {
                // a real table like labour_market_fact: same indexes, checks and foreign key, logged
                c.createStatement().execute("create table bench_copy (like labour_market_fact including all)");
                c.createStatement()
                        .execute("alter table bench_copy add foreign key (source_id)"
                                + " references evidence_source (id) on delete cascade");
                long sourceId;
                try (var rs = c.createStatement().executeQuery("select max(id) from evidence_source")) {
                    rs.next();
                    sourceId = rs.getLong(1);
                }
                try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                    String prefix = sourceId + ",";
                    copied = c.unwrap(PGConnection.class)
                            .getCopyAPI()
                            .copyIn(
                                    "copy bench_copy (source_id, area_code, occupation_code, period, measure, value, status)"
                                            + " from stdin (format csv)",
                                    new SourceIdReader(reader, prefix));
                } finally {
                    c.createStatement().execute("drop table bench_copy");
                }
            }
            double copySeconds = (System.nanoTime() - start) / 1e9;
            long copyPeak = peak.stop();
            System.out.printf(
                    "plain COPY of the same rows: %,d rows, %.2f s, %,.0f cells/s, peak heap %,d MiB%n",
                    copied, copySeconds, cells / copySeconds, copyPeak >> 20);
            System.out.printf(
                    "ratio: the importer takes %.2f x the time of a bare COPY (it also parses, validates, spools,"
                            + " and writes every cell twice: generic cells and labour-market facts)%n",
                    importSeconds / copySeconds);
            System.out.printf("max heap (-Xmx): %,d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            Files.deleteIfExists(json);
            Files.deleteIfExists(csv);
            Files.deleteIfExists(dir);
        }
    }

    /** Writes the JSON-stat document and the same facts as CSV (without the source id); returns the cell count. */
    static long generate(Path json, Path csv, List<String> areas, List<String> occupations, int months)
            throws IOException {
        List<String> periods = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            periods.add(String.format("%dM%02d", 2019 + i / 12, i % 12 + 1));
        }
        String[] measures = {"TYOTTOMATLOPUSSA", "AVPAIKATLOPUSSA"};
        String[] facts = {"UNEMPLOYED_JOBSEEKERS", "OPEN_VACANCIES"};
        SplittableRandom random = new SplittableRandom(2023);
        long n = 0;
        try (BufferedWriter j = Files.newBufferedWriter(json, StandardCharsets.UTF_8);
                BufferedWriter c = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            j.write("{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"Benchmark 12ti\","
                    + "\"source\":\"Tilastokeskus, työnvälitystilasto\",\"updated\":\"2099-01-01T00:00:00Z\","
                    + "\"id\":[\"Alue\",\"Ammattiryhmä\",\"Kuukausi\",\"Tiedot\"],");
            j.write("\"size\":[" + areas.size() + "," + occupations.size() + "," + months + ",2],\"dimension\":{");
            j.write("\"Alue\":{\"category\":{\"index\":" + array(areas) + "}},");
            j.write("\"Ammattiryhmä\":{\"category\":{\"index\":" + array(occupations) + "}},");
            j.write("\"Kuukausi\":{\"category\":{\"index\":" + array(periods) + "}},");
            j.write("\"Tiedot\":{\"category\":{\"index\":" + array(List.of(measures)) + "}}},\"value\":[");
            StringBuilder status = new StringBuilder("{");
            for (String area : areas) {
                for (String occupation : occupations) {
                    for (String period : periods) {
                        for (int m = 0; m < 2; m++) {
                            boolean missing = random.nextInt(100) < 8;
                            int value = random.nextInt(5000);
                            if (n > 0) {
                                j.write(',');
                            }
                            j.write(missing ? "null" : Integer.toString(value));
                            c.write(area + "," + occupation + "," + period + "," + facts[m] + ","
                                    + (missing ? ",.." : Integer.toString(value) + ",") + "\n");
                            if (missing && status.length() < 4_000_000) {
                                status.append(status.length() > 1 ? "," : "")
                                        .append('"')
                                        .append(n)
                                        .append("\":\"..\"");
                            }
                            n++;
                        }
                    }
                }
            }
            j.write("],\"status\":" + status + "}}");
        }
        return n;
    }

    /** Puts the source id in front of every CSV line (the file is written before the source exists). */
    static final class SourceIdReader extends Reader {
        private final java.io.BufferedReader in;
        private final String prefix;
        private String line = "";
        private int position;

        SourceIdReader(Reader in, String prefix) {
            this.in = new java.io.BufferedReader(in, 1 << 16);
            this.prefix = prefix;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (position >= line.length()) {
                String next = in.readLine();
                if (next == null) {
                    return -1;
                }
                line = prefix + next + "\n";
                position = 0;
            }
            int n = Math.min(length, line.length() - position);
            line.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    static String array(List<String> codes) {
        return "[" + String.join(",", codes.stream().map(s -> "\"" + s + "\"").toList()) + "]";
    }

    static List<String> areas() {
        return List.of(
                "SSS", "MK01", "MK02", "MK04", "MK05", "MK06", "MK07", "MK08", "MK09", "MK10", "MK11", "MK12", "MK13",
                "MK14", "MK15", "MK16", "MK17", "MK18", "MK19", "MK21");
    }

    /** SSS and the first 432 ISCO-08 codes of the shipped classification. */
    static List<String> occupations() throws IOException {
        List<String> codes = new ArrayList<>();
        codes.add("SSS");
        try (InputStream in = JsonStatImportBenchmark.class.getResourceAsStream("/referencedata/isco.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length && codes.size() < 433; i++) {
                codes.add(lines[i].substring(0, lines[i].indexOf(';')));
            }
        }
        return codes;
    }

    /** The largest heap in use during a phase: pools' peak usage and a sampling thread. */
    static final class Peak {
        private final AtomicLong sampled = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        private Peak() {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            sampler = new Thread(() -> {
                while (running) {
                    long used = Runtime.getRuntime().totalMemory()
                            - Runtime.getRuntime().freeMemory();
                    sampled.accumulateAndGet(used, Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }

        static Peak start() {
            return new Peak();
        }

        long stop() throws InterruptedException {
            running = false;
            sampler.join();
            long pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed())
                    .sum();
            return Math.max(pools, sampled.get());
        }
    }
}
