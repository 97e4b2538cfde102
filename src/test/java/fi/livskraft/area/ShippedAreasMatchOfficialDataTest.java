package fi.livskraft.area;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "done when" check: the municipalities and regions the product ships (the database after
 * startup) equal the official files in ../shared/data.
 */
@IntegrationTest
class ShippedAreasMatchOfficialDataTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void requireSharedData() {
        SharedData.assumePresent();
    }

    @Test
    void municipalityCodesAndNamesEqualStatisticsFinland() throws IOException {
        assertThat(count("municipality")).isEqualTo(308);
        for (String lang : new String[] {"fi", "sv", "en"}) {
            Map<String, String> official = classificationNames(SharedData.STATFIN.resolve("kunta_" + lang + ".json"));
            assertThat(official).hasSize(308);
            Map<String, String> shipped = new TreeMap<>();
            jdbc.sql("select code, name_" + lang + " from municipality").query(rs -> {
                shipped.put(rs.getString(1), rs.getString(2));
            });
            assertThat(shipped).as("municipality names in %s", lang).isEqualTo(official);
        }
    }

    @Test
    void regionCodesAndNamesEqualStatisticsFinland() throws IOException {
        assertThat(count("region")).isEqualTo(19);
        for (String lang : new String[] {"fi", "sv", "en"}) {
            Map<String, String> official =
                    classificationNames(SharedData.STATFIN.resolve("maakunta_" + lang + ".json"));
            Map<String, String> shipped = new TreeMap<>();
            jdbc.sql("select code, name_" + lang + " from region").query(rs -> {
                shipped.put(rs.getString(1), rs.getString(2));
            });
            assertThat(shipped).as("region names in %s", lang).isEqualTo(official);
        }
    }

    @Test
    void regionAndLanguageStatusEqualTheKoodistoRelations() {
        Map<String, String> region = new TreeMap<>();
        Map<String, String> language = new TreeMap<>();
        var rows = SharedData.csv(SharedData.REGIONS.resolve("opetushallitus_koodisto_kunta_relations.csv"));
        for (String[] row : rows.subList(1, rows.size())) {
            if ("1".equals(row[9])) {
                region.put(row[0], row[3]);
                language.put(row[0], KoodistoFile.languageStatus(row[5]).name());
            }
        }
        assertThat(region).hasSize(308);
        assertThat(shipped("region_code")).isEqualTo(region);
        assertThat(shipped("language_status")).isEqualTo(language);
    }

    @Test
    void subRegionEqualsStatisticsFinlandKeyWithPertunmaaMerged() {
        Map<String, String> subRegion = new TreeMap<>();
        var rows = SharedData.csv(SharedData.REGIONS.resolve("statficlassifications_regionkey.csv"));
        for (String[] row : rows.subList(1, rows.size())) {
            subRegion.put(row[0].substring(2), row[2].substring(2));
        }
        assertThat(subRegion).containsKey("588");
        subRegion.remove("588"); // Pertunmaa merged into 507 Mäntyharju on 1.1.2025
        assertThat(shipped("sub_region_code")).isEqualTo(subRegion);
    }

    private Map<String, String> shipped(String column) {
        Map<String, String> values = new TreeMap<>();
        jdbc.sql("select code, " + column + " from municipality").query(rs -> {
            values.put(rs.getString(1), rs.getString(2));
        });
        return values;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Map<String, String> classificationNames(Path file) throws IOException {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (JsonNode item : json.readTree(in)) {
                names.put(
                        item.get("code").stringValue(),
                        item.get("classificationItemNames").get(0).get("name").stringValue());
            }
        }
        return new TreeMap<>(names);
    }
}
