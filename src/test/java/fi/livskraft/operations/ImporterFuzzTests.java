package fi.livskraft.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.IntegrationTest;
import fi.livskraft.common.FactImporter;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportProgress;
import fi.livskraft.common.ReferenceImporter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Fuzzes every importer in the application context (every {@link ReferenceImporter} and
 * {@link FactImporter} bean, so new importers are fuzzed without changing this test): valid seed
 * files ({@code src/test/resources/fuzz-seeds/<id>/}) are mutated and imported. The only allowed
 * failure is {@link ImportFailedException} whose problems name the file, a row and a field (no
 * field only for a problem of the shape of a file or record: empty, not JSON, wrong field count), and a
 * refused import must leave every table unchanged. Anything else (a parser's own exception, a
 * database error, a half-stored file) fails the test; the inputs are written to
 * {@code target/fuzz-failures/}.
 *
 * <p>Every seed file is imported as it is on every run, then {@code -Dfuzz.inputs=N} mutated inputs
 * per importer (default 30; the nightly run takes 200), {@code -Dfuzz.seed=S} to repeat a run. The database is backed up before and restored after, because a mutation can be valid and
 * get stored.
 */
@IntegrationTest
class ImporterFuzzTests {

    /** Mutated inputs per importer, after its seeds (and the generic ones) as they are. */
    private static final int INPUTS = Integer.getInteger("fuzz.inputs", 30);

    private static final long SEED = Long.getLong("fuzz.seed", 20250101L);

    /** Problems of a whole file or record (its shape), which name no field. */
    private static final java.util.Set<String> STRUCTURAL = java.util.Set.of(
            "import.error.empty-file",
            "import.error.not-json",
            "import.error.wrong-shape",
            "import.error.field-count",
            // whole-document problems of the statistics importers (they name the line and column or
            // the JSON path in their arguments, not a field)
            "evidence.jsonstat.syntax",
            "evidence.jsonstat.not-object",
            "evidence.jsonstat.trailing",
            "evidence.jsonstat.truncated",
            "evidence.jsonstat.version",
            "evidence.jsonstat.version-missing",
            "evidence.jsonstat.class",
            "evidence.jsonstat.class-missing",
            "evidence.csv.no-rows",
            "education.import.error.no-figures",
            "occupation.import.error.no-occupations");

    @Autowired
    ApplicationContext context;

    @Autowired
    DatabaseBackup backup;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    /** One importer, whichever interface it implements. */
    record Target(String id, Importer importer) {}

    @FunctionalInterface
    interface Importer {
        void run(String fileName, InputStream content);
    }

    @Test
    void importersRefuseBrokenFilesOnlyWithClearProblemsAndChangeNothing() throws Exception {
        List<Target> targets = targets();
        assertThat(targets).as("importers in the context").isNotEmpty();
        ByteArrayOutputStream checkpoint = new ByteArrayOutputStream();
        backup.write(checkpoint);
        List<String> failures = new ArrayList<>();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "fuzz", "n/a", AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
        try {
            for (Target target : targets) {
                failures.addAll(fuzz(target));
            }
        } finally {
            SecurityContextHolder.clearContext();
            backup.restore(new ByteArrayInputStream(checkpoint.toByteArray()));
        }
        assertThat(failures)
                .as("importer failures other than clear import errors")
                .isEmpty();
    }

    private List<String> fuzz(Target target) throws IOException {
        List<byte[]> seeds = seeds(target.id());
        boolean generic = seeds.isEmpty();
        seeds.addAll(genericSeeds());
        Mutator mutator = new Mutator(SEED ^ target.id().hashCode(), seeds);
        List<String> failures = new ArrayList<>();
        long checkedXid = nextXid();
        Map<String, String> baseline = changeMarks();
        int accepted = 0;
        int refused = 0;
        long started = System.nanoTime();
        int total = seeds.size() + INPUTS;
        for (int i = 0; i < total; i++) {
            byte[] input = i < seeds.size() ? seeds.get(i) : mutator.next();
            String fileName = "fuzz-" + i + (looksLikeJson(input) ? ".json" : ".csv");
            try {
                target.importer().run(fileName, new ByteArrayInputStream(input));
                accepted++;
                checkedXid = nextXid();
                baseline = changeMarks();
            } catch (ImportFailedException e) {
                refused++;
                String unclear = unclear(e.problems(), fileName);
                if (unclear != null) {
                    failures.add(record(target, i, input, "unclear problem: " + unclear));
                }
                long next = nextXid();
                // the tables can only have changed if a transaction since the last check committed
                if (committedOrOpen(checkedXid, next)) {
                    Map<String, String> now = changeMarks();
                    if (!now.equals(baseline)) {
                        failures.add(
                                record(target, i, input, "refused import changed tables " + changed(baseline, now)));
                        baseline = now;
                    }
                }
                checkedXid = next;
            } catch (RuntimeException | Error e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                failures.add(record(target, i, input, trace.toString()));
                checkedXid = nextXid();
                baseline = changeMarks();
            }
        }
        System.out.printf(
                "Fuzz %s: %d inputs (%d seeds, %d mutated; %d accepted, %d refused, %d failures) in %d ms%s%n",
                target.id(),
                total,
                seeds.size(),
                INPUTS,
                accepted,
                refused,
                failures.size(),
                (System.nanoTime() - started) / 1_000_000,
                generic
                        ? " WARNING: no seed in src/test/resources/fuzz-seeds/" + target.id() + ", generic inputs only"
                        : "");
        return failures;
    }

    private static String unclear(List<ImportProblem> problems, String fileName) {
        if (problems.isEmpty()) {
            return "no problems";
        }
        for (ImportProblem p : problems) {
            if (!fileName.equals(p.file())
                    || p.row() < 0
                    || p.field() == null
                    || (p.field().isBlank() && !STRUCTURAL.contains(p.messageKey()))
                    || p.messageKey() == null
                    || p.messageKey().isBlank()) {
                return p.toString();
            }
        }
        return null;
    }

    private List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        context.getBeansOfType(ReferenceImporter.class)
                .values()
                .forEach(i -> targets.add(new Target(i.id(), i::importFile)));
        context.getBeansOfType(FactImporter.class)
                .values()
                .forEach(i ->
                        targets.add(new Target(i.format(), (name, in) -> i.importFile(name, in, ImportProgress.NONE))));
        targets.sort(java.util.Comparator.comparing(Target::id));
        return targets;
    }

    private static List<byte[]> seeds(String id) throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:fuzz-seeds/" + id + "/*");
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                seeds.add(in.readAllBytes());
            }
        }
        return seeds;
    }

    private static List<byte[]> genericSeeds() {
        return new ArrayList<>(List.of(
                new byte[0],
                "[]".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8),
                "a;b;c\n1;2;3\n".getBytes(StandardCharsets.UTF_8),
                "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[],\"size\":[],\"dimension\":{},\"value\":[]}"
                        .getBytes(StandardCharsets.UTF_8),
                new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0}));
    }

    private static boolean looksLikeJson(byte[] input) {
        String start = new String(input, 0, Math.min(input.length, 16), StandardCharsets.UTF_8).strip();
        return start.startsWith("[") || start.startsWith("{");
    }

    /** The transaction id PostgreSQL assigns next: every transaction that writes takes one. */
    private long nextXid() {
        return jdbc.sql("select txid_snapshot_xmax(txid_current_snapshot())")
                .query(Long.class)
                .single();
    }

    /**
     * Whether a transaction with an id from {@code from} to before {@code to} committed or is
     * still open: only then can a table have changed ({@link #changeMarks} is a full count of every
     * table, so it runs only then; most refused imports write nothing or roll back).
     */
    private boolean committedOrOpen(long from, long to) {
        return from < to
                && jdbc.sql("select count(*) from generate_series(?::bigint, ?::bigint - 1) x"
                                        + " where coalesce(txid_status(x), 'committed') <> 'aborted'")
                                .param(from)
                                .param(to)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /** Per table: rows and the newest row version (xmin), which moves with any committed write. */
    private Map<String, String> changeMarks() {
        try (Connection c = dataSource.getConnection()) {
            List<String> parts = new ArrayList<>();
            for (String table : DatabaseBackup.tablesInLoadOrder(c).keySet()) {
                parts.add("select '" + table + "', count(*) || '/' || coalesce(max(xmin::text::bigint), 0) from "
                        + table);
            }
            Map<String, String> marks = new TreeMap<>();
            jdbc.sql(String.join(" union all ", parts)).query(rs -> {
                marks.put(rs.getString(1), rs.getString(2));
            });
            marks.remove("audit_event"); // failed attempts may be logged; the log is not the data
            // scheduled jobs (the session purge every 15 minutes) record their runs meanwhile
            marks.remove("scheduled_job");
            marks.remove("scheduled_job_run");
            return marks;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String changed(Map<String, String> before, Map<String, String> after) {
        List<String> tables = new ArrayList<>();
        after.forEach((table, mark) -> {
            if (!mark.equals(before.get(table))) {
                tables.add(table);
            }
        });
        return tables.toString();
    }

    private static String record(Target target, int i, byte[] input, String what) {
        Path dir = Path.of("target", "fuzz-failures");
        Path file = dir.resolve(target.id() + "-" + i + ".bin");
        try {
            Files.createDirectories(dir);
            Files.write(file, input);
        } catch (IOException e) {
            // the message below still says what failed
        }
        return target.id() + " input " + i + " (" + file + "): " + what;
    }
}
