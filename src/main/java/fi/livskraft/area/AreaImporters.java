package fi.livskraft.area;

import fi.livskraft.common.ReferenceImporter;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The importers of Statistics Finland's municipality and region classifications. */
@Configuration(proxyBeanMethods = false)
class AreaImporters {

    static final String STATFIN_KUNTA = "statfin-classification-kunta";
    static final String STATFIN_MAAKUNTA = "statfin-classification-maakunta";

    @Bean
    ReferenceImporter statfinMunicipalityImporter(
            JdbcClient jdbc, TransactionTemplate tx, JsonMapper json, ImportLog log) {
        return new ClassificationNamesImporter(
                new ClassificationNamesImporter.Target(
                        STATFIN_KUNTA,
                        "area.import.statfin-kunta",
                        "municipality",
                        "kunta_",
                        Pattern.compile("\\d{3}"),
                        "area.import.unknown-municipality"),
                jdbc,
                tx,
                json,
                log);
    }

    @Bean
    ReferenceImporter statfinRegionImporter(JdbcClient jdbc, TransactionTemplate tx, JsonMapper json, ImportLog log) {
        return new ClassificationNamesImporter(
                new ClassificationNamesImporter.Target(
                        STATFIN_MAAKUNTA,
                        "area.import.statfin-maakunta",
                        "region",
                        "maakunta_",
                        Pattern.compile("\\d{2}"),
                        "area.import.unknown-region"),
                jdbc,
                tx,
                json,
                log);
    }
}
