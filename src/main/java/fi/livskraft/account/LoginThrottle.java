package fi.livskraft.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in throttling by account and by client address together, kept in the database so every
 * instance sees the same counts. An account's failures in a row, past the free ones, make each
 * next attempt wait (doubling up to a cap); attempts inside the wait are refused unchecked and
 * count against their address. An address with too many failures (any accounts) is blocked for a
 * while. The address an account last signed in from is never held up by the account's wait, so an
 * outsider's failures do not keep the real user out. Counters expire with their block.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final Duration KNOWN_ADDRESS_KEPT = Duration.ofDays(90);

    /** Why and until when an attempt is refused before its password is checked. */
    record Refusal(Instant until, boolean addressBlocked) {}

    private final JdbcClient jdbc;
    private final SecurityProperties rules;
    private final ApplicationEventPublisher events;

    LoginThrottle(JdbcClient jdbc, SecurityProperties rules, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.events = events;
    }

    /** Whether an attempt for the account from the address is refused now, before any check. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Refusal> refusal(String username, String address, Instant now) {
        String account = account(username);
        String from = address(address);
        Instant addressBlock = blockedUntil("ADDRESS", from);
        if (addressBlock != null && addressBlock.isAfter(now)) {
            return Optional.of(new Refusal(addressBlock, true));
        }
        Instant accountWait = blockedUntil("ACCOUNT", account);
        if (accountWait != null && accountWait.isAfter(now) && !known(account, from, now)) {
            addressFailed(from, now);
            return Optional.of(new Refusal(accountWait, false));
        }
        return Optional.empty();
    }

    /** A wrong password (or unknown account) from the address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String address, Instant now) {
        String account = account(username);
        String from = address(address);
        addressFailed(from, now);
        Timestamp at = Timestamp.from(now);
        record Count(int failures, Instant alertedAt) {}
        Count count = jdbc.sql("""
                insert into login_throttle (kind, subject, failures, last_at) values ('ACCOUNT', :subject, 1, :now)
                on conflict (kind, subject) do update set
                    failures = case when login_throttle.last_at < :forget then 1 else login_throttle.failures + 1 end,
                    last_at = :now
                returning failures, alerted_at""")
                .param("subject", account)
                .param("now", at)
                .param("forget", Timestamp.from(now.minus(rules.forgetAfter())))
                .query((rs, n) -> new Count(
                        rs.getInt(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .single();
        Duration wait = rules.delayAfter(count.failures());
        jdbc.sql("update login_throttle set blocked_until = ? where kind = 'ACCOUNT' and subject = ?")
                .params(wait.isZero() ? null : Timestamp.from(now.plus(wait)), account)
                .update();
        if (count.failures() > rules.freeFailures()
                && (count.alertedAt() == null || count.alertedAt().isBefore(now.minus(Duration.ofDays(1))))) {
            jdbc.sql("update login_throttle set alerted_at = ? where kind = 'ACCOUNT' and subject = ?")
                    .params(at, account)
                    .update();
            log.warn("Sign-in attempts against account {}: {} failures in a row", account, count.failures());
            events.publishEvent(new AccountUnderAttack(account, count.failures()));
        }
        jdbc.sql("""
                delete from login_throttle where (kind <> 'KNOWN' and last_at < :old
                    and (blocked_until is null or blocked_until < :now)) or (kind = 'KNOWN' and last_at < :known)""")
                .param("old", Timestamp.from(now.minus(rules.forgetAfter()).minus(rules.addressBlock())))
                .param("now", at)
                .param("known", Timestamp.from(now.minus(KNOWN_ADDRESS_KEPT)))
                .update();
    }

    /** A successful sign-in: the account's count is cleared and the address becomes its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String address, Instant now) {
        String account = account(username);
        // every HTTP Basic call signs in: both statements touch one index entry and usually write nothing
        jdbc.sql("delete from login_throttle where kind = 'ACCOUNT' and subject = ?")
                .param(account)
                .update();
        jdbc.sql("""
                insert into login_throttle (kind, subject, last_at) values ('KNOWN', :subject, :now)
                on conflict (kind, subject) do update set last_at = excluded.last_at
                where login_throttle.last_at < :hourAgo""")
                .param("subject", account + " " + address(address))
                .param("now", Timestamp.from(now))
                .param("hourAgo", Timestamp.from(now.minus(Duration.ofHours(1))))
                .update();
    }

    private void addressFailed(String from, Instant now) {
        Timestamp at = Timestamp.from(now);
        int failures = jdbc.sql("""
                insert into login_throttle (kind, subject, failures, last_at) values ('ADDRESS', :subject, 1, :now)
                on conflict (kind, subject) do update set
                    failures = case when login_throttle.last_at < :forget
                        or (login_throttle.blocked_until is not null and login_throttle.blocked_until <= :now)
                        then 1 else login_throttle.failures + 1 end,
                    blocked_until = case when login_throttle.blocked_until > :now
                        then login_throttle.blocked_until end,
                    last_at = :now
                returning failures""")
                .param("subject", from)
                .param("now", at)
                .param("forget", Timestamp.from(now.minus(rules.forgetAfter())))
                .query(Integer.class)
                .single();
        if (failures >= rules.addressMaxFailures()) {
            int blocked = jdbc.sql("""
                    update login_throttle set blocked_until = ? where kind = 'ADDRESS' and subject = ?
                    and (blocked_until is null or blocked_until <= ?)""")
                    .params(Timestamp.from(now.plus(rules.addressBlock())), from, at)
                    .update();
            if (blocked > 0) {
                log.warn("Sign-in blocked from {} for {} after {} failures", from, rules.addressBlock(), failures);
            }
        }
    }

    private Instant blockedUntil(String kind, String subject) {
        return jdbc.sql("select blocked_until from login_throttle where kind = ? and subject = ?")
                .params(kind, subject)
                .query((rs, n) ->
                        rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
                .optional()
                .orElse(null);
    }

    private boolean known(String account, String from, Instant now) {
        return jdbc.sql("select count(*) from login_throttle where kind = 'KNOWN' and subject = ? and last_at > ?")
                        .params(account + " " + from, Timestamp.from(now.minus(KNOWN_ADDRESS_KEPT)))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    static String account(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /** The address as counted: an IPv6 address by its /64 (one subscriber's network). */
    static String address(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0) {
            return address.length() > 90 ? address.substring(0, 90) : address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            for (int i = 8; i < 16; i++) {
                bytes[i] = 0;
            }
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException | IllegalArgumentException e) {
            return "invalid";
        }
    }
}
