package fi.livskraft.common;

import java.io.InputStream;

/**
 * An importer of statistics (facts) that the coordinator runs from the imports page or through
 * {@code POST /api/v1/imports?format=...}. It streams the file (memory independent of its size),
 * validates it, and stores it all or nothing: a problem anywhere stores nothing and throws
 * {@link ImportFailedException} naming the file, row (or cell) and field. It registers its source
 * (publisher, dataset, vintage, licence) so that re-importing the same vintage replaces it.
 */
public interface FactImporter {

    /** Stable id used in the upload form and the API ({@code format=...}), e.g. {@code jsonstat2}. */
    String format();

    /** Message key of the importer's name shown to the coordinator. */
    String labelKey();

    /** Message key of a one-paragraph description of the expected file, shown on the upload page. */
    String descriptionKey();

    ImportReport importFile(String fileName, InputStream content, ImportProgress progress);
}
