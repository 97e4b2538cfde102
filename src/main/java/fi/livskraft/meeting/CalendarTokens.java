package fi.livskraft.meeting;

import fi.livskraft.account.Actor;
import fi.livskraft.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret calendar addresses, so that a calendar program can subscribe without a password: one
 * token per user, shown once when made; only its SHA-256 is kept. Making a new one revokes the old.
 */
@Service
public class CalendarTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;

    CalendarTokens(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Makes (or replaces) the user's token and returns it; it cannot be read back later. */
    @Transactional
    public String rotate(Actor actor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                insert into calendar_feed_token (username, token_hash) values (?, ?)
                on conflict (username) do update set token_hash = excluded.token_hash, created_at = now()""").params(actor.username(), hash(token)).update();
        audit.record("ROTATE", "calendar-token", actor.username(), "Calendar feed address renewed", null, Map.of());
        return token;
    }

    @Transactional
    public void revoke(Actor actor) {
        int rows = jdbc.sql("delete from calendar_feed_token where username = ?")
                .param(actor.username())
                .update();
        if (rows > 0) {
            audit.record("DELETE", "calendar-token", actor.username(), "Calendar feed address revoked", null, null);
        }
    }

    public boolean exists(Actor actor) {
        return jdbc.sql("select count(*) from calendar_feed_token where username = ?")
                        .param(actor.username())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The user a token belongs to. */
    public Optional<String> username(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        return jdbc.sql("select username from calendar_feed_token where token_hash = ?")
                .param(hash(token))
                .query(String.class)
                .optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
