package fi.livskraft.operations;

import static fi.livskraft.Counts.count;
import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.LivskraftApplication;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.ReferenceImporter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application hard-killed (SIGKILL) in the middle of a long import leaves the database
 * consistent: nothing of the half-done import is stored, and the same import run again succeeds.
 * The application runs in a child JVM on a PostgreSQL started by this test; the kill comes the
 * moment the import's transaction holds written, uncommitted rows.
 */
class KilledImportTests {

    private static final String IMPORTER = "kela-an2024-benefits";
    private static final String FILE = "kela-big.csv";

    @TempDir
    Path dir;

    @Test
    void aHardKillMidImportStoresNothingAndTheImportCanBeRunAgain() throws Exception {
        Path file = dir.resolve(FILE);
        int rows = writeBigKelaFile(file);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource db = postgres.getPostgresDatabase();
            String url = postgres.getJdbcUrl("postgres", "postgres");

            Process first = child(url, file);
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            awaitLine(out, "IMPORTING", first);
            boolean caught = awaitUncommittedWrites(db, first, Duration.ofSeconds(120));
            assertThat(caught)
                    .as("the import was still writing when killed (make the file bigger if not)")
                    .isTrue();
            Runtime.getRuntime()
                    .exec(new String[] {"kill", "-9", String.valueOf(first.pid())})
                    .waitFor();
            first.waitFor(30, TimeUnit.SECONDS);
            awaitNoWriter(db, Duration.ofSeconds(30));

            assertThat(count(db, "select count(*) from kela_benefit_fact"))
                    .as("facts of the killed import")
                    .isZero();
            assertThat(count(db, "select count(*) from economy_source where file_name = '" + FILE + "'"))
                    .isZero();
            assertThat(count(db, "select count(*) from reference_import where file_name = '" + FILE + "'"))
                    .isZero();

            Process second = child(url, file);
            BufferedReader again =
                    new BufferedReader(new InputStreamReader(second.getInputStream(), StandardCharsets.UTF_8));
            String done = awaitLine(again, "DONE", second);
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(done).isEqualTo("DONE " + rows + " " + rows);
            assertThat(count(db, "select count(*) from kela_benefit_fact")).isEqualTo(rows);
            assertThat(count(db, "select count(*) from reference_import where file_name = '" + FILE + "'"))
                    .isEqualTo(1);
        }
    }

    /** Three years of months x every employment area x three benefits x the seven AN2024 day classes. */
    private static int writeBigKelaFile(Path file) throws Exception {
        List<String> areas = new ArrayList<>();
        try (InputStream in = KilledImportTests.class.getResourceAsStream("/referencedata/employment_areas.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    areas.add(lines[i].split(";")[0]);
                }
            }
        }
        String[] benefits = {"työmarkkinatuki", "peruspäiväraha", "ansiopäivärahan perusosa"};
        String[] classes = {"1-100", "101-200", "201-300", "301-400", "401-500", "501-700", "yli 700"};
        int rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("tilastokuukausi;alue;etuus;kertymaluokka;saajat;maksetut_paivat;euroa\n");
            for (int year = 2025; year < 2028; year++) {
                for (int month = 1; month <= 12; month++) {
                    for (String area : areas) {
                        for (String benefit : benefits) {
                            for (String dayClass : classes) {
                                w.write(String.format(
                                        "%d-%02d;%s;%s;%s;%d;%d;%d,50%n",
                                        year, month, area, benefit, dayClass, 10 + rows % 7, 200, 7000 + rows % 100));
                                rows++;
                            }
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static Process child(String url, Path file) throws Exception {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        // a short-lived child: the quick compiler alone starts it sooner
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ImportingApplication.class.getName(),
                        url,
                        file.toString())
                .redirectErrorStream(true)
                .start();
    }

    private static String awaitLine(BufferedReader out, String prefix, Process process) throws Exception {
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the child's output flowing
                        }
                    } catch (Exception e) {
                        // the child is gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return line;
            }
            seen.append(line).append('\n');
            if (seen.length() > 200_000) {
                seen.delete(0, 100_000);
            }
        }
        throw new AssertionError("the child ended (" + process.waitFor() + ") without " + prefix + ":\n"
                + seen.substring(Math.max(0, seen.length() - 5000)));
    }

    /** True once another transaction holds a write lock on the facts table (rows not yet committed). */
    private static boolean awaitUncommittedWrites(DataSource db, Process child, Duration timeout) throws Exception {
        Instant until = Instant.now().plus(timeout);
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            while (Instant.now().isBefore(until) && child.isAlive()) {
                try (ResultSet rs = s.executeQuery("select count(*) from pg_locks l join pg_class r on r.oid ="
                        + " l.relation where r.relname = 'kela_benefit_fact' and l.mode = 'RowExclusiveLock'"
                        + " and l.pid <> pg_backend_pid()")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return true;
                    }
                }
                Thread.sleep(2);
            }
        }
        return false;
    }

    private static void awaitNoWriter(DataSource db, Duration timeout) throws Exception {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (count(
                            db,
                            "select count(*) from pg_locks l join pg_class r on r.oid = l.relation"
                                    + " where r.relname = 'kela_benefit_fact'")
                    == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the killed application's transaction is still open");
    }

    /** The child: the application on the given database, running one import of the given file. */
    static final class ImportingApplication {

        public static void main(String[] args) throws Exception {
            ConfigurableApplicationContext app = new SpringApplicationBuilder(LivskraftApplication.class)
                    .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + args[0],
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=",
                            "--livskraft.demo-data=false",
                            "--spring.jmx.enabled=false",
                            "--logging.level.root=WARN");
            ReferenceImporter importer = app.getBeansOfType(ReferenceImporter.class).values().stream()
                    .filter(i -> i.id().equals(IMPORTER))
                    .findFirst()
                    .orElseThrow();
            System.out.println("IMPORTING");
            System.out.flush();
            ImportReport report;
            try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                report = importer.importFile(FILE, in);
            }
            System.out.println("DONE " + report.rowsRead() + " " + report.rowsStored());
            System.out.flush();
            app.close();
            System.exit(0);
        }
    }
}
