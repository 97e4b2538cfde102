package fi.livskraft.evidence;

import java.time.Instant;

/** Where a set of facts came from; every figure on screen names its source through this. */
public record Source(
        long id,
        String publisher,
        String dataset,
        String vintage,
        String licence,
        String title,
        String format,
        String fileName,
        Instant retrievedAt,
        Instant importedAt,
        String importedBy,
        boolean demo,
        long cellsRead,
        long cellsStored) {}
