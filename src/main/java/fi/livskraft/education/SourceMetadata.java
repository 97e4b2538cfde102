package fi.livskraft.education;

import java.time.Instant;

/** Who published the figures of a file, which dataset and vintage, under which licence. */
record SourceMetadata(
        String publisher, String dataset, String vintage, String licence, String title, Instant retrievedAt) {}
