package fi.livskraft.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL when {@code spring.datasource.url} is not set. Its data directory
 * survives restarts ({@code livskraft.data-dir}, default {@code ./data}); a blank data directory
 * gives a throw-away database (tests).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatasourceCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8");
            if (StringUtils.hasText(properties.dataDir())) {
                Path dir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
                Files.createDirectories(dir);
                StalePostmaster.stopIfLeftOver(dir);
                // zonky turns fsync and synchronous commit off (fine for tests); a persistent
                // database must survive a machine crash, so switch them back on.
                builder.setDataDirectory(dir)
                        .setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
                log.info("Starting embedded PostgreSQL with its data in {}", dir);
            } else {
                log.info("Starting embedded PostgreSQL in a temporary directory");
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL. As root it needs 'unshare -U' (user namespaces);"
                            + " run as a normal user, or set SPRING_DATASOURCE_URL to an external PostgreSQL.",
                    e);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("livskraft-embedded");
        return new HikariDataSource(config);
    }

    @Bean
    DatabaseMode databaseMode() {
        return new DatabaseMode(true);
    }
}
