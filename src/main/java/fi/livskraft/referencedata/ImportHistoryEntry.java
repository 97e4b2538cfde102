package fi.livskraft.referencedata;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One load or refresh of reference data, as recorded by the importer that made it. */
record ImportHistoryEntry(
        long id,
        String dataset,
        String format,
        String fileName,
        String source,
        int rowsRead,
        int rowsStored,
        Instant importedAt,
        String importedBy) {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Helsinki"));

    /** When, in Finnish time. */
    public String localTime() {
        return FORMAT.format(importedAt);
    }
}
