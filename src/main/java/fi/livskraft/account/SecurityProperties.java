package fi.livskraft.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling.
 *
 * @param maxFailedLogins failed logins in a row before the account is locked
 * @param lockout how long a locked account stays locked
 */
@ConfigurationProperties("livskraft.security")
record SecurityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout) {}
