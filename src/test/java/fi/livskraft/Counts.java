package fi.livskraft;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts for assertions: the number a query answers, or the rows of a table. */
public final class Counts {

    private Counts() {}

    /** The single number that {@code sql} (e.g. {@code select count(*) from ...}) answers. */
    public static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** The same, on a database outside any application context. */
    public static long count(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static long rows(JdbcClient jdbc, String table) {
        return count(jdbc, "select count(*) from " + table);
    }
}
