package fi.livskraft.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.livskraft.Counts;
import fi.livskraft.IntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Backup, damage, restore: the data is back; and a backup restores into an empty database. */
@IntegrationTest
class BackupRoundTripTests {

    @Autowired
    DatabaseBackup backup;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void restoringABackupBringsBackChangedAndDeletedData() throws Exception {
        Map<String, String> before = fingerprint(dataSource);
        long auditRows = count("audit_event");
        assertThat(count("municipality")).isGreaterThan(300);
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        DatabaseBackup.Summary written = backup.write(archive);
        System.out.printf(
                "Backup: schema %s, %d tables, %d rows, %d bytes compressed%n",
                written.flywayVersion(), written.tables(), written.rows(), archive.size());

        jdbc.sql("delete from audit_event").update();
        jdbc.sql("delete from join_request").update();
        jdbc.sql("update municipality set name_fi = 'Vahingossa muutettu'").update();
        jdbc.sql("select nextval('audit_event_id_seq')").query(Long.class).single();
        assertThat(fingerprint(dataSource)).isNotEqualTo(before);

        DatabaseBackup.Summary restored = backup.restore(new ByteArrayInputStream(archive.toByteArray()));

        assertThat(restored.rows()).isEqualTo(written.rows());
        Map<String, String> after = fingerprint(dataSource);
        after.remove("audit_event");
        Map<String, String> expected = new LinkedHashMap<>(before);
        expected.remove("audit_event");
        assertThat(after).isEqualTo(expected);
        assertThat(count("audit_event"))
                .as("the audit log back, plus the restore itself")
                .isEqualTo(auditRows + 1);
        assertThat(jdbc.sql("select action from audit_event order by id desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("operations.restore");
    }

    @Test
    void aBackupRestoresIntoAnEmptyDatabaseMigratedToTheSameVersion() throws Exception {
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        backup.write(archive);
        Map<String, String> source = fingerprint(dataSource);
        // an empty database in the test's own PostgreSQL: no second server to start
        String empty = "restore_target_" + System.nanoTime();
        jdbc.sql("create database " + empty).update();
        try {
            DataSource target = postgres.getDatabase("postgres", empty);
            Flyway.configure()
                    .dataSource(target)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            try (Connection c = target.getConnection()) {
                c.setAutoCommit(false);
                DatabaseBackup.restore(c, new ByteArrayInputStream(archive.toByteArray()));
                c.commit();
            }
            assertThat(fingerprint(target)).isEqualTo(source);
            try (Connection c = target.getConnection();
                    Statement s = c.createStatement()) {
                // sequences continue after the restored ids
                s.execute("insert into audit_event (at, actor, action, entity_type, entity_id, summary)"
                        + " values (now(), 'test', 'x', 'x', 'x', 'x')");
            }
        } finally {
            jdbc.sql("drop database " + empty + " with (force)").update();
        }
    }

    @Test
    void aBackupHoldsNoSessionsAndARestoredDatabaseHasNone() throws Exception {
        String session = java.util.UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        jdbc.sql(
                        "insert into spring_session (primary_id, session_id, creation_time, last_access_time,"
                                + " max_inactive_interval, expiry_time, principal_name) values (?, ?, ?, ?, 1800, ?, 'employer')")
                .params(session, session, now, now, now + 1_800_000)
                .update();
        jdbc.sql("insert into spring_session_attributes values (?, 'SPRING_SECURITY_CONTEXT', ?)")
                .params(session, new byte[] {1, 2, 3})
                .update();
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        backup.write(archive);
        java.util.List<String> entries = new java.util.ArrayList<>();
        String manifest = "";
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
                if (e.getName().equals("manifest.properties")) {
                    manifest = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(entries).contains("data/app_user.copy").noneMatch(e -> e.contains("session"));
        assertThat(manifest).doesNotContain("spring_session").doesNotContain("login_throttle");

        backup.restore(new ByteArrayInputStream(archive.toByteArray()));

        assertThat(count("spring_session")).as("a restore signs everyone out").isZero();
        assertThat(count("spring_session_attributes")).isZero();
        assertThat(count("app_user")).isPositive();
    }

    @Test
    void aDamagedArchiveIsRefusedAndChangesNothing() throws Exception {
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        backup.write(archive);
        byte[] bytes = archive.toByteArray();
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        Map<String, String> before = fingerprint(dataSource);

        assertThatThrownBy(() -> backup.restore(new ByteArrayInputStream(truncated)))
                .isInstanceOfAny(
                        IllegalArgumentException.class,
                        IllegalStateException.class,
                        java.io.UncheckedIOException.class);

        assertThat(fingerprint(dataSource)).isEqualTo(before);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("manifest.properties");
        }
    }

    private long count(String table) {
        return Counts.rows(jdbc, table);
    }

    /** Rows and an order-independent digest per table. */
    static Map<String, String> fingerprint(DataSource ds) throws SQLException {
        Map<String, String> prints = new LinkedHashMap<>();
        try (Connection c = ds.getConnection()) {
            for (String table : DatabaseBackup.tablesInLoadOrder(c).keySet()) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|'"
                                + " order by t::text)), '') from " + table + " t")) {
                    rs.next();
                    prints.put(table, rs.getString(1));
                }
            }
        }
        return prints;
    }
}
