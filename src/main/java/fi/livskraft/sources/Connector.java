package fi.livskraft.sources;

import java.nio.file.Path;

/**
 * One official open-data source: where it is, how to fetch its current response, and which
 * importer of which module takes it. A new source is one small class (or one {@link PxWebTable}
 * bean) implementing this; {@link ConnectorRuns} does the rest (checksum, unchanged check, the
 * import all or nothing, the raw response, the history, the status).
 */
interface Connector {

    /** Stable id, e.g. {@code statfin-12ti}; used in the API path and the database. */
    String id();

    String publisher();

    String dataset();

    /** The importer that takes the response. */
    Target target();

    /** Fetches the current response into a temporary file (the caller deletes it). */
    Fetched fetch(SourceHttp http);

    /** A fetched response: the file, the name the importer sees, and the vintage where known. */
    record Fetched(Path file, String fileName, String vintage) {}

    /** An importer: a {@code FactImporter} format (imports page) or a {@code ReferenceImporter} id. */
    record Target(Kind kind, String format) {

        enum Kind {
            FACTS,
            REFERENCE
        }

        static Target facts(String format) {
            return new Target(Kind.FACTS, format);
        }

        static Target reference(String id) {
            return new Target(Kind.REFERENCE, id);
        }
    }
}
