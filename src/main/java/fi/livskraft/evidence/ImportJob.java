package fi.livskraft.evidence;

import java.time.Instant;
import java.util.List;

/** A background import started from the imports page, with its progress and outcome. */
record ImportJob(
        long id,
        String format,
        String fileName,
        String status,
        long done,
        long total,
        ImportOutcome report,
        List<ImportOutcome.Problem> errors,
        String startedBy,
        Instant startedAt,
        Instant finishedAt) {

    ImportJob {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean running() {
        return "RUNNING".equals(status);
    }

    /** Percent done, or -1 while the total is not known. */
    public int percent() {
        if (total <= 0) {
            return -1;
        }
        return (int) Math.min(100, done * 100 / total);
    }
}
