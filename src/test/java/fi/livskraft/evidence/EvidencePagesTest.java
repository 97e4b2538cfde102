package fi.livskraft.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import fi.livskraft.common.CsvLine;
import java.io.BufferedReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The imports page (a background job, so these tests commit and clean up after themselves), the
 * public sources page, the shipped reference facts and the LabourMarket queries.
 */
@IntegrationTest
class EvidencePagesTest {

    static final String DATASET = "pages-test-dataset";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LabourMarket labourMarket;

    @Autowired
    ImportJobs jobs;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from evidence_source where dataset = ?").param(DATASET).update();
    }

    @Test
    void theCoordinatorUploadsAndFollowsABackgroundImport() throws Exception {
        mvc.perform(get("/imports").with(user("coord").roles("COORDINATOR")).header("Accept-Language", "fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tilastojen tuonti")))
                .andExpect(content().string(containsString("jsonstat2")))
                .andExpect(content().string(containsString("# publisher:")));
        String csv = "# publisher: Pages test\n# dataset: " + DATASET
                + "\n# vintage: 2024\n# licence: CC BY 4.0\n# demo: true\n"
                + "area,occupation,period,measure,value\nMK15,5321,2024M01,OPEN_VACANCIES,3\n";
        MvcResult posted = mvc.perform(multipart("/imports")
                        .file(new MockMultipartFile(
                                "file", "pages.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("format", "csv")
                        .with(user("coord").roles("COORDINATOR"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = posted.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/imports/jobs/");
        long id = Long.parseLong(location.substring("/imports/jobs/".length()));
        ImportJob job = jobs.find(id).orElseThrow();
        for (int i = 0; i < 100 && job.running(); i++) {
            Thread.sleep(100);
            job = jobs.find(id).orElseThrow();
        }
        assertThat(job.status()).isEqualTo("SUCCEEDED");
        assertThat(job.report().source().demo()).isTrue();
        mvc.perform(get(location).with(user("coord").roles("COORDINATOR")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Succeeded")))
                .andExpect(content().string(containsString("Pages test")))
                .andExpect(content().string(containsString("tag demo")))
                .andExpect(content().string(not(containsString("hx-trigger"))));
        mvc.perform(get(location).with(user("coord").roles("COORDINATOR")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("job-status")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aRunningJobPollsAndARefusedJobShowsItsErrors() throws Exception {
        long running = jdbc.sql("insert into evidence_import_job (format, file_name, status, started_by, done, total)"
                        + " values ('csv', 'slow.csv', 'RUNNING', 'coord', 5, 10) returning id")
                .query(Long.class)
                .single();
        try {
            mvc.perform(get("/imports/jobs/" + running).with(user("coord").roles("COORDINATOR")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
                    .andExpect(content().string(containsString("value=\"50\"")))
                    .andExpect(content().string(containsString("href=\"/imports/jobs/" + running + "\"")));
            jobs.run();
            assertThat(jobs.find(running).orElseThrow().status()).isEqualTo("INTERRUPTED");
        } finally {
            jdbc.sql("delete from evidence_import_job where id = ?")
                    .param(running)
                    .update();
        }
        MvcResult posted = mvc.perform(multipart("/imports")
                        .file(new MockMultipartFile(
                                "file", "bad.csv", "text/csv", "area\n".getBytes(StandardCharsets.UTF_8)))
                        .param("format", "csv")
                        .with(user("coord").roles("COORDINATOR"))
                        .with(csrf()))
                .andReturn();
        long id = Long.parseLong(posted.getResponse().getRedirectedUrl().substring("/imports/jobs/".length()));
        for (int i = 0; i < 100 && jobs.find(id).orElseThrow().running(); i++) {
            Thread.sleep(100);
        }
        mvc.perform(get("/imports/jobs/" + id)
                        .with(user("coord").roles("COORDINATOR"))
                        .header("Accept-Language", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Importen avvisades")))
                .andExpect(content().string(containsString("Källraden")));
    }

    @Test
    void theFormRefusesAMissingFileAndOthersMayNotImport() throws Exception {
        mvc.perform(multipart("/imports")
                        .param("format", "csv")
                        .with(user("coord").roles("COORDINATOR"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("Choose a file to import")));
        mvc.perform(get("/imports").with(user("p").roles("PROVIDER"))).andExpect(status().isForbidden());
    }

    @Test
    void theSourcesPageIsPublicAndNamesTheShippedStatisticsFinlandTables() throws Exception {
        mvc.perform(get("/evidence/sources").header("Accept-Language", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Källor")))
                .andExpect(content().string(containsString("statfin_tyonv_pxt_12ti")))
                .andExpect(content().string(containsString("statfin_tyonv_pxt_12r5")))
                .andExpect(content().string(containsString("CC BY 4.0")))
                .andExpect(content().string(containsString("2023-11-22")));
    }

    @Test
    void theShippedFactsEqualTheStatisticsFinlandFiles() throws Exception {
        Path file = Path.of("..", "shared", "data", "labour_market", "tyonv_12ti_2023M01-M10_maakunta_ammatti.csv");
        Assumptions.assumeTrue(Files.isRegularFile(file), "../shared/data is absent: cannot compare the shipped 12ti");
        int checked = 0;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            in.readLine();
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                if (n++ % 997 != 0) {
                    continue;
                }
                List<String> f = CsvLine.split(line);
                String measure = LabourMeasures.STATFIN_CODES.get(f.get(3));
                Optional<LabourFact> fact = labourMarket.value(f.get(0), f.get(1), f.get(2), measure);
                assertThat(fact).as(line).isPresent();
                // whole-country rows (occupation SSS) are also in 12r5, with the same figures
                assertThat(fact.get().source().dataset())
                        .isIn("statfin_tyonv_pxt_12ti", f.get(1).equals("SSS") ? "statfin_tyonv_pxt_12r5" : "");
                assertThat(fact.get().source().licence()).isEqualTo("CC BY 4.0");
                assertThat(fact.get().source().demo()).isFalse();
                if (f.get(4).isEmpty()) {
                    assertThat(fact.get().missing()).as(line).isTrue();
                } else {
                    assertThat(fact.get().value()).as(line).isEqualByComparingTo(new BigDecimal(f.get(4)));
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(labourMarket.value("KU499", "SSS", "2023M10", "LABOUR_FORCE"))
                .isPresent();
    }

    @Test
    void unemployedByDurationReadsTheLatestMonthInClassOrder() throws Exception {
        String csv = "# publisher: Pages test\n# dataset: " + DATASET + "\n# vintage: 2025\n# licence: CC BY 4.0\n"
                + "area,occupation,period,measure,value,duration\n"
                + "KU905,SSS,2025M01,UNEMPLOYED_JOBSEEKERS,9,GE24M\n"
                + "KU905,SSS,2025M02,UNEMPLOYED_JOBSEEKERS,30,LT3M\n"
                + "KU905,SSS,2025M02,UNEMPLOYED_JOBSEEKERS,8,GE24M\n"
                + "KU905,SSS,2025M02,UNEMPLOYED_JOBSEEKERS,,3-6M\n";
        jobs.runNow(
                "csv", "duration.csv", new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test");
        List<LabourFact> facts = labourMarket.unemployedByDuration("905");
        assertThat(facts).extracting(LabourFact::durationClass).containsExactly("LT3M", "3-6M", "GE24M");
        assertThat(facts).extracting(LabourFact::period).containsOnly("2025M02");
        assertThat(facts.get(1).missing()).isTrue();
        assertThat(facts.get(2).value()).isEqualByComparingTo("8");
        assertThat(facts.get(0).source().dataset()).isEqualTo(DATASET);
    }
}
