package fi.livskraft.evidence;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statuses of a JSON-stat document ({@code status} as an array or an object keyed by cell
 * index, in any order), one byte per cell in a memory-mapped temporary file (outside the Java heap),
 * with a small dictionary of the distinct status strings. Deleted on close.
 */
final class StatusSpool implements AutoCloseable {

    private static final int SEGMENT_BITS = 26; // 64 MiB per mapped segment
    private static final long SEGMENT_SIZE = 1L << SEGMENT_BITS;
    static final int MAX_DISTINCT = 250;

    private final Path path;
    private final RandomAccessFile file;
    private final Map<Integer, MappedByteBuffer> segments = new HashMap<>();
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> statuses = new ArrayList<>();
    private long maxIndex = -1;
    private long entries;

    StatusSpool() {
        try {
            this.path = Files.createTempFile("livskraft-status-", ".bin");
            this.file = new RandomAccessFile(path.toFile(), "rw");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file", e);
        }
        statuses.add(null); // code 0 = no status
    }

    /** Records the status of a cell; false when the document has too many distinct statuses. */
    boolean set(long index, String status) {
        if (status == null) {
            return true;
        }
        Integer code = codes.get(status);
        if (code == null) {
            if (statuses.size() > MAX_DISTINCT) {
                return false;
            }
            code = statuses.size();
            statuses.add(status);
            codes.put(status, code);
        }
        segment(index).put((int) (index & (SEGMENT_SIZE - 1)), (byte) (int) code);
        maxIndex = Math.max(maxIndex, index);
        entries++;
        return true;
    }

    /** The status of a cell, or null. */
    String get(long index) {
        if (index > maxIndex) {
            return null;
        }
        int code = Byte.toUnsignedInt(segment(index).get((int) (index & (SEGMENT_SIZE - 1))));
        return statuses.get(code);
    }

    long maxIndex() {
        return maxIndex;
    }

    long entries() {
        return entries;
    }

    private MappedByteBuffer segment(long index) {
        int number = (int) (index >>> SEGMENT_BITS);
        return segments.computeIfAbsent(number, n -> {
            try {
                return file.getChannel().map(FileChannel.MapMode.READ_WRITE, n * SEGMENT_SIZE, SEGMENT_SIZE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() {
        segments.clear();
        try {
            file.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }
}
