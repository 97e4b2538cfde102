package fi.livskraft.account;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.IntegrationTest;
import fi.livskraft.database.DatabaseMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demonstration accounts (password demo) sign in only where demonstration data belongs. */
@IntegrationTest
class DemoAccountsTests {

    static final DatabaseMode EXTERNAL = new DatabaseMode(false);

    @Autowired
    JdbcClient jdbc;

    boolean employerEnabled(DatabaseMode mode, String setting) {
        return new DatabaseUserDetailsService(jdbc, new DemoAccounts(mode, setting, jdbc))
                .loadUserByUsername("employer")
                .isEnabled();
    }

    @Test
    void onAnExternalDatabaseTheyAreRefusedUnlessDemonstrationDataIsSwitchedOn() {
        assertThat(employerEnabled(EXTERNAL, "auto")).isFalse();
        assertThat(employerEnabled(EXTERNAL, "false")).isFalse();
        assertThat(employerEnabled(EXTERNAL, "true")).isTrue();
    }

    @Test
    void onTheEmbeddedDatabaseTheySignIn() {
        assertThat(employerEnabled(new DatabaseMode(true), "auto")).isTrue();
    }
}
