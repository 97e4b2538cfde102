package fi.livskraft.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import fi.livskraft.common.SystemActor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Finding 6 of the security test: the education CSVs neutralised nothing. A provider name from an
 * imported file that starts a formula comes out with an apostrophe in both exports.
 */
@IntegrationTest
class EducationCsvFormulaTests {

    static final String PROVIDER = "TEST-FORMULA";
    static final String NAME = "-2+3+cmd|' /C calc'!A0";
    static final String FILE = "# publisher: Formula test\n# dataset: formula-test\n# vintage: 2025\n"
            + "# licence: CC BY 4.0\n"
            + "provider_code;provider_name;qualification;year;language;measure;value;area\n"
            + PROVIDER + ";" + NAME + ";371101;2025;sv;START_PLACES;20;\n"
            + PROVIDER + ";" + NAME + ";371101;2024;all;OUTCOME_GRADUATES;40;\n"
            + PROVIDER + ";" + NAME + ";371101;2024;all;EMPLOYED;20;\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    EducationCsvImporter importer;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void importAProviderNamedLikeAFormula() {
        SystemActor.run(() -> importer.importFile(
                "formula-test.csv", new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)), (d, t) -> {}));
    }

    @AfterEach
    void removeIt() {
        String source = "(select id from evidence_source where publisher = 'Formula test')";
        jdbc.sql("delete from education_supply where source_id in " + source).update();
        jdbc.sql("delete from graduate_outcome where source_id in " + source).update();
        jdbc.sql("delete from evidence_source where publisher = 'Formula test'").update();
    }

    @ParameterizedTest
    @ValueSource(strings = {"supply", "outcomes"})
    void eachEducationCsvNeutralisesAFormula(String table) throws Exception {
        String csv = mvc.perform(get("/education/" + table + ".csv")
                        .param("provider", PROVIDER)
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(";\"'" + NAME + "\";").doesNotContain(";" + NAME + ";");
    }
}
