package fi.livskraft.classification;

import fi.livskraft.audit.AuditLog;
import fi.livskraft.referencedata.ImportHistory;
import java.util.Map;
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

    private final ImportHistory history;
    private final AuditLog audit;

    ImportRecorder(ImportHistory history, AuditLog audit) {
        this.history = history;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long record(Outcome outcome) {
        long id = history.record(
                outcome.dataset(),
                outcome.format(),
                outcome.fileName(),
                outcome.source(),
                outcome.rowsRead(),
                outcome.rowsStored());
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
