package fi.livskraft.economypages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import fi.livskraft.common.FactImporter;
import fi.livskraft.common.SystemActor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The municipality's economy page shows its unemployed jobseekers by duration, with the source. */
@IntegrationTest
class UnemploymentDurationPageTests {

    private static final String DATASET = "economy-page-duration-test";

    @Autowired
    List<FactImporter> importers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void removeTheTestSource() {
        jdbc.sql("delete from evidence_source where dataset = ?").param(DATASET).update();
    }

    @Test
    void showsTheLatestMonthByDurationClassInTheCallersLanguageWithItsSource() throws Exception {
        String csv = "# publisher: Duration page test\n# dataset: " + DATASET + "\n# vintage: 2026\n"
                + "# licence: CC BY 4.0\n"
                + "area,occupation,period,measure,value,duration\n"
                + "KU499,SSS,2026M02,UNEMPLOYED_JOBSEEKERS,99,GE24M\n"
                + "KU499,SSS,2026M03,UNEMPLOYED_JOBSEEKERS,412,LT3M\n"
                + "KU499,SSS,2026M03,UNEMPLOYED_JOBSEEKERS,1234,GE24M\n"
                + "KU499,SSS,2026M03,UNEMPLOYED_JOBSEEKERS,,3-6M\n";
        FactImporter importer = importers.stream()
                .filter(i -> i.format().equals("csv"))
                .findFirst()
                .orElseThrow();
        SystemActor.run(() -> importer.importFile(
                "duration.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), (done, total) -> {}));

        String sv = mvc.perform(get("/economy/municipalities/499").param("lang", "sv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String table = sv.substring(
                sv.indexOf("<table id=\"durations\">"), sv.indexOf("</table>", sv.indexOf("id=\"durations\"")));
        assertThat(table)
                .contains("Arbetslösa arbetssökande efter arbetslöshetens längd, 2026M03")
                .contains("under 3 månader")
                .contains("412")
                .contains("inte publicerad")
                .contains("2 år eller mer")
                .contains("1\u00a0234")
                .contains("Duration page test: " + DATASET + ", 2026")
                .doesNotContain(">99<");
        assertThat(table.indexOf("under 3 månader")).isLessThan(table.indexOf("3–6 månader"));

        String fi = mvc.perform(get("/economy/municipalities/499").param("lang", "fi"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fi)
                .contains("Työttömät työnhakijat työttömyyden keston mukaan, 2026M03")
                .contains("alle 3 kuukautta");
    }

    @Test
    void saysSoWhenNoDurationTableHasBeenImported() throws Exception {
        String en = mvc.perform(get("/economy/municipalities/047").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(en)
                .contains("No table of jobseekers by unemployment duration has been imported for this municipality");
    }
}
