package fi.livskraft.account;

import fi.livskraft.database.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demonstration accounts (password {@code demo}) sign in only where demonstration data belongs:
 * on the embedded database, or on an external one when {@code livskraft.demo-data=true}. On an
 * external database otherwise (for example one restored from a demonstration instance's backup)
 * they exist only as disabled accounts, and the start says so.
 */
@Component
class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final boolean allowed;
    private final JdbcClient jdbc;

    DemoAccounts(DatabaseMode mode, @Value("${livskraft.demo-data:auto}") String setting, JdbcClient jdbc) {
        this.allowed = allowed(mode, setting);
        this.jdbc = jdbc;
    }

    static boolean allowed(DatabaseMode mode, String setting) {
        return mode.embedded() || "true".equalsIgnoreCase(setting.strip());
    }

    boolean allowed() {
        return allowed;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenPresentButRefused() {
        if (allowed) {
            return;
        }
        int present = jdbc.sql("select count(*) from app_user where demo")
                .query(Integer.class)
                .single();
        if (present > 0) {
            log.warn(
                    "{} demonstration accounts are in this external database; they cannot sign in"
                            + " (set LIVSKRAFT_DEMO_DATA=true to allow them, or delete them)",
                    present);
        }
    }
}
