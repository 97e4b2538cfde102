package fi.livskraft.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An uploaded file copied to a temporary file, so that an importer can stream it twice (validate
 * everything, then write) with memory that does not grow with the file. Deleted on close.
 */
final class SpooledUpload implements AutoCloseable {

    private final Path path;

    private SpooledUpload(Path path) {
        this.path = path;
    }

    static SpooledUpload of(InputStream content) {
        try {
            Path path = Files.createTempFile("livskraft-import-", ".json");
            try {
                Files.copy(content, path, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(path);
                throw e;
            }
            return new SpooledUpload(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the uploaded file", e);
        }
    }

    InputStream open() {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
