package fi.livskraft.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.Counts;
import fi.livskraft.LivskraftApplication;
import fi.livskraft.account.NewUser;
import fi.livskraft.account.Role;
import fi.livskraft.account.UserAccounts;
import fi.livskraft.partnership.JoinRequests;
import fi.livskraft.partnership.NewJoinRequest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application started, stopped and started again on one data directory of the embedded
 * PostgreSQL, as after a restart: the data is kept and the demonstration data loaded only once.
 * Then a second instance joins the restarted one on its PostgreSQL, as behind a load balancer: a
 * login made on one is valid on the other (sessions live in the database), and a scheduled job
 * runs once per slot. Three application starts in all, shared by the tests of both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestartAndTwoInstancesTests {

    private static final String PASSWORD = "Two-Instances-Share-9";

    private Path dataDir;
    /** Demonstration providers and the join request, as the first start left them. */
    private long demoProvidersBeforeRestart;

    private long joinRequest;
    /** The restarted application (embedded PostgreSQL on the data directory). */
    private ConfigurableApplicationContext first;
    /** A second instance on the first one's PostgreSQL. */
    private ConfigurableApplicationContext second;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void startStopStartAndAddASecondInstance() throws IOException {
        dataDir = Files.createTempDirectory("livskraft-restart-");
        try (ConfigurableApplicationContext beforeRestart = start("--livskraft.data-dir=" + dataDir)) {
            joinRequest = beforeRestart
                    .getBean(JoinRequests.class)
                    .submit(new NewJoinRequest(
                            "Restart Ab", "EMPLOYER", "Rita Restart", "rita@example.fi", "Efter omstart?", "sv"))
                    .id();
            demoProvidersBeforeRestart = count(beforeRestart, "select count(*) from provider where demo");
        }
        first = start("--livskraft.data-dir=" + dataDir);
        String url = first.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
        second = start(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=");
        first.getBean(UserAccounts.class)
                .create(new NewUser(
                        "two-instances",
                        PASSWORD,
                        "Two instances",
                        null,
                        List.of(new NewUser.Grant(Role.COORDINATOR, "")),
                        false));
    }

    private static ConfigurableApplicationContext start(String... database) {
        List<String> args = new ArrayList<>(List.of(database));
        // command-line arguments: they outrank application.yml (default properties would not)
        args.addAll(List.of(
                "--server.port=0",
                "--spring.thymeleaf.cache=true",
                "--spring.autoconfigure.exclude=", // sessions in the database, as in production
                "--livskraft.demo-data=auto", // loads on the first start of the embedded database only
                "--spring.jmx.enabled=false"));
        return new SpringApplicationBuilder(LivskraftApplication.class).run(args.toArray(String[]::new));
    }

    @AfterAll
    void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException ignored) {
                // a leftover temporary directory is harmless
            }
        }
    }

    @Test
    void aRestartKeepsTheDataAndLoadsTheDemoDataOnlyOnce() {
        assertThat(demoProvidersBeforeRestart).isEqualTo(6);
        assertThat(count(
                        first,
                        "select count(*) from join_request where id = " + joinRequest
                                + " and organisation_name = 'Restart Ab'"))
                .isEqualTo(1);
        assertThat(count(first, "select count(*) from provider where demo")).isEqualTo(6);
        assertThat(count(first, "select count(*) from app_user where username = 'coordinator'"))
                .isEqualTo(1);
        assertThat(count(first, "select count(*) from audit_event where entity_type = 'demo-data'"))
                .isEqualTo(1);
    }

    @Test
    void aLoginOnOneInstanceIsValidOnTheOther() throws Exception {
        HttpResponse<String> loginPage = get(first, "/login", null);
        String cookie = sessionCookie(loginPage).orElseThrow();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).as("CSRF field on the login page").isTrue();

        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(uri(first, "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString("username=two-instances&password="
                                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String loggedIn = sessionCookie(login).orElse(cookie);

        HttpResponse<String> onSecond = get(second, "/audit", loggedIn);
        assertThat(onSecond.statusCode())
                .as("the audit log (coordinator only) on the other instance")
                .isEqualTo(200);
        assertThat(get(second, "/audit", null).statusCode())
                .as("without the cookie")
                .isEqualTo(302);
        int sessions = jdbc().sql("select count(*) from spring_session where principal_name = 'two-instances'")
                .query(Integer.class)
                .single();
        assertThat(sessions).isEqualTo(1);
    }

    @Test
    void aScheduledJobRunsOncePerSlotAcrossInstances() throws Exception {
        jdbc().sql("insert into spring_session values ('00000000-0000-0000-0000-000000000001', "
                        + "'00000000-0000-0000-0000-000000000002', 0, 0, 60, 1000, null)")
                .update();
        SessionPurge onFirst = first.getBean(SessionPurge.class);
        SessionPurge onSecond = second.getBean(SessionPurge.class);
        long base = first.getBean(ScheduledJobs.class).currentSlot(java.time.Duration.ofMinutes(15));
        int slots = 20;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < slots; i++) {
                long slot = base + i;
                CyclicBarrier together = new CyclicBarrier(2);
                runs.add(pool.submit(() -> {
                    together.await();
                    return onFirst.runFor(slot);
                }));
                runs.add(pool.submit(() -> {
                    together.await();
                    return onSecond.runFor(slot);
                }));
                runs.get(runs.size() - 1).get();
                runs.get(runs.size() - 2).get();
            }
            long ran = 0;
            for (Future<Boolean> run : runs) {
                ran += run.get() ? 1 : 0;
            }
            assertThat(ran).as("runs for %d slots on two instances", slots).isEqualTo(slots);
        } finally {
            pool.shutdownNow();
        }
        List<Map<String, Object>> perSlot = jdbc().sql(
                        "select slot, count(*) as runs from scheduled_job_run where name = ? group by slot")
                .param(SessionPurge.JOB)
                .query()
                .listOfRows();
        assertThat(perSlot)
                .hasSize(slots)
                .allSatisfy(
                        row -> assertThat(((Number) row.get("runs")).intValue()).isEqualTo(1));
        assertThat(onFirst.runFor(base)).as("a slot already run").isFalse();
        assertThat(jdbc().sql("select count(*) from spring_session where expiry_time = 1000")
                        .query(Integer.class)
                        .single())
                .as("the expired session purged")
                .isZero();
        List<String> instances = jdbc().sql("select distinct instance from scheduled_job_run")
                .query(String.class)
                .list();
        assertThat(instances).isNotEmpty();
    }

    private JdbcClient jdbc() {
        return first.getBean(JdbcClient.class);
    }

    private static long count(ConfigurableApplicationContext app, String sql) {
        return Counts.count(app.getBean(JdbcClient.class), sql);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext app, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(app, path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext app, String path) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static java.util.Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst();
    }
}
