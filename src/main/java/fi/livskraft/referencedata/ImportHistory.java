package fi.livskraft.referencedata;

import fi.livskraft.account.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the history of reference-data loads and imports ({@code reference_import}) that the
 * coordinator reads on the reference-data page. Called inside the import's own transaction, so a
 * refused import leaves no history row. Who imported is the signed-in user, or {@code system} for
 * start-up seeding.
 */
@Component
public class ImportHistory {

    private final JdbcClient jdbc;

    ImportHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records one load or import and returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long record(String dataset, String format, String fileName, String source, int rowsRead, int rowsStored) {
        String by = Actor.current().map(Actor::username).orElse("system");
        return jdbc.sql("insert into reference_import (dataset, format, file_name, source, rows_read, rows_stored,"
                        + " imported_by) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(dataset, format, fileName, source, rowsRead, rowsStored, by)
                .query(Long.class)
                .single();
    }
}
