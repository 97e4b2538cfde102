package fi.livskraft.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import fi.livskraft.common.FactImporter;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.SystemActor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * StatFin 11ra (population by municipality and year) as JSON-stat 2.0: a document built in the
 * shape the PxWeb API answers (dimensions Alue, Vuosi, Tiedot; values row-major). No real 11ra
 * response is at hand (../shared/data/SOURCES.md): the figures below are test values.
 */
@IntegrationTest
class StatfinPopulationImporterTests {

    static final String LABEL = "population test table";

    @Autowired
    List<FactImporter> importers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void removeTestFigures() {
        jdbc.sql("delete from municipality_population where source like ?")
                .param("%" + LABEL + "%")
                .update();
    }

    static String table(String areas, String values) {
        return """
                {"version":"2.0","class":"dataset","label":"%s","source":"Statistics Finland",
                 "updated":"2025-03-28T06:00:00Z",
                 "id":["Alue","Vuosi","Tiedot"],"size":[3,2,1],
                 "dimension":{
                  "Alue":{"label":"Alue","category":{"index":{%s},"label":{}}},
                  "Vuosi":{"label":"Vuosi","category":{"index":{"2023":0,"2024":1}}},
                  "Tiedot":{"label":"Tiedot","category":{"index":{"vaesto":0},"label":{"vaesto":"Väestö 31.12."}}}},
                 "role":{"geo":["Alue"],"time":["Vuosi"],"metric":["Tiedot"]},
                 "value":[%s]}
                """.formatted(LABEL, areas, values);
    }

    ImportReport run(String json) {
        FactImporter importer = importers.stream()
                .filter(i -> i.format().equals(StatfinPopulationImporter.FORMAT))
                .findFirst()
                .orElseThrow();
        AtomicReference<ImportReport> report = new AtomicReference<>();
        SystemActor.run(() -> report.set(importer.importFile(
                "11ra.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), (done, total) -> {})));
        return report.get();
    }

    @Test
    void storesMunicipalitiesByYearSkipsOtherAreasAndTheApiUsesTheLatestYear() throws Exception {
        ImportReport report =
                run(table("\"SSS\":0,\"KU049\":1,\"KU091\":2", "5603851,5635971,314024,320931,674500,684018"));
        assertThat(report.rowsRead()).isEqualTo(6);
        assertThat(report.rowsStored()).isEqualTo(4);
        assertThat(jdbc.sql("select population from municipality_population where municipality_code = '091'"
                                + " and year = 2024")
                        .query(Integer.class)
                        .single())
                .isEqualTo(684018);
        mvc.perform(get("/api/v1/municipalities/049"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.population.year").value(2024))
                .andExpect(jsonPath("$.population.value").value(320931))
                .andExpect(jsonPath("$.population.source").value(org.hamcrest.Matchers.containsString("StatFin 11ra")));
        // the same table again changes nothing
        assertThat(run(table("\"SSS\":0,\"KU049\":1,\"KU091\":2", "1,1,314024,320931,674500,684018"))
                        .rowsStored())
                .isZero();
    }

    @Test
    void refusesAnUnknownMunicipalityAndStoresNothing() {
        assertThatThrownBy(() -> run(table("\"SSS\":0,\"KU049\":1,\"KU999\":2", "1,1,314024,320931,5,6")))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::messageKey)
                                .contains("evidence.population.unknown-municipality"));
        assertThat(jdbc.sql("select count(*) from municipality_population where source like ?")
                        .param("%" + LABEL + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
