package fi.livskraft.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records changes. Call it inside the transaction that makes the change, so that a change and its
 * audit row are committed together or not at all.
 */
@Service
public class AuditLog {

    static final String ANONYMOUS = "anonymous";
    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records one change.
     *
     * @param action for instance {@code CREATE}, {@code UPDATE}, {@code DELETE}, {@code APPROVE}
     * @param before the state before (any record or map), or null when created
     * @param after the state after, or null when deleted
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, String summary, Object before, Object after) {
        jdbc.sql("""
                insert into audit_event (at, actor, action, entity_type, entity_id, summary, before, after)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
                """)
                .params(
                        Timestamp.from(Instant.now()),
                        currentActor(),
                        action,
                        entityType,
                        String.valueOf(entityId),
                        summary == null ? "" : summary,
                        toJson(before),
                        toJson(after))
                .update();
    }

    /** Newest first, optionally only for one entity type. */
    public List<AuditEvent> latest(String entityType, int limit) {
        String where = entityType == null || entityType.isBlank() ? "" : "where entity_type = :type ";
        var spec = jdbc.sql("select id, at, actor, action, entity_type, entity_id, summary, before::text as before,"
                        + " after::text as after from audit_event " + where + "order by at desc, id desc limit :limit")
                .param("limit", Math.max(1, Math.min(limit, 1000)));
        if (!where.isEmpty()) {
            spec = spec.param("type", entityType);
        }
        return spec.query((rs, n) -> new AuditEvent(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        rs.getString("summary"),
                        rs.getString("before"),
                        rs.getString("after")))
                .list();
    }

    public List<String> entityTypes() {
        return jdbc.sql("select distinct entity_type from audit_event order by 1")
                .query(String.class)
                .list();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return SYSTEM;
        }
        if (!auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
            return ANONYMOUS;
        }
        return auth.getName();
    }
}
