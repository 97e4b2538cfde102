package fi.livskraft.insight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of the data the analyses read, as committed and visible now: the row of
 * {@code data_version} (V13), which every committed change of those tables bumps in its own
 * transaction, on this instance or any other on the same database; an import still running has not
 * bumped it yet (its rows are not visible either). Inside a transaction that has written something,
 * the version also names that transaction, so its own uncommitted rows are never mixed with results
 * cached for the committed data.
 */
@Component
class DataVersion {

    private final JdbcClient jdbc;

    DataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String current() {
        return jdbc.sql("select version || '@' || stamp || ':' || coalesce(txid_current_if_assigned()::text, '')"
                        + " from data_version where id = 1")
                .query(String.class)
                .single();
    }
}
