package fi.livskraft.account;

import static fi.livskraft.Forms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Finding 1 of the security test: 8 wrong passwords from anywhere locked an account, and one more
 * every 15 minutes kept it locked. Now an outsider only slows the account down, for a bounded
 * time, and is blocked by address; the real user signs in once the delay has passed, and at once
 * from the address they signed in from before.
 */
@IntegrationTest
class LoginThrottleTests {

    static final String PASSWORD = "correct horse battery";
    static final String OUTSIDER = "203.0.113.66";
    static final String USERS_HOME = "198.51.100.7";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    SecurityProperties rules;

    @Autowired
    ThrottledAuthentication authentication;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    final List<String> users = new ArrayList<>();
    Clock realClock;

    String user() {
        String name = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(
                name, PASSWORD, name, "user@example.invalid", List.of(new NewUser.Grant(Role.EMPLOYER, "1")), false));
        users.add(name);
        return name;
    }

    /** A user name that no account has (failures count for unknown names as for real ones). */
    String ghost() {
        String name = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
        users.add(name);
        return name;
    }

    void clockAt(Instant now) {
        Clock previous = authentication.useClock(Clock.fixed(now, ZoneOffset.UTC));
        if (realClock == null) {
            realClock = previous;
        }
    }

    @AfterEach
    void cleanUp() {
        if (realClock != null) {
            authentication.useClock(realClock);
        }
        for (String name : users) {
            jdbc.sql("delete from login_throttle where subject = ? or subject like ?")
                    .params(name, name + " %")
                    .update();
        }
        jdbc.sql("delete from login_throttle where kind = 'ADDRESS' and (subject like '203.0.113.%'"
                        + " or subject like '198.51.100.%' or subject like '2001:db8:%')")
                .update();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void anOutsidersFailedLoginsDoNotStopTheRealUserAfterTheDelay() throws Exception {
        String name = user();
        Instant t0 = Instant.parse("2026-12-03T10:00:00Z");
        clockAt(t0);
        for (int i = 0; i < 8; i++) {
            mvc.perform(get("/api/v1/needs").with(httpBasic(name, "guess " + i)).with(from(OUTSIDER)))
                    .andExpect(status().isUnauthorized());
        }
        // six were checked (five free, the sixth starts a delay of first-delay), two refused unchecked
        assertThat(failures("ACCOUNT", name)).isEqualTo(6);
        assertThat(failures("ADDRESS", OUTSIDER)).isEqualTo(8);

        // the real user, from another address, inside the delay: held up, on the page and the API
        mvc.perform(form("/login", from(USERS_HOME), "username=" + name + "&password=" + PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/needs").with(httpBasic(name, PASSWORD)).with(from(USERS_HOME)))
                .andExpect(status().isUnauthorized());

        // once the delay has passed, the right password works, on the page and the API
        clockAt(t0.plus(rules.firstDelay()).plusMillis(1));
        mvc.perform(form("/login", from(USERS_HOME), "username=" + name + "&password=" + PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/api/v1/needs").with(httpBasic(name, PASSWORD)).with(from(USERS_HOME)))
                .andExpect(status().isOk());
        assertThat(failures("ACCOUNT", name))
                .as("a success clears the account's count")
                .isZero();
    }

    @Test
    void aPatientOutsiderNeverKeepsTheRealUserOutLongerThanTheLongestDelay() {
        String name = user();
        Instant now = Instant.parse("2026-12-03T12:00:00Z");
        throttle.succeeded(name, USERS_HOME, now.minus(Duration.ofDays(3)));
        // the security test's pattern: a burst, then one wrong password each time the wait ends,
        // for two hours, each time from a fresh address (an address block never stops them)
        for (int i = 0; i < 60; i++) {
            String outsider = "203.0.113." + (i % 200 + 1);
            assertThat(throttle.refusal(name, outsider, now)).isEmpty();
            throttle.failed(name, outsider, now);
            Instant until = blockedUntil(name);
            assertThat(Duration.between(now, until == null ? now : until)).isLessThanOrEqualTo(rules.maxDelay());
            // the real user's own address is never held up by the account's wait
            assertThat(throttle.refusal(name, USERS_HOME, now.plusMillis(1))).isEmpty();
            // from elsewhere (a new device), the user waits at most max-delay
            Instant waitEnds = until == null ? now : until;
            assertThat(throttle.refusal(name, "198.51.100.99", waitEnds)).isEmpty();
            now = waitEnds.plusMillis(1);
        }
        assertThat(blockedUntil(name)).isNotNull();
        assertThat(failures("ACCOUNT", name)).isEqualTo(60);
    }

    @Test
    void anAddressWithTooManyFailuresIsBlockedAndTheCounterExpiresWithTheBlock() {
        Instant now = Instant.parse("2026-12-03T14:00:00Z");
        String address = "2001:db8:1:2:aaaa::1";
        for (int i = 0; i < rules.addressMaxFailures(); i++) {
            throttle.failed(ghost(), address, now.plusSeconds(i));
        }
        String fresh = ghost();
        Instant after = now.plusSeconds(rules.addressMaxFailures());
        // the whole /64 is one address: another host of the same network is blocked too
        assertThat(throttle.refusal(fresh, "2001:db8:1:2:bbbb::9", after))
                .hasValueSatisfying(r -> assertThat(r.addressBlocked()).isTrue());
        assertThat(throttle.refusal(fresh, "2001:db8:1:3::9", after)).isEmpty();
        Instant blockEnds = now.plusSeconds(rules.addressMaxFailures() - 1).plus(rules.addressBlock());
        assertThat(throttle.refusal(fresh, address, blockEnds.plusMillis(1))).isEmpty();
        throttle.failed(fresh, address, blockEnds.plusMillis(1));
        assertThat(failures("ADDRESS", "2001:db8:1:2:0:0:0:0/64"))
                .as("the count starts again when the block ends")
                .isEqualTo(1);
    }

    @Test
    void anAccountsCountIsForgottenAfterAQuietSpell() {
        String name = user();
        Instant now = Instant.parse("2026-12-03T16:00:00Z");
        for (int i = 0; i < 7; i++) {
            now = now.plusSeconds(600);
            throttle.failed(name, "203.0.113.200", now);
        }
        assertThat(failures("ACCOUNT", name)).isEqualTo(7);
        throttle.failed(name, "203.0.113.200", now.plus(rules.forgetAfter()).plusSeconds(1));
        assertThat(failures("ACCOUNT", name)).isEqualTo(1);
    }

    @Test
    void theUserIsToldByMailOnceWhenTheirAccountIsAttacked() {
        String name = user();
        List<SimpleMailMessage> sent = new ArrayList<>();
        JavaMailSenderImpl recording = new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage message) {
                sent.add(message);
            }
        };
        AttackNotifier notifier = new AttackNotifier(
                new StaticListableBeanFactory(Map.of("mail", recording)).getBeanProvider(JavaMailSender.class),
                jdbc,
                messages,
                "smtp.example.invalid",
                new fi.livskraft.common.PublicUrl("https://livskraft.example.fi/"),
                "livskraft@example.fi");
        Instant now = Instant.parse("2026-12-03T18:00:00Z");
        List<AccountUnderAttack> events = new ArrayList<>();
        LoginThrottle recordingThrottle = new LoginThrottle(jdbc, rules, e -> events.add((AccountUnderAttack) e));
        for (int i = 0; i < 10; i++) {
            recordingThrottle.failed(name, "203.0.113.201", now.plusSeconds(600 * i / 10));
        }
        assertThat(events).hasSize(1);
        events.forEach(notifier::on);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getTo()).containsExactly("user@example.invalid");
        assertThat(sent.get(0).getText())
                .contains(name)
                .contains("https://livskraft.example.fi/login")
                .contains("fel lösenord")
                .contains("väärillä salasanoilla")
                .contains("wrong passwords");
    }

    int failures(String kind, String subject) {
        return jdbc.sql("select coalesce(max(failures), 0) from login_throttle where kind = ? and subject = ?")
                .params(kind, kind.equals("ACCOUNT") ? subject.toLowerCase() : subject)
                .query(Integer.class)
                .single();
    }

    Instant blockedUntil(String name) {
        return jdbc.sql("select blocked_until from login_throttle where kind = 'ACCOUNT' and subject = ?")
                .param(name.toLowerCase())
                .query((rs, n) ->
                        rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
                .optional()
                .orElse(null);
    }
}
