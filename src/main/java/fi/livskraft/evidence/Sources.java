package fi.livskraft.evidence;

import fi.livskraft.account.Actor;
import fi.livskraft.audit.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of {@code evidence_source}. An importer opens its source inside its own
 * transaction ({@link #open}); an earlier import of the same publisher, dataset and vintage is
 * deleted with all its facts (cascade), so re-importing replaces. When the importer has stored
 * everything it calls {@link #complete} with its counts. A refused import rolls back and leaves
 * the earlier vintage untouched.
 */
@Component
public class Sources {

    private static final String COLUMNS = "id, publisher, dataset, vintage, licence, title, format, file_name,"
            + " retrieved_at, imported_at, imported_by, demo, cells_read, cells_stored";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ThreadLocal<Long> openedOnThread = new ThreadLocal<>();

    Sources(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Registers a source, replacing an earlier import of the same vintage; returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long open(NewSource source) {
        Optional<Source> earlier = find(source.publisher(), source.dataset(), source.vintage());
        earlier.ifPresent(e -> jdbc.sql("delete from evidence_source where id = ?")
                .param(e.id())
                .update());
        String by = Actor.current().map(Actor::username).orElse("system");
        long id = jdbc.sql("insert into evidence_source (publisher, dataset, vintage, licence, title, format,"
                        + " file_name, retrieved_at, imported_by, demo) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " returning id")
                .params(
                        source.publisher(),
                        source.dataset(),
                        source.vintage(),
                        source.licence(),
                        source.title(),
                        source.format(),
                        source.fileName(),
                        source.retrievedAt() == null ? null : Timestamp.from(source.retrievedAt()),
                        by,
                        source.demo())
                .query(Long.class)
                .single();
        openedOnThread.set(id);
        audit.record(
                earlier.isPresent() ? "evidence.source.replaced" : "evidence.source.imported",
                "evidence_source",
                String.valueOf(id),
                source.publisher() + " / " + source.dataset() + " / " + source.vintage(),
                earlier.map(e -> Map.<String, Object>of("id", e.id(), "cellsStored", e.cellsStored()))
                        .orElse(null),
                Map.of("file", source.fileName(), "format", source.format()));
        return id;
    }

    /** Records how many cells or rows the import read and stored. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(long sourceId, long cellsRead, long cellsStored) {
        jdbc.sql("update evidence_source set cells_read = ?, cells_stored = ? where id = ?")
                .params(cellsRead, cellsStored, sourceId)
                .update();
    }

    /**
     * The id of the source last opened on this thread since the previous call, and forgets it: lets
     * the imports runner report the source of any importer's run.
     */
    Optional<Long> takeOpenedOnThisThread() {
        Long id = openedOnThread.get();
        openedOnThread.remove();
        return Optional.ofNullable(id);
    }

    /** Whether no source has been imported yet. */
    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from evidence_source)")
                .query(Boolean.class)
                .single();
    }

    public Optional<Source> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from evidence_source where id = ?")
                .param(id)
                .query(Sources::map)
                .optional();
    }

    public Optional<Source> find(String publisher, String dataset, String vintage) {
        return jdbc.sql("select " + COLUMNS
                        + " from evidence_source where publisher = ? and dataset = ? and vintage = ?")
                .params(publisher, dataset, vintage)
                .query(Sources::map)
                .optional();
    }

    /** Every source, newest import first. */
    public List<Source> all() {
        return jdbc.sql("select " + COLUMNS + " from evidence_source order by imported_at desc, id desc")
                .query(Sources::map)
                .list();
    }

    private static Source map(ResultSet rs, int row) throws SQLException {
        Timestamp retrieved = rs.getTimestamp("retrieved_at");
        return new Source(
                rs.getLong("id"),
                rs.getString("publisher"),
                rs.getString("dataset"),
                rs.getString("vintage"),
                rs.getString("licence"),
                rs.getString("title"),
                rs.getString("format"),
                rs.getString("file_name"),
                retrieved == null ? null : retrieved.toInstant(),
                rs.getTimestamp("imported_at").toInstant(),
                rs.getString("imported_by"),
                rs.getBoolean("demo"),
                rs.getLong("cells_read"),
                rs.getLong("cells_stored"));
    }
}
