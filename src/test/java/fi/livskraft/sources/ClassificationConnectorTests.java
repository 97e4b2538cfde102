package fi.livskraft.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.common.CsvLine;
import fi.livskraft.sources.ReplayServer.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The classification connectors against the replay server. {@code classifications-kunta} replays
 * the real classification API responses of {@code kunta_1_20250101} in Finnish, Swedish and English
 * ({@code ../shared/data/classifications/statfin_classification_api}). No recorded response of the
 * correspondence table {@code kunta#tyollisyysalue} was found: the test builds it in the API's
 * documented shape ({@code [{correspondenceTable: {localId}, sourceItem: {localId, code,
 * classificationItemNames}, targetItem: {...}}]}, as read by geofi and other clients of
 * {@code /correspondenceTables/{id}/maps}) from the real facts of the 2026 municipality key table
 * ({@code ../shared/data/regions/municipality_key_2026.csv}).
 */
@ConnectorTest
class ClassificationConnectorTests {

    static final Path CLASSIFICATIONS =
            Path.of("..", "shared", "data", "classifications", "statfin_classification_api");
    static final Path KEY_2026 = Path.of("..", "shared", "data", "regions", "municipality_key_2026.csv");

    @Autowired
    ConnectorRuns runs;

    @Autowired
    ConnectorStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    MockMvc mvc;

    ConnectorHarness harness;
    final ReplayServer server = ReplayServer.INSTANCE;
    final int year = LocalDate.now(StatFinClassification.ZONE).getYear();

    @BeforeEach
    void setUp() {
        server.reset();
        harness = new ConnectorHarness(runs, store);
    }

    String name(String code, String lang) {
        return jdbc.sql("select name_" + lang + " from municipality where code = ?")
                .param(code)
                .query(String.class)
                .single();
    }

    @Test
    void kuntaImportsTheRealResponsesOfTheYearBeforeWhenThisYearIsNotPublishedThenNothingWhenUnchanged()
            throws Exception {
        assumeThat(Files.isDirectory(CLASSIFICATIONS))
                .as("../shared/data is absent: the recorded classification responses are not available, test skipped")
                .isTrue();
        // this year's classification is not there (404, the replay server's default): the year before's is
        String items = "/classifications/classifications/kunta_1_" + (year - 1) + "0101/classificationItems";
        for (String lang : List.of("fi", "sv", "en")) {
            server.answer(
                    "GET",
                    items + "?content=data&meta=max&lang=" + lang,
                    Answer.json(Files.readAllBytes(CLASSIFICATIONS.resolve("kunta_" + lang + ".json"))));
        }
        jdbc.sql("update municipality set name_fi = 'Akaa (old)', name_sv = 'Ackas (old)', name_en = 'Akaa (old)'"
                        + " where code = '020'")
                .update();
        jdbc.sql("update municipality set name_sv = 'Esbo (old)' where code = '049'")
                .update();

        ConnectorStore.Fetch first = harness.run("classifications-kunta");

        assertThat(first.outcome()).as(String.valueOf(first.error())).isEqualTo("IMPORTED");
        assertThat(first.vintage()).isEqualTo((year - 1) + "-01-01");
        assertThat(name("020", "fi")).isEqualTo("Akaa");
        assertThat(name("020", "sv")).isEqualTo("Ackas");
        assertThat(name("020", "en")).isEqualTo("Akaa");
        assertThat(name("049", "sv")).isEqualTo("Esbo");
        assertThat(server.received())
                .extracting(ReplayServer.Received::path)
                .contains(
                        "/classifications/classifications/kunta_1_" + year
                                + "0101/classificationItems?content=data&meta=max&lang=fi",
                        items + "?content=data&meta=max&lang=fi",
                        items + "?content=data&meta=max&lang=sv",
                        items + "?content=data&meta=max&lang=en");
        assertThat(jdbc.sql("select count(*) from source_raw_response where connector_id = 'classifications-kunta'"
                                + " and checksum = ?")
                        .param(first.checksum())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        assertThat(harness.run("classifications-kunta").outcome()).isEqualTo("UNCHANGED");

        // a failing source: the names stay, the error is shown on /sources
        jdbc.sql("update municipality set name_fi = 'Akaa (kept)' where code = '020'")
                .update();
        server.answer("GET", items + "?content=data&meta=max&lang=sv", Answer.status(500));
        ConnectorStore.Fetch failed = harness.run("classifications-kunta");
        assertThat(failed.outcome()).isEqualTo("FAILED");
        assertThat(name("020", "fi")).isEqualTo("Akaa (kept)");
        assertThat(harness.state("classifications-kunta").vintage()).isEqualTo((year - 1) + "-01-01");
        mvc.perform(get("/sources")
                        .with(user("coordinator").roles("COORDINATOR"))
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("classifications-kunta")))
                .andExpect(content().string(Matchers.containsString("answered HTTP 500")));
        jdbc.sql("update municipality set name_fi = 'Akaa' where code = '020'").update();
    }

    /** The 2026 key table's employment area of each municipality (Åland included). */
    static Map<String, String> key2026() throws Exception {
        List<String> lines = Files.readAllLines(KEY_2026);
        List<String> header = CsvLine.split(lines.get(0));
        int kunta = header.indexOf("kunta");
        int area = header.indexOf("tyollisyysalue_code");
        Map<String, String> out = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = CsvLine.split(line);
            out.put(f.get(kunta), f.get(area));
        }
        return out;
    }

    /** The correspondence table's maps in the documented shape, built from the key table's facts. */
    String maps(Map<String, String> key, int classificationYear) {
        ArrayNode array = json.createArrayNode();
        String table = "kunta_1_" + classificationYear + "0101#tyollisyysalue_1_" + classificationYear + "0101";
        key.forEach((municipality, area) -> {
            ObjectNode map = array.addObject();
            map.putObject("correspondenceTable").put("localId", table);
            ObjectNode source = map.putObject("sourceItem");
            source.put("localId", "kunta_1_" + classificationYear + "0101/" + municipality);
            source.put("code", municipality);
            source.putArray("classificationItemNames")
                    .addObject()
                    .put("lang", "fi")
                    .put("name", municipality);
            ObjectNode target = map.putObject("targetItem");
            target.put("localId", "tyollisyysalue_1_" + classificationYear + "0101/" + area);
            target.put("code", area);
            target.putArray("classificationItemNames")
                    .addObject()
                    .put("lang", "fi")
                    .put("name", "area " + area);
        });
        return json.writeValueAsString(array);
    }

    /** Today's members of each classified area, by the area's classification code. */
    Map<String, Set<String>> todayByCode(String table, String extra) {
        Map<String, Set<String>> out = new TreeMap<>();
        jdbc.sql("select a.classification_code, m.municipality_code from " + table + " m"
                        + " join employment_area a on a.id = m.area_id where a.classification_code is not null"
                        + extra)
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                });
        return out;
    }

    @Test
    void tyollisyysalueMakesAll45AreasEqualTheClassificationThenNothingWhenUnchanged() throws Exception {
        assumeThat(Files.exists(KEY_2026))
                .as("../shared/data is absent: the 2026 key table is not available, test skipped")
                .isTrue();
        Map<String, String> key = key2026();
        Map<String, Set<String>> expected = new TreeMap<>();
        key.forEach((municipality, area) -> {
            if (!area.equals("46")) { // Åland: no employment area
                expected.computeIfAbsent(area, k -> new TreeSet<>()).add(municipality);
            }
        });
        assertThat(expected).hasSize(45);
        String path =
                "/classifications/correspondenceTables/kunta_1_" + year + "0101#tyollisyysalue_1_" + year + "0101/maps";
        server.answer("GET", path, Answer.json(maps(key, 2026)));
        // Keitele (239) back in Ylä-Savo, as it was shipped before: the classification puts it in Kuopio's area
        jdbc.sql("update employment_area_member set area_id = 'yla-savo' where municipality_code = '239'")
                .update();

        ConnectorStore.Fetch first = harness.run("classifications-tyollisyysalue");

        assertThat(first.outcome()).as(String.valueOf(first.error())).isEqualTo("IMPORTED");
        assertThat(first.vintage()).isEqualTo(year + "-01-01");
        assertThat(first.rowsStored()).isEqualTo(key.size() - 16L); // Åland's 16 municipalities have no area
        assertThat(todayByCode("employment_area_member", "")).isEqualTo(expected);
        assertThat(todayByCode("employment_area_year_member", " and m.year = 2026"))
                .isEqualTo(expected);
        assertThat(jdbc.sql("select area_id from employment_area_member where municipality_code = '239'")
                        .query(String.class)
                        .single())
                .isEqualTo("kuopio");
        assertThat(jdbc.sql("select count(*) from employment_area where classification_code is not null"
                                + " and source_note like 'verified: Statistics Finland%2026%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(45);

        assertThat(harness.run("classifications-tyollisyysalue").outcome()).isEqualTo("UNCHANGED");

        // a refused answer (an unknown area code) and a failing source leave the membership in place
        Map<String, String> broken = new TreeMap<>(key);
        broken.put("239", "99");
        server.answer("GET", path, Answer.json(maps(broken, 2026)));
        ConnectorStore.Fetch refused = harness.run("classifications-tyollisyysalue");
        assertThat(refused.outcome()).isEqualTo("FAILED");
        assertThat(refused.error().messageKey()).isEqualTo("area.import.unknown-employment-area");
        server.answer("GET", path, Answer.status(503));
        assertThat(harness.run("classifications-tyollisyysalue").error().arguments())
                .contains("503");
        assertThat(todayByCode("employment_area_member", "")).isEqualTo(expected);
        assertThat(harness.state("classifications-tyollisyysalue").vintage()).isEqualTo(year + "-01-01");
        mvc.perform(get("/api/v1/sources/connectors")
                        .with(user("coordinator").roles("COORDINATOR"))
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$[?(@.id == 'classifications-tyollisyysalue')].status")
                        .value("FAILED"))
                .andExpect(jsonPath(
                        "$[?(@.id == 'classifications-tyollisyysalue')].lastError",
                        Matchers.hasItem(Matchers.containsString("HTTP 503"))));
    }
}
