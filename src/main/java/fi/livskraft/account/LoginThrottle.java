package fi.livskraft.account;

import java.sql.Timestamp;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account; after {@code max-failed-logins} in a row the account is locked
 * for {@code lockout}. A successful login resets the count.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private final JdbcClient jdbc;
    private final SecurityProperties properties;

    LoginThrottle(JdbcClient jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        Timestamp lockedUntil = Timestamp.from(Instant.now().plus(properties.lockout()));
        int locked = jdbc.sql("""
                update app_user set failed_logins = failed_logins + 1,
                       locked_until = case when failed_logins + 1 >= :max then :until else locked_until end
                where lower(username) = lower(:username)
                returning case when failed_logins >= :max then 1 else 0 end
                """)
                .param("max", properties.maxFailedLogins())
                .param("until", lockedUntil)
                .param("username", username)
                .query(Integer.class)
                .optional()
                .orElse(0);
        if (locked == 1) {
            log.warn("Account {} locked after {} failed logins", username, properties.maxFailedLogins());
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where lower(username) = lower(?)"
                        + " and (failed_logins > 0 or locked_until is not null)")
                .param(event.getAuthentication().getName())
                .update();
    }
}
