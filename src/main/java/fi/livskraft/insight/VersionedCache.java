package fi.livskraft.insight;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Results of the analyses for one data version. When the version changes every earlier result is
 * dropped at once, so a result is never served for data other than the data it was computed from.
 * Bounded: at most {@code capacity} results, the least recently used goes first. Concurrent
 * requests for the same missing result wait for one computation; a computation that fails is not
 * kept (the next request tries again).
 */
final class VersionedCache {

    private final int capacity;
    private Generation generation = new Generation("", 0);

    VersionedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** The result for {@code key} in data version {@code version}, computed once. */
    <T> T get(String version, Object key, Supplier<T> compute) {
        Objects.requireNonNull(version, "version");
        Memo memo;
        Generation g;
        synchronized (this) {
            if (!generation.version.equals(version)) {
                generation = new Generation(version, capacity);
            }
            g = generation;
            memo = g.entries.computeIfAbsent(key, k -> new Memo());
        }
        try {
            @SuppressWarnings("unchecked")
            T value = (T) memo.get(compute);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                g.entries.remove(key, memo);
            }
            throw e;
        }
    }

    /** Number of results held (for tests). */
    synchronized int size() {
        return generation.entries.size();
    }

    private static final class Generation {
        final String version;
        final Map<Object, Memo> entries;

        Generation(String version, int capacity) {
            this.version = version;
            this.entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, Memo> eldest) {
                    return size() > capacity;
                }
            };
        }
    }

    /** One result, computed by the first caller; the others wait for it. */
    private static final class Memo {
        private Object value;
        private boolean done;

        synchronized Object get(Supplier<?> compute) {
            if (!done) {
                value = compute.get();
                done = true;
            }
            return value;
        }
    }
}
