package fi.livskraft.partnership;

import fi.livskraft.account.Actor;
import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Join requests: anyone may ask to join (no login); the coordinator approves or declines with a
 * note; approving makes the organisation a participant in the same transaction. The applicant
 * follows the request on its public status page and, where e-mail is configured, gets an e-mail on
 * receipt and on decision.
 */
@Service
public class JoinRequests {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SELECT = """
            select id, public_token, organisation_name, organisation_type, contact_name, contact_email, message,
                   language, status, created_at, decided_at, decided_by, decision_note, applicant_notified_at,
                   demo, version
            from join_request
            """;

    private final JdbcClient jdbc;
    private final Participants participants;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    JoinRequests(JdbcClient jdbc, Participants participants, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.audit = audit;
        this.events = events;
    }

    /** Receives a request from anyone; refused with every wrong field named. */
    @Transactional
    public JoinRequest submit(NewJoinRequest request) {
        JoinRequest created = find(insert(request, false));
        audit.record("CREATE", "join-request", created.id(), created.organisationName(), null, publicView(created));
        events.publishEvent(new JoinRequestEvent(created.id(), false));
        return created;
    }

    /** The request behind a status-page token. */
    public Optional<JoinRequest> byToken(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where public_token = ?")
                .param(token)
                .query(JoinRequests::joinRequest)
                .optional();
    }

    /** All requests, pending first, then the newest (coordinator). */
    public List<JoinRequest> list() {
        Access.requireCoordinator();
        return jdbc.sql(SELECT + " order by case when status = 'PENDING' then 0 else 1 end, created_at desc, id desc")
                .query(JoinRequests::joinRequest)
                .list();
    }

    public JoinRequest get(long id) {
        Access.requireCoordinator();
        return find(id);
    }

    /** Approves or declines a pending request (coordinator); approving creates the participant. */
    @Transactional
    public JoinRequest decide(long id, JoinDecision decision) {
        Access.requireCoordinator();
        JoinRequest before = find(id);
        JoinRequest after = applyDecision(before, decision, LocalDate.now());
        audit.record(
                decision.decision(),
                "join-request",
                id,
                after.status() + " " + after.organisationName(),
                Map.of("status", before.status(), "version", before.version()),
                Map.of(
                        "status", after.status(),
                        "decisionNote", after.decisionNote(),
                        "version", after.version()));
        events.publishEvent(new JoinRequestEvent(id, true));
        return after;
    }

    /** Checks and stores a request (no audit); returns its id. */
    long insert(NewJoinRequest r, boolean demo) {
        List<FieldError> errors = JoinRequestChecks.check(r);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return jdbc.sql("""
                        insert into join_request (public_token, organisation_name, organisation_type, contact_name,
                            contact_email, message, language, demo)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        newToken(),
                        r.organisationName(),
                        OrganisationType.parse(r.organisationType())
                                .orElseThrow()
                                .name(),
                        r.contactName(),
                        r.contactEmail(),
                        r.message(),
                        r.language().isEmpty() ? "fi" : r.language(),
                        demo)
                .query(Long.class)
                .single();
    }

    /** Checks and writes a decision (no access check, no audit). */
    JoinRequest applyDecision(JoinRequest request, JoinDecision decision, LocalDate joinedOn) {
        List<FieldError> errors = JoinRequestChecks.check(decision);
        if (errors.isEmpty() && request.status() != JoinRequestStatus.PENDING) {
            errors = List.of(FieldError.of("decision", "partnership.error.already-decided"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        JoinRequestStatus status =
                decision.decision().equals("APPROVE") ? JoinRequestStatus.APPROVED : JoinRequestStatus.DECLINED;
        int updated = jdbc.sql("""
                        update join_request set status = ?, decided_at = ?, decided_by = ?, decision_note = ?,
                            version = version + 1
                        where id = ? and version = ? and status = 'PENDING'
                        """)
                .params(
                        status.name(),
                        Timestamp.from(Instant.now()),
                        Actor.current().map(Actor::username).orElse("system"),
                        decision.note(),
                        request.id(),
                        decision.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("join request", request.id());
        }
        if (status == JoinRequestStatus.APPROVED) {
            participants.insert(
                    request.organisationType(),
                    null,
                    request.organisationName(),
                    joinedOn,
                    request.id(),
                    request.demo());
        }
        return find(request.id());
    }

    JoinRequest find(long id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(JoinRequests::joinRequest)
                .optional()
                .orElseThrow(() -> new NotFoundException("join request", String.valueOf(id)));
    }

    /** Records that the applicant was told (by e-mail). */
    void markNotified(long id) {
        jdbc.sql("update join_request set applicant_notified_at = ? where id = ?")
                .params(Timestamp.from(Instant.now()), id)
                .update();
    }

    private static Map<String, Object> publicView(JoinRequest r) {
        return Map.of(
                "organisationName", r.organisationName(),
                "organisationType", r.organisationType(),
                "contactName", r.contactName(),
                "language", r.language(),
                "status", r.status());
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static JoinRequest joinRequest(ResultSet rs, int row) throws SQLException {
        return new JoinRequest(
                rs.getLong("id"),
                rs.getString("public_token"),
                rs.getString("organisation_name"),
                OrganisationType.parse(rs.getString("organisation_type")).orElse(OrganisationType.OTHER),
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                rs.getString("message"),
                rs.getString("language"),
                JoinRequestStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"),
                instant(rs, "decided_at"),
                rs.getString("decided_by"),
                rs.getString("decision_note"),
                instant(rs, "applicant_notified_at"),
                rs.getBoolean("demo"),
                rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
