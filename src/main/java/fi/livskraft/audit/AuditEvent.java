package fi.livskraft.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One recorded change; {@code before} and {@code after} are JSON documents (or null). */
public record AuditEvent(
        long id,
        Instant at,
        String actor,
        String action,
        String entityType,
        String entityId,
        String summary,
        String before,
        String after) {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Helsinki"));

    /** When, in Finnish time. */
    public String localTime() {
        return FORMAT.format(at);
    }
}
