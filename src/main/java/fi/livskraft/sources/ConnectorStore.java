package fi.livskraft.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The connectors' tables: their state ({@code source_connector}), the latest raw response each
 * imported ({@code source_raw_response}, one per connector) and the metadata of their recent
 * fetches ({@code source_fetch}, the last {@code history-limit} per connector).
 */
@Component
class ConnectorStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;
    private final SourcesSettings settings;

    ConnectorStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json, SourcesSettings settings) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
        this.settings = settings;
    }

    /** A connector's stored state. */
    record State(
            String id,
            String status,
            Instant runningSince,
            Instant lastFetchAt,
            Instant nextFetchAt,
            String vintage,
            Problem error) {}

    /** An error as a message key with arguments, and where in a file when an import refused it. */
    record Problem(String messageKey, List<String> arguments, String place) {}

    /** One fetch of the history. */
    record Fetch(
            long id,
            String connectorId,
            Instant startedAt,
            Instant finishedAt,
            String requestedBy,
            String outcome,
            String checksum,
            Long sizeBytes,
            String vintage,
            Long rowsRead,
            Long rowsStored,
            Problem error) {}

    void ensure(String id) {
        jdbc.sql("insert into source_connector (id) values (?) on conflict (id) do nothing")
                .param(id)
                .update();
    }

    Optional<State> state(String id) {
        return jdbc.sql("select * from source_connector where id = ?")
                .param(id)
                .query(this::mapState)
                .optional();
    }

    /**
     * Marks the connector RUNNING unless another run holds it (a claim older than
     * {@code stale-after} is taken over); with {@code onlyWhenDue}, only when its next fetch is due.
     * One atomic update, so only one instance wins.
     */
    boolean claim(String id, String instance, boolean onlyWhenDue) {
        ensure(id);
        return jdbc.sql("update source_connector set status = 'RUNNING', running_since = now(), running_on = :instance"
                                + " where id = :id and (status <> 'RUNNING' or running_since < now() - make_interval(secs => :stale))"
                                + (onlyWhenDue ? " and (next_fetch_at is null or next_fetch_at <= now())" : ""))
                        .param("instance", instance)
                        .param("id", id)
                        .param("stale", (double) settings.staleAfter().toSeconds())
                        .update()
                == 1;
    }

    /** The checksum of the raw response last imported, or empty. */
    Optional<String> lastChecksum(String id) {
        return jdbc.sql("select checksum from source_raw_response where connector_id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    /** Replaces the connector's raw response by this file (streamed into the database). */
    void keepRaw(String id, Path file, String fileName, String checksum, long size, Instant fetchedAt) {
        jdbc.sql("delete from source_raw_response where connector_id = ?")
                .param(id)
                .update();
        try (InputStream in = Files.newInputStream(file)) {
            template.update(
                    "insert into source_raw_response (connector_id, file_name, checksum, size_bytes, fetched_at, content)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    ps -> {
                        ps.setString(1, id);
                        ps.setString(2, fileName);
                        ps.setString(3, checksum);
                        ps.setLong(4, size);
                        ps.setTimestamp(5, Timestamp.from(fetchedAt));
                        ps.setBinaryStream(6, in, size);
                    });
        } catch (IOException e) {
            throw new SourceFailure("sources.error.unexpected", e.getMessage());
        }
    }

    /** Ends a run: the connector's state, one history row, and the history trimmed. */
    void finish(String id, Fetch fetch, String vintage) {
        boolean failed = "FAILED".equals(fetch.outcome());
        Problem e = fetch.error();
        jdbc.sql("update source_connector set status = :status, running_since = null, running_on = null,"
                        + " last_fetch_at = :finished, next_fetch_at = :next, vintage = coalesce(:vintage, vintage),"
                        + " error_key = :key, error_args = :args, error_place = :place where id = :id")
                .param("status", failed ? "FAILED" : "OK")
                .param("finished", Timestamp.from(fetch.finishedAt()))
                .param("next", Timestamp.from(fetch.finishedAt().plus(settings.interval())))
                .param("vintage", failed ? null : vintage)
                .param("key", e == null ? null : e.messageKey())
                .param("args", e == null ? null : json.writeValueAsString(e.arguments()))
                .param("place", e == null ? null : e.place())
                .param("id", id)
                .update();
        jdbc.sql("insert into source_fetch (connector_id, started_at, finished_at, requested_by, outcome, checksum,"
                        + " size_bytes, vintage, rows_read, rows_stored, error_key, error_args, error_place)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        Timestamp.from(fetch.startedAt()),
                        Timestamp.from(fetch.finishedAt()),
                        fetch.requestedBy(),
                        fetch.outcome(),
                        fetch.checksum(),
                        fetch.sizeBytes(),
                        fetch.vintage(),
                        fetch.rowsRead(),
                        fetch.rowsStored(),
                        e == null ? null : e.messageKey(),
                        e == null ? null : json.writeValueAsString(e.arguments()),
                        e == null ? null : e.place())
                .update();
        jdbc.sql("delete from source_fetch where connector_id = :id and id not in"
                        + " (select id from source_fetch where connector_id = :id order by started_at desc, id desc"
                        + " limit :keep)")
                .param("id", id)
                .param("keep", settings.historyLimit())
                .update();
    }

    List<Fetch> history(int limit) {
        return jdbc.sql("select * from source_fetch order by started_at desc, id desc limit ?")
                .param(limit)
                .query(this::fetch)
                .list();
    }

    private State mapState(ResultSet rs, int row) throws SQLException {
        return new State(
                rs.getString("id"),
                rs.getString("status"),
                instant(rs, "running_since"),
                instant(rs, "last_fetch_at"),
                instant(rs, "next_fetch_at"),
                rs.getString("vintage"),
                problem(rs));
    }

    private Fetch fetch(ResultSet rs, int row) throws SQLException {
        return new Fetch(
                rs.getLong("id"),
                rs.getString("connector_id"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getString("requested_by"),
                rs.getString("outcome"),
                rs.getString("checksum"),
                (Long) rs.getObject("size_bytes"),
                rs.getString("vintage"),
                (Long) rs.getObject("rows_read"),
                (Long) rs.getObject("rows_stored"),
                problem(rs));
    }

    private Problem problem(ResultSet rs) throws SQLException {
        String key = rs.getString("error_key");
        if (key == null) {
            return null;
        }
        String args = rs.getString("error_args");
        List<String> arguments = args == null ? List.of() : json.readValue(args, new TypeReference<List<String>>() {});
        return new Problem(key, arguments, rs.getString("error_place"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
