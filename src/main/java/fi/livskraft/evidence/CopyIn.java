package fi.livskraft.evidence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows written to PostgreSQL with {@code COPY ... FROM STDIN} (text format) on the connection of
 * the current transaction, buffered in small chunks: the fastest way to store many facts, and
 * rolled back with the transaction if the import is refused later.
 */
final class CopyIn implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final org.postgresql.copy.CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(BUFFER + 1024);
    private final Connection connection;
    private final DataSource dataSource;
    private long rows;
    private boolean ended;

    CopyIn(DataSource dataSource, String table, String columns) {
        this.dataSource = dataSource;
        this.connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager manager = connection.unwrap(PGConnection.class).getCopyAPI();
            this.copy = manager.copyIn("copy " + table + " (" + columns + ") from stdin");
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new IllegalStateException("cannot start COPY into " + table, e);
        }
    }

    /** Appends one field; {@code null} is SQL null. Call {@link #endRow} after the last field. */
    CopyIn field(Object value) {
        if (buffer.length() > 0 && buffer.charAt(buffer.length() - 1) != '\n') {
            buffer.append('\t');
        }
        append(buffer, value);
        return this;
    }

    /** Appends a value in COPY text format (null as \N, backslash, tab and newlines escaped). */
    static void append(StringBuilder buffer, Object value) {
        if (value == null) {
            buffer.append("\\N");
            return;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    /** Appends a number without exponent noise: whole numbers as integers. */
    CopyIn number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return field((long) value);
        }
        return field(value);
    }

    void endRow() {
        buffer.append('\n');
        rows++;
        if (buffer.length() >= BUFFER) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void flush() {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new CopyFailed(e);
        }
    }

    /** Appends rows already in COPY text format (e.g. spooled to a temporary file). */
    void raw(java.io.InputStream rowsInTextFormat, long rowCount) {
        flush();
        byte[] chunk = new byte[BUFFER];
        try {
            int n;
            while ((n = rowsInTextFormat.read(chunk)) > 0) {
                copy.writeToCopy(chunk, 0, n);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (SQLException e) {
            throw new CopyFailed(e);
        }
        rows += rowCount;
    }

    /** Finishes the COPY; a constraint violation surfaces here as {@link CopyFailed}. */
    long end() {
        flush();
        try {
            ended = true;
            return copy.endCopy();
        } catch (SQLException e) {
            throw new CopyFailed(e);
        }
    }

    @Override
    public void close() {
        try {
            if (!ended && copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // the transaction is rolled back anyway
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The database refused a row (e.g. a duplicate cell or a negative count). */
    static final class CopyFailed extends RuntimeException {
        CopyFailed(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
