package fi.livskraft.database;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class EmbeddedDatabaseTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseMode mode;

    @Test
    void testsRunOnTheEmbeddedPostgresql() {
        assertThat(mode.embedded()).isTrue();
        assertThat(jdbc.sql("select current_setting('server_version_num')::int")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(150000);
    }

    @Test
    void foldsFinnishAndSwedishLettersInSql() {
        assertThat(jdbc.sql("select lower('VÄSTANFJÄRD ÅBO Ö')")
                        .query(String.class)
                        .single())
                .isEqualTo("västanfjärd åbo ö");
    }

    @Test
    void migratedTheSchemaWithFlyway() {
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
    }
}
