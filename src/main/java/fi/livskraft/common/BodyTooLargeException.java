package fi.livskraft.common;

import java.io.IOException;

/**
 * A request body passed the size limit while it was being read (a body of unknown length, sent
 * chunked). Thrown by the reading stream, so nothing past the limit is read; answered 413.
 */
public class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The limit passed, when this exception is among the causes of {@code e}. */
    public static java.util.OptionalLong in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException b) {
                return java.util.OptionalLong.of(b.limit());
            }
        }
        return java.util.OptionalLong.empty();
    }
}
