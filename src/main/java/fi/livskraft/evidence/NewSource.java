package fi.livskraft.evidence;

import java.time.Instant;
import java.util.Objects;

/** A source about to be imported: who published which dataset, which vintage, under which licence. */
public record NewSource(
        String publisher,
        String dataset,
        String vintage,
        String licence,
        String title,
        String format,
        String fileName,
        Instant retrievedAt,
        boolean demo) {

    public NewSource {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(vintage, "vintage");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fileName, "fileName");
        title = title == null ? "" : title;
        if (publisher.isBlank() || dataset.isBlank() || vintage.isBlank()) {
            throw new IllegalArgumentException("publisher, dataset and vintage must not be blank");
        }
    }
}
