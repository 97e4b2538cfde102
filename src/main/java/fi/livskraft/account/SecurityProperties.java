package fi.livskraft.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling, by account and by client address together (see the README, "Sign-in
 * throttling").
 *
 * @param freeFailures failed logins in a row an account may have before each attempt waits
 * @param firstDelay the wait after the first failure over the free ones; it doubles with each
 *     further failure
 * @param maxDelay the longest wait an account is ever held up by
 * @param addressMaxFailures failed logins from one client address (any accounts) before the
 *     address is blocked
 * @param addressBlock how long a blocked address stays blocked
 * @param forgetAfter how long after the last failure a counter is forgotten (an address's counter
 *     is also forgotten when its block ends)
 */
@ConfigurationProperties("livskraft.security.login")
record SecurityProperties(
        @DefaultValue("5") int freeFailures,
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("5m") Duration maxDelay,
        @DefaultValue("20") int addressMaxFailures,
        @DefaultValue("15m") Duration addressBlock,
        @DefaultValue("15m") Duration forgetAfter) {

    SecurityProperties {
        if (freeFailures < 1 || addressMaxFailures < 1) {
            throw new IllegalArgumentException("livskraft.security.login: failure counts must be at least 1");
        }
        if (forgetAfter.compareTo(maxDelay) <= 0) {
            throw new IllegalArgumentException("livskraft.security.login.forget-after must be longer than max-delay");
        }
    }

    /** How long an account waits after its {@code failures}-th failure in a row. */
    Duration delayAfter(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
