package fi.livskraft.common;

/**
 * Someone else changed the record since it was read (its version moved on). Nothing is written;
 * the user reloads and applies the change again. Pages and API answer 409.
 */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String entity, Object id) {
        super(entity + " " + id + " was changed by someone else meanwhile");
    }
}
