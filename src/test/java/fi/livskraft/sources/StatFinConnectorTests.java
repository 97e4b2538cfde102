package fi.livskraft.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.sources.ReplayServer.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The StatFin connectors against the replay server: the metadata GET, the json-stat2 query POST,
 * the import through {@code jsonstat2}, the unchanged second run, and failing sources.
 */
@ConnectorTest
class StatFinConnectorTests extends ConnectorTestBase {

    static final Path SHARED_12TI =
            Path.of("..", "shared", "data", "pxweb_jsonstat2", "statfin", "tyonv-12ti-2023M01-M06-fi.json");
    static final String T12TI = "/statfin/tyonv/statfin_tyonv_pxt_12ti.px";
    static final String T12R5 = "/statfin/tyonv/statfin_tyonv_pxt_12r5.px";
    static final String TDURATION = "/statfin/tyonv/statfin_tyonv_pxt_12tg.px";

    @Autowired
    JsonMapper json;

    @Autowired
    MockMvc mvc;

    /** PxWeb v1 table metadata ({@code title}, {@code variables[code, text, values, valueTexts, time]}) of a JSON-stat document. */
    String metadataOf(String jsonStat) {
        JsonNode doc = json.readTree(jsonStat);
        ObjectNode meta = json.createObjectNode();
        meta.put("title", doc.path("label").asString());
        ArrayNode variables = meta.putArray("variables");
        for (JsonNode id : doc.path("id")) {
            JsonNode index =
                    doc.path("dimension").path(id.asString()).path("category").path("index");
            List<String> codes = new ArrayList<>();
            if (index.isArray()) {
                index.forEach(c -> codes.add(c.asString()));
            } else {
                index.properties().stream()
                        .sorted(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.asInt(), b.asInt())))
                        .forEach(e -> codes.add(e.getKey()));
            }
            ObjectNode v = variables.addObject();
            v.put("code", id.asString());
            v.put("text", id.asString());
            ArrayNode values = v.putArray("values");
            codes.forEach(values::add);
            ArrayNode texts = v.putArray("valueTexts");
            codes.forEach(texts::add);
            if (id.asString().equals("Kuukausi") || id.asString().equals("Vuosi")) {
                v.put("time", true);
            }
        }
        return json.writeValueAsString(meta);
    }

    void serveTable(String path, String jsonStat) {
        server.answer("GET", path, Answer.json(metadataOf(jsonStat)));
        server.answer("POST", path, Answer.json(jsonStat));
    }

    long count(String sql, Object... args) {
        return jdbc.sql(sql).params(args).query(Long.class).single();
    }

    @Test
    void importsTheReal12tiResponseThenImportsNothingWhenItIsUnchanged() throws Exception {
        assumeThat(Files.exists(SHARED_12TI))
                .as("../shared/data is absent: the recorded 12ti response is not available, test skipped")
                .isTrue();
        String recorded = Files.readString(SHARED_12TI);
        serveTable(T12TI, recorded);

        ConnectorStore.Fetch first = harness.run("statfin-12ti");

        assertThat(first.outcome()).as(String.valueOf(first.error())).isEqualTo("IMPORTED");
        assertThat(first.vintage()).isEqualTo("2023-11-22");
        assertThat(first.checksum()).hasSize(64);
        assertThat(first.sizeBytes()).isEqualTo(Files.size(SHARED_12TI));
        ServerQuery query = lastQuery(T12TI);
        assertThat(query.body().path("response").path("format").asString()).isEqualTo("json-stat2");
        // 20 areas x 433 occupations x 2 measures = 17,320 cells a month: 5 months fit in 100,000
        assertThat(query.values("Kuukausi")).containsExactly("2023M02", "2023M03", "2023M04", "2023M05", "2023M06");
        long sourceId = count("select id from evidence_source where dataset = '12ti' and vintage = '2023-11-22'");
        long facts = count("select count(*) from labour_market_fact where source_id = ?", sourceId);
        assertThat(facts).isPositive();
        assertThat(count(
                        "select count(*) from source_raw_response where connector_id = 'statfin-12ti' and checksum = ?",
                        first.checksum()))
                .isEqualTo(1);
        assertThat(harness.state("statfin-12ti").status()).isEqualTo("OK");

        ConnectorStore.Fetch second = harness.run("statfin-12ti");

        assertThat(second.outcome()).isEqualTo("UNCHANGED");
        assertThat(second.rowsStored()).isNull();
        assertThat(count("select id from evidence_source where dataset = '12ti' and vintage = '2023-11-22'"))
                .as("the source was not imported again (a re-import would replace it under a new id)")
                .isEqualTo(sourceId);
        assertThat(count("select count(*) from labour_market_fact where source_id = ?", sourceId))
                .isEqualTo(facts);
    }

    @Test
    void fetchNowThroughTheApiImportsTheAnswerAndTheTightnessApiAnswersFromIt() throws Exception {
        String doc = """
                {"version": "2.0", "class": "dataset", "label": "12ti connector test",
                 "source": "Tilastokeskus, työnvälitystilasto", "updated": "2026-11-20T06:00:00Z",
                 "id": ["Alue", "Ammattiryhmä", "Kuukausi", "Tiedot"], "size": [1, 1, 1, 2],
                 "dimension": {
                   "Alue": {"category": {"index": ["MK15"]}},
                   "Ammattiryhmä": {"category": {"index": ["5321"]}},
                   "Kuukausi": {"category": {"index": ["2026M10"]}},
                   "Tiedot": {"category": {"index": ["TYOTTOMATLOPUSSA", "AVPAIKATLOPUSSA"]}}},
                 "extension": {"px": {"tableid": "12ti"}},
                 "value": [40, 10]}
                """;
        serveTable(T12TI, doc);

        mvc.perform(post("/api/v1/sources/connectors/statfin-12ti/fetch")
                        .with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value("statfin-12ti"));
        awaitFinished("statfin-12ti");

        mvc.perform(get("/api/v1/sources/connectors").with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'statfin-12ti')].status").value("OK"))
                .andExpect(jsonPath("$[?(@.id == 'statfin-12ti')].vintage").value("2026-11-20"))
                .andExpect(jsonPath("$[?(@.id == 'statfin-12ti')].enabled").value(true));
        mvc.perform(get("/api/v1/labour-market/tightness")
                        .param("area", "MK15")
                        .param("occupation", "5321")
                        .param("period", "2026M10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.vacancies").value(10))
                .andExpect(jsonPath("$.unemployed").value(40))
                .andExpect(jsonPath("$.ratio").value(0.25))
                .andExpect(jsonPath("$.source.vintage").value("2026-11-20"));
    }

    @Test
    void aFailingSourceLeavesThePreviousFiguresAndShowsItsError() throws Exception {
        String doc = employment12r5("2026-10-15T06:00:00Z", 1234);
        serveTable(T12R5, doc);
        assertThat(harness.run("statfin-12r5").outcome()).isEqualTo("IMPORTED");
        long facts = count("select count(*) from labour_market_fact f join evidence_source s on s.id = f.source_id"
                + " where s.dataset = 'statfin_tyonv_pxt_12r5' and s.vintage = '2026-10-15'");
        assertThat(facts).isEqualTo(2);
        assertThat(harness.run("statfin-12r5").outcome()).isEqualTo("UNCHANGED");

        server.answer("GET", T12R5, Answer.status(500));
        ConnectorStore.Fetch failed = harness.run("statfin-12r5");
        assertThat(failed.outcome()).isEqualTo("FAILED");
        assertThat(failed.error().messageKey()).isEqualTo("sources.error.status");
        assertThat(failed.error().arguments()).contains("500");
        // two successful runs, then one attempt and two retries
        assertThat(server.received().stream()
                        .filter(r -> r.method().equals("GET"))
                        .count())
                .isEqualTo(2 + 1 + 2);
        ConnectorStore.State state = harness.state("statfin-12r5");
        assertThat(state.status()).isEqualTo("FAILED");
        assertThat(state.vintage()).isEqualTo("2026-10-15");

        // malformed: the table's answer is cut off (the importer refuses it, nothing is stored)
        serveTable(T12R5, employment12r5("2026-11-15T06:00:00Z", 99));
        server.answer(
                "POST",
                T12R5,
                Answer.json(employment12r5("2026-11-15T06:00:00Z", 99).substring(0, 200)));
        ConnectorStore.Fetch truncated = harness.run("statfin-12r5");
        assertThat(truncated.outcome()).isEqualTo("FAILED");
        assertThat(count("select count(*) from evidence_source where dataset = 'statfin_tyonv_pxt_12r5'"
                        + " and vintage = '2026-11-15'"))
                .isZero();

        // timeout: the server answers after the read timeout (1 s in the tests)
        server.answer("GET", T12R5, Answer.slow(2_500));
        ConnectorStore.Fetch timeout = harness.run("statfin-12r5");
        assertThat(timeout.outcome()).isEqualTo("FAILED");
        assertThat(timeout.error().messageKey()).isEqualTo("sources.error.timeout");

        assertThat(count("select count(*) from labour_market_fact f join evidence_source s on s.id = f.source_id"
                        + " where s.dataset = 'statfin_tyonv_pxt_12r5' and s.vintage = '2026-10-15'"))
                .as("the previous figures are still there")
                .isEqualTo(facts);
        mvc.perform(get("/api/v1/sources/connectors")
                        .with(user("coordinator").roles("COORDINATOR"))
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$[?(@.id == 'statfin-12r5')].status").value("FAILED"))
                .andExpect(jsonPath(
                        "$[?(@.id == 'statfin-12r5')].lastError",
                        Matchers.hasItem(Matchers.containsString("did not answer within 1 seconds"))));
        mvc.perform(get("/sources")
                        .with(user("coordinator").roles("COORDINATOR"))
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("did not answer within 1 seconds")))
                .andExpect(content().string(Matchers.containsString("Scheduled sync is on")));
    }

    @Test
    void refusesATableWithoutTheExpectedVariables() {
        String doc = employment12r5("2026-10-15T06:00:00Z", 5).replace("\"Tiedot\"", "\"Muuttuja\"");
        serveTable(T12R5, doc);
        ConnectorStore.Fetch f = harness.run("statfin-12r5");
        assertThat(f.outcome()).isEqualTo("FAILED");
        assertThat(f.error().messageKey()).isEqualTo("sources.error.pxweb.missing-variable");
        assertThat(f.error().arguments()).containsExactly("tyonv/statfin_tyonv_pxt_12r5.px", "Tiedot / Uppgifter");
    }

    @Test
    void importsTheDurationTable() {
        // built in the documented shape (no recorded response of the duration table is available)
        String doc = """
                {"version": "2.0", "class": "dataset", "label": "Työttömät työnhakijat työttömyyden keston mukaan",
                 "source": "Tilastokeskus, työnvälitystilasto", "updated": "2026-11-25T06:00:00Z",
                 "id": ["Alue", "Kuukausi", "Työttömyyden kesto"], "size": [1, 1, 6],
                 "dimension": {
                   "Alue": {"category": {"index": ["KU905"]}},
                   "Kuukausi": {"category": {"index": ["2026M10"]}},
                   "Työttömyyden kesto": {"category": {"index": ["SSS", "01", "02", "03", "04", "05"],
                     "label": {"SSS": "Yhteensä", "01": "alle 3 kk", "02": "3 - 6 kk", "03": "6 - 12 kk",
                               "04": "12 - 24 kk", "05": "yli 24 kk"}}}},
                 "value": [100, 40, 20, 15, 15, 10]}
                """;
        serveTable(TDURATION, doc);
        assertThat(harness.run("statfin-duration").outcome()).isEqualTo("IMPORTED");
        assertThat(count("select count(*) from labour_market_fact where area_code = 'KU905' and period = '2026M10'"
                        + " and duration_class <> 'ALL'"))
                .isEqualTo(5);
        assertThat(harness.run("statfin-duration").outcome()).isEqualTo("UNCHANGED");
    }

    @Test
    void fetchNowOnThePageStartsTheConnectorAndComesBackToThePage() throws Exception {
        mvc.perform(post("/sources/statfin-duration/fetch")
                        .with(user("coordinator").roles("COORDINATOR"))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sources"));
        awaitFinished("statfin-duration");
        // the replay server has no answer for it (404): the error shows on the page
        assertThat(harness.state("statfin-duration").status()).isEqualTo("FAILED");
        mvc.perform(get("/sources")
                        .with(user("coordinator").roles("COORDINATOR"))
                        .param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("svarade HTTP 404")));
    }

    /**
     * 11ra in the documented shape (no recorded response is available): areas {@code SSS}, {@code KU}
     * + 3 digits and regions, the measure {@code vaesto} only, years. The table's metadata offers a
     * second measure, which the connector leaves out of the query.
     */
    @Test
    void imports11raPopulationThroughThePopulationImporterThenNothingWhenUnchanged() throws Exception {
        String doc = """
                {"version": "2.0", "class": "dataset", "label": "11ra connector test",
                 "source": "Tilastokeskus, väestörakenne", "updated": "2026-03-27T06:00:00Z",
                 "id": ["Alue", "Tiedot", "Vuosi"], "size": [4, 1, 2],
                 "dimension": {
                   "Alue": {"category": {"index": ["SSS", "MK02", "KU853", "KU202"]}},
                   "Tiedot": {"category": {"index": ["vaesto"], "label": {"vaesto": "Väkiluku"}}},
                   "Vuosi": {"category": {"index": ["2024", "2025"]}}},
                 "value": [5603851, 5640000, 480000, 481000, 202250, 204000, 35200, 35400]}
                """;
        String t11ra = "/statfin/vaerak/statfin_vaerak_pxt_11ra.px";
        String metadata =
                metadataOf(doc.replace("\"index\": [\"vaesto\"]", "\"index\": [\"vaesto\", \"vaesto_yli64_p\"]"));
        server.answer("GET", t11ra, Answer.json(metadata));
        server.answer("POST", t11ra, Answer.json(doc));
        try {
            ConnectorStore.Fetch first = harness.run("statfin-11ra");

            assertThat(first.outcome()).as(String.valueOf(first.error())).isEqualTo("IMPORTED");
            assertThat(first.vintage()).isEqualTo("2026-03-27");
            ServerQuery query = lastQuery(t11ra);
            assertThat(query.values("Tiedot")).containsExactly("vaesto");
            assertThat(query.values("Vuosi")).containsExactly("2024", "2025");
            assertThat(count("select population from municipality_population where municipality_code = '853'"
                            + " and year = 2025"))
                    .isEqualTo(204000);
            assertThat(count("select population from municipality_population where municipality_code = '202'"
                            + " and year = 2024"))
                    .isEqualTo(35200);
            mvc.perform(get("/api/v1/municipalities/853/population"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.year == 2025)].value").value(204000));

            assertThat(harness.run("statfin-11ra").outcome()).isEqualTo("UNCHANGED");

            // a table without the population measure is refused before the query; the figures stay
            server.answer("GET", t11ra, Answer.json(metadata.replace("\"vaesto\"", "\"vaesto_x\"")));
            ConnectorStore.Fetch refused = harness.run("statfin-11ra");
            assertThat(refused.outcome()).isEqualTo("FAILED");
            assertThat(refused.error().messageKey()).isEqualTo("sources.error.pxweb.missing-value");
            assertThat(count("select population from municipality_population where municipality_code = '853'"
                            + " and year = 2025"))
                    .isEqualTo(204000);
        } finally {
            // other tests read the latest population year: leave it as shipped
            jdbc.sql("delete from municipality_population where source like '%11ra connector test%'")
                    .update();
        }
    }

    /** A 12r5 answer in the documented shape: Vaasa x one month x two measures. */
    static String employment12r5(String updated, int unemployed) {
        return """
                {"version": "2.0", "class": "dataset", "label": "12r5 connector test",
                 "source": "Tilastokeskus, työnvälitystilasto", "updated": "%s",
                 "id": ["Alue", "Kuukausi", "Tiedot"], "size": [1, 1, 2],
                 "dimension": {
                   "Alue": {"category": {"index": ["KU905"]}},
                   "Kuukausi": {"category": {"index": ["2026M09"]}},
                   "Tiedot": {"category": {"index": ["TYOTTOMATLOPUSSA", "TYOVOIMATK"]}}},
                 "extension": {"px": {"tableid": "statfin_tyonv_pxt_12r5"}},
                 "value": [%d, 35000]}
                """.formatted(updated, unemployed);
    }

    record ServerQuery(JsonNode body) {
        List<String> values(String code) {
            for (JsonNode q : body.path("query")) {
                if (q.path("code").asString().equals(code)) {
                    List<String> out = new ArrayList<>();
                    q.path("selection").path("values").forEach(v -> out.add(v.asString()));
                    return out;
                }
            }
            return List.of();
        }
    }

    ServerQuery lastQuery(String path) {
        ReplayServer.Received r = server.received().stream()
                .filter(x -> x.method().equals("POST") && x.path().equals(path))
                .reduce((a, b) -> b)
                .orElseThrow();
        return new ServerQuery(json.readTree(r.body()));
    }

    void awaitFinished(String id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (!"RUNNING".equals(harness.state(id).status())) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(id + " still running after 60 s");
    }
}
