package fi.livskraft.common;

/**
 * Receives the progress of a long import: how many units (cells, rows) have been read so far and,
 * where known, how many there will be in all. Called from the importing thread; implementations
 * must be cheap and thread-safe to read from elsewhere.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> {};

    /**
     * @param done units read so far
     * @param total units expected in all, or -1 when not known yet
     */
    void update(long done, long total);
}
