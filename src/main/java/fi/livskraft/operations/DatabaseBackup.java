package fi.livskraft.operations;

import fi.livskraft.audit.AuditLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A logical backup of the whole database, made without {@code pg_dump} (the embedded PostgreSQL
 * ships only initdb, pg_ctl and postgres): every table of the {@code public} schema copied with
 * PostgreSQL's COPY, in one consistent snapshot, into a zip archive together with the Flyway
 * version and the sequences. Restore needs a database migrated to the same Flyway version (an
 * empty one migrates on the first start); it replaces every table's rows in one transaction, so a
 * restore that fails changes nothing.
 *
 * <p>Archive: {@code manifest.properties} (format, Flyway version, time, tables in load order with
 * their columns), {@code data/<table>.copy} (COPY text format), {@code sequences.properties} and
 * {@code rows.properties} (rows per table, checked on restore). Sessions and the login throttle
 * ({@link #NOT_BACKED_UP}) are left out; an older archive that has them still restores, without
 * them.
 */
@Component
class DatabaseBackup {

    static final String FORMAT = "livskraft-backup-1";
    private static final String HISTORY = "flyway_schema_history";
    /**
     * The analyses' data version (V13): derived, not data. Left out of backups so that a restore
     * moves it forward (the restored rows bump it) instead of bringing back an old version.
     */
    private static final String DATA_VERSION = "data_version";
    /**
     * Live state that is not data and must not travel in an archive: signed-in sessions (a session
     * id from a backup would open another user's pages) and the login throttle (client addresses,
     * failed attempts). Never written; emptied by a restore, so everyone signs in again.
     */
    static final List<String> NOT_BACKED_UP = List.of("spring_session_attributes", "spring_session", "login_throttle");

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    DatabaseBackup(DataSource dataSource, TransactionTemplate transaction, AuditLog audit) {
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.audit = audit;
    }

    record Summary(String flywayVersion, int tables, long rows) {}

    /** Writes the archive to {@code out} (not closed). */
    Summary write(OutputStream out) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                return write(c, out);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Backup failed: " + e.getMessage(), e);
        }
    }

    private Summary write(Connection c, OutputStream out) throws SQLException, IOException {
        String version = flywayVersion(c);
        Map<String, List<String>> tables = tablesInLoadOrder(c);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Properties manifest = new Properties();
        manifest.setProperty("format", FORMAT);
        manifest.setProperty("flyway.version", version);
        manifest.setProperty("created", Instant.now().toString());
        manifest.setProperty("tables", String.join(",", tables.keySet()));
        tables.forEach((t, cols) -> manifest.setProperty("columns." + t, String.join(",", cols)));
        putProperties(zip, "manifest.properties", manifest);
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Properties rows = new Properties();
        long total = 0;
        for (Map.Entry<String, List<String>> table : tables.entrySet()) {
            zip.putNextEntry(new ZipEntry("data/" + table.getKey() + ".copy"));
            long n = copy.copyOut(
                    "COPY " + table.getKey() + " (" + String.join(", ", table.getValue()) + ") TO STDOUT", zip);
            zip.closeEntry();
            rows.setProperty(table.getKey(), Long.toString(n));
            total += n;
        }
        putProperties(zip, "sequences.properties", sequences(c));
        putProperties(zip, "rows.properties", rows);
        zip.finish();
        zip.flush();
        return new Summary(version, tables.size(), total);
    }

    /** Replaces every table's rows with the archive's, in one transaction. */
    Summary restore(InputStream in) {
        return transaction.execute(status -> {
            Connection c = DataSourceUtils.getConnection(dataSource);
            try {
                Summary summary = restore(c, in);
                audit.record(
                        "operations.restore",
                        "database",
                        summary.flywayVersion(),
                        "Database restored from a backup: " + summary.tables() + " tables, " + summary.rows() + " rows",
                        null,
                        summary);
                return summary;
            } catch (SQLException e) {
                throw new IllegalStateException("Restore failed, nothing changed: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("Restore failed, nothing changed: " + e.getMessage(), e);
            }
        });
    }

    /** Replaces every table's rows on {@code c} (inside the caller's transaction). */
    static Summary restore(Connection c, InputStream in) throws SQLException, IOException {
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        ZipEntry entry = zip.getNextEntry();
        if (entry == null || !entry.getName().equals("manifest.properties")) {
            throw new IllegalArgumentException("Not a Livskraft backup: manifest.properties is not its first entry");
        }
        Properties manifest = readProperties(zip);
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new IllegalArgumentException("Unknown backup format " + manifest.getProperty("format"));
        }
        String version = flywayVersion(c);
        if (!version.equals(manifest.getProperty("flyway.version"))) {
            throw new IllegalArgumentException(
                    "The backup is of schema version " + manifest.getProperty("flyway.version")
                            + " but this database is at version " + version
                            + ": restore with the Livskraft version that made the backup");
        }
        Map<String, List<String>> tables = tablesInLoadOrder(c);
        Set<String> archived =
                new LinkedHashSet<>(List.of(manifest.getProperty("tables").split(",")));
        archived.removeAll(NOT_BACKED_UP);
        if (!tables.keySet().equals(archived)) {
            throw new IllegalArgumentException("The backup's tables differ from this database's");
        }
        List<String> cleared = new ArrayList<>(tables.keySet());
        cleared.addAll(existing(c, NOT_BACKED_UP));
        try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE " + String.join(", ", cleared));
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> loaded = new LinkedHashMap<>();
        Properties sequences = null;
        Properties rows = null;
        while ((entry = zip.getNextEntry()) != null) {
            String name = entry.getName();
            if (name.startsWith("data/") && name.endsWith(".copy")) {
                String table = name.substring(5, name.length() - 5);
                if (NOT_BACKED_UP.contains(table)) {
                    continue; // an archive made before sessions were left out: skipped
                }
                if (!tables.containsKey(table)) {
                    throw new IllegalArgumentException("The backup has an unknown table " + table);
                }
                String columns = manifest.getProperty("columns." + table);
                long n = copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN", zip);
                loaded.put(table, n);
            } else if (name.equals("sequences.properties")) {
                sequences = readProperties(zip);
            } else if (name.equals("rows.properties")) {
                rows = readProperties(zip);
            }
        }
        if (rows == null || sequences == null || loaded.size() != tables.size()) {
            throw new IllegalArgumentException("The backup is incomplete (truncated archive?)");
        }
        for (String table : tables.keySet()) {
            long expected = Long.parseLong(rows.getProperty(table, "-1"));
            if (expected != loaded.get(table)) {
                throw new IllegalArgumentException(
                        "Table " + table + ": the backup lists " + expected + " rows but holds " + loaded.get(table));
            }
        }
        for (String sequence :
                new TreeMap<>(sequences).keySet().stream().map(Object::toString).toList()) {
            String[] value = sequences.getProperty(sequence).split(",");
            try (PreparedStatement p = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                p.setString(1, sequence);
                p.setLong(2, Long.parseLong(value[0]));
                p.setBoolean(3, Boolean.parseBoolean(value[1]));
                p.execute();
            }
        }
        long total = loaded.values().stream().mapToLong(Long::longValue).sum();
        return new Summary(version, tables.size(), total);
    }

    static String flywayVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select version from " + HISTORY
                        + " where success and version is not null order by installed_rank desc limit 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("The database has no Flyway history");
            }
            return rs.getString(1);
        }
    }

    /** Tables of the public schema, those referenced by foreign keys first, with their columns. */
    static Map<String, List<String>> tablesInLoadOrder(Connection c) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select c.table_name, c.column_name from information_schema.columns c"
                        + " join information_schema.tables t on t.table_schema = c.table_schema"
                        + " and t.table_name = c.table_name and t.table_type = 'BASE TABLE'"
                        + " where c.table_schema = 'public' and c.is_generated = 'NEVER' and c.table_name not in ('"
                        + HISTORY + "', '" + DATA_VERSION + "', '" + String.join("', '", NOT_BACKED_UP)
                        + "') order by c.table_name, c.ordinal_position")) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(quote(rs.getString(2)));
            }
        }
        Map<String, Set<String>> references = new TreeMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select child.relname, parent.relname from pg_constraint k"
                        + " join pg_class child on child.oid = k.conrelid"
                        + " join pg_class parent on parent.oid = k.confrelid"
                        + " where k.contype = 'f' and k.connamespace = 'public'::regnamespace")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(rs.getString(2))) {
                    references
                            .computeIfAbsent(rs.getString(1), t -> new TreeSet<>())
                            .add(rs.getString(2));
                }
            }
        }
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        while (ordered.size() < columns.size()) {
            int before = ordered.size();
            for (String table : columns.keySet()) {
                if (!ordered.containsKey(table)
                        && ordered.keySet().containsAll(references.getOrDefault(table, Set.of()))) {
                    ordered.put(table, columns.get(table));
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("Foreign keys form a cycle among the tables");
            }
        }
        return ordered;
    }

    /** Those of the tables that exist in the database (a restore into an older schema). */
    private static List<String> existing(Connection c, List<String> names) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            try (PreparedStatement p = c.prepareStatement("select to_regclass(?) is not null")) {
                p.setString(1, "public." + name);
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        out.add(name);
                    }
                }
            }
        }
        return out;
    }

    private static Properties sequences(Connection c) throws SQLException {
        Properties sequences = new Properties();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select sequencename, coalesce(last_value, start_value),"
                        + " last_value is not null from pg_sequences where schemaname = 'public'")) {
            while (rs.next()) {
                sequences.setProperty(rs.getString(1), rs.getLong(2) + "," + rs.getBoolean(3));
            }
        }
        return sequences;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void putProperties(ZipOutputStream zip, String name, Properties properties) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        StringWriter text = new StringWriter();
        properties.store(text, null);
        zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static Properties readProperties(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        return properties;
    }
}
