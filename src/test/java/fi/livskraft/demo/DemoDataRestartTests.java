package fi.livskraft.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.LivskraftApplication;
import fi.livskraft.partnership.JoinRequests;
import fi.livskraft.partnership.NewJoinRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two starts of the whole application on the same data directory, as after a restart. */
class DemoDataRestartTests {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        SpringApplication app = new SpringApplication(LivskraftApplication.class);
        return app.run(
                "--livskraft.data-dir=" + dataDir.toAbsolutePath(),
                "--server.port=0",
                "--spring.thymeleaf.cache=true",
                "--livskraft.demo-data=auto");
    }

    @Test
    void keepsDataAndLoadsDemoDataOnlyOnce() {
        long id;
        try (ConfigurableApplicationContext first = start()) {
            id = first.getBean(JoinRequests.class)
                    .submit(new NewJoinRequest(
                            "Restart Ab", "EMPLOYER", "Rita Restart", "rita@example.fi", "Efter omstart?", "sv"))
                    .id();
            assertThat(count(first, "select count(*) from provider where demo")).isEqualTo(6);
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(count(
                            second,
                            "select count(*) from join_request where id = " + id
                                    + " and organisation_name = 'Restart Ab'"))
                    .isEqualTo(1);
            assertThat(count(second, "select count(*) from provider where demo"))
                    .isEqualTo(6);
            assertThat(count(second, "select count(*) from app_user where username = 'coordinator'"))
                    .isEqualTo(1);
            assertThat(count(second, "select count(*) from audit_event where entity_type = 'demo-data'"))
                    .isEqualTo(1);
        }
    }

    private static int count(ConfigurableApplicationContext context, String sql) {
        return context.getBean(JdbcClient.class).sql(sql).query(Integer.class).single();
    }
}
