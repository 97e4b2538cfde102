package fi.livskraft.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The application runs on an external PostgreSQL set by the standard Spring datasource properties. */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatasourceCondition.class)
class ExternalDatabaseConfiguration {

    @Bean
    DatabaseMode databaseMode() {
        return new DatabaseMode(false);
    }
}
