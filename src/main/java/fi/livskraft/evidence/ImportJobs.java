package fi.livskraft.evidence;

import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProgress;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.StartupTask;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports run in the background for the imports page, one at a time, each recorded in
 * {@code evidence_import_job} with its progress (written in its own small transaction about once a
 * second, so the page sees it while the import's transaction is still open), then its report or
 * errors. At start-up, jobs left RUNNING by a crash are marked INTERRUPTED.
 */
@Service
class ImportJobs implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;

    private final JdbcClient jdbc;
    private final Imports imports;
    private final ObjectMapper json;
    private final TransactionTemplate separate;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "evidence-import");
        t.setDaemon(true);
        return t;
    });

    ImportJobs(JdbcClient jdbc, Imports imports, ObjectMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.json = json;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public int getOrder() {
        return REFERENCE_DATA + 50;
    }

    /** Jobs left RUNNING by a crash or a kill are INTERRUPTED: nothing of theirs was committed. */
    @Override
    public void run() {
        int n = jdbc.sql("update evidence_import_job set status = 'INTERRUPTED', finished_at = now()"
                        + " where status = 'RUNNING'")
                .update();
        if (n > 0) {
            log.warn("{} import job(s) were interrupted by the previous shutdown", n);
        }
    }

    /**
     * Starts an import of a file already spooled to disk (the job deletes it when done); returns the
     * job id. The format is checked here, so an unknown one is refused before a job exists.
     */
    long start(String format, String fileName, Path spooled, String startedBy) {
        imports.require(format);
        long id = jdbc.sql("insert into evidence_import_job (format, file_name, status, started_by)"
                        + " values (?, ?, 'RUNNING', ?) returning id")
                .params(format, fileName, startedBy)
                .query(Long.class)
                .single();
        SecurityContext context = SecurityContextHolder.getContext();
        executor.submit(() -> {
            SecurityContextHolder.setContext(context);
            try {
                execute(id, format, fileName, spooled);
            } finally {
                SecurityContextHolder.clearContext();
                try {
                    Files.deleteIfExists(spooled);
                } catch (IOException e) {
                    log.warn("cannot delete {}", spooled);
                }
            }
        });
        return id;
    }

    /** Runs an import synchronously (the API), recorded as a job as well. */
    ImportOutcome runNow(String format, String fileName, InputStream content, String startedBy) {
        imports.require(format);
        long id =
                separate.execute(s -> jdbc.sql("insert into evidence_import_job (format, file_name, status, started_by)"
                                + " values (?, ?, 'RUNNING', ?) returning id")
                        .params(format, fileName, startedBy)
                        .query(Long.class)
                        .single());
        try {
            ImportOutcome outcome = imports.run(format, fileName, content, progress(id));
            succeed(id, outcome);
            return outcome;
        } catch (ImportFailedException e) {
            fail(id, e.problems().stream().map(ImportOutcome.Problem::from).toList());
            throw e;
        } catch (RuntimeException e) {
            fail(
                    id,
                    List.of(new ImportOutcome.Problem(
                            fileName, 0, "", "evidence.imports.crashed", List.of(String.valueOf(e.getMessage())))));
            throw e;
        }
    }

    private void execute(long id, String format, String fileName, Path spooled) {
        try (InputStream in = Files.newInputStream(spooled)) {
            succeed(id, imports.run(format, fileName, in, progress(id)));
        } catch (ImportFailedException e) {
            fail(id, e.problems().stream().map(ImportOutcome.Problem::from).toList());
        } catch (InvalidInputException e) {
            fail(
                    id,
                    e.errors().stream()
                            .map(f -> new ImportOutcome.Problem(
                                    fileName,
                                    0,
                                    f.field(),
                                    f.messageKey(),
                                    f.arguments().stream().map(String::valueOf).toList()))
                            .toList());
        } catch (IOException | RuntimeException e) {
            log.error("import job {} failed", id, e);
            fail(
                    id,
                    List.of(new ImportOutcome.Problem(
                            fileName, 0, "", "evidence.imports.crashed", List.of(String.valueOf(e.getMessage())))));
        }
    }

    private ImportProgress progress(long id) {
        long[] last = {System.nanoTime()};
        return (done, total) -> {
            long now = System.nanoTime();
            if (now - last[0] >= PROGRESS_INTERVAL_NANOS) {
                last[0] = now;
                separate.executeWithoutResult(s -> jdbc.sql(
                                "update evidence_import_job set done = ?, total = ? where id = ? and status = 'RUNNING'")
                        .params(done, total, id)
                        .update());
            }
        };
    }

    private void succeed(long id, ImportOutcome outcome) {
        separate.executeWithoutResult(s -> jdbc.sql("update evidence_import_job set status = 'SUCCEEDED', done = ?,"
                        + " total = ?, report = ?, finished_at = now() where id = ?")
                .params(outcome.cellsRead(), outcome.cellsRead(), json.writeValueAsString(outcome), id)
                .update());
    }

    private void fail(long id, List<ImportOutcome.Problem> errors) {
        separate.executeWithoutResult(s -> jdbc.sql("update evidence_import_job set status = 'FAILED', errors = ?,"
                        + " finished_at = now() where id = ?")
                .params(json.writeValueAsString(errors), id)
                .update());
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql("select * from evidence_import_job where id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    List<ImportJob> recent(int limit) {
        return jdbc.sql("select * from evidence_import_job order by started_at desc, id desc limit ?")
                .param(limit)
                .query(this::map)
                .list();
    }

    private ImportJob map(ResultSet rs, int row) throws SQLException {
        String report = rs.getString("report");
        String errors = rs.getString("errors");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(
                rs.getLong("id"),
                rs.getString("format"),
                rs.getString("file_name"),
                rs.getString("status"),
                rs.getLong("done"),
                rs.getLong("total"),
                report == null ? null : json.readValue(report, ImportOutcome.class),
                errors == null
                        ? List.of()
                        : json.readValue(errors, new TypeReference<List<ImportOutcome.Problem>>() {}),
                rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
