package fi.livskraft.evidence;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The cells of a JSON-stat {@code value} written to a temporary file as they are parsed (index, missing
 * flag, number), so that the document's keys may come in any order and memory does not grow with
 * the file. Read back once the dimensions are known. Deleted on close.
 */
final class CellSpool implements AutoCloseable {

    /** One spooled cell; {@code missing} cells (JSON null) have no value. */
    record Cell(long index, boolean missing, double value) {}

    /** Visits spooled cells in the order they were written. */
    @FunctionalInterface
    interface CellVisitor {
        void visit(long index, boolean missing, double value);
    }

    private final Path path;
    private DataOutputStream out;
    private long count;

    CellSpool() {
        try {
            this.path = Files.createTempFile("livskraft-cells-", ".bin");
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file", e);
        }
    }

    void add(long index, boolean missing, double value) {
        try {
            out.writeLong(index);
            out.writeBoolean(missing);
            out.writeDouble(missing ? 0 : value);
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count() {
        return count;
    }

    /** Reads every cell back in the order written. */
    void forEach(CellVisitor visitor) {
        finishWriting();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16))) {
            for (long i = 0; i < count; i++) {
                long index = in.readLong();
                boolean missing = in.readBoolean();
                double value = in.readDouble();
                visitor.visit(index, missing, value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finishWriting() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = null;
        }
    }

    @Override
    public void close() {
        try {
            finishWriting();
        } finally {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }
}
