package fi.livskraft.classification;

import fi.livskraft.account.Actor;
import fi.livskraft.audit.AuditLog;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a completed import, inside the import's own transaction: one {@code reference_import}
 * row (the history the coordinator sees) and one audit event with the counts and the before and
 * after of every changed row.
 */
@Component
class ImportRecorder {

    /** What an import did, for the history and the audit log. */
    record Outcome(
            String dataset,
            String format,
            String fileName,
            String source,
            int rowsRead,
            int rowsStored,
            Map<String, Integer> counts,
            Map<String, ?> before,
            Map<String, ?> after) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ImportRecorder(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long record(Outcome outcome) {
        String by = Actor.current().map(Actor::username).orElse("system");
        long id = jdbc.sql("insert into reference_import (dataset, format, file_name, source, rows_read, rows_stored,"
                        + " imported_by) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        outcome.dataset(),
                        outcome.format(),
                        outcome.fileName(),
                        outcome.source(),
                        outcome.rowsRead(),
                        outcome.rowsStored(),
                        by)
                .query(Long.class)
                .single();
        audit.record(
                "IMPORT",
                outcome.dataset(),
                "reference_import:" + id,
                outcome.format() + " " + outcome.fileName() + " " + outcome.counts(),
                Map.of("rows", outcome.before()),
                Map.of("counts", outcome.counts(), "rows", outcome.after()));
        return id;
    }
}
