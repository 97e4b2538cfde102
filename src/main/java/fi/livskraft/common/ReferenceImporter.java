package fi.livskraft.common;

import java.io.InputStream;

/**
 * An importer for an official reference-data format that the coordinator can run from the
 * reference-data page. Imports are all or nothing: a problem anywhere stores nothing and throws
 * {@link ImportFailedException} naming the file, row and field.
 */
public interface ReferenceImporter {

    /** Stable id, used in the upload form and the API ({@code format=...}). */
    String id();

    /** Message key of the importer's name shown to the coordinator. */
    String labelKey();

    ImportReport importFile(String fileName, InputStream content);
}
