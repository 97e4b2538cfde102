package fi.livskraft.evidence;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file line of every row sent to one COPY, spooled to a temporary file (4 bytes a row, memory
 * independent of the file), so that a row the database refuses ("COPY ..., line N") is reported
 * with its line in the imported file.
 */
final class RowLines implements Closeable {

    private final Path file;
    private final DataOutputStream out;

    RowLines() throws IOException {
        file = Files.createTempFile("livskraft-lines-", ".bin");
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 14));
    }

    void add(int line) throws IOException {
        out.writeInt(line);
    }

    /** The file line of the COPY's row {@code n} (1 = first), or 0 when there is no such row. */
    int line(long n) {
        try {
            out.flush();
            try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                long at = (n - 1) * Integer.BYTES;
                if (n < 1 || at + Integer.BYTES > in.length()) {
                    return 0;
                }
                in.seek(at);
                return in.readInt();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            // the file is deleted below anyway
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }
}
