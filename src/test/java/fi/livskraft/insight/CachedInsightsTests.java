package fi.livskraft.insight;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.IntegrationTest;
import fi.livskraft.common.FactImporter;
import fi.livskraft.common.ImportProgress;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analyses are kept per data version and never outlive it: an import (or any change of the
 * tables they read) makes the next call compute afresh. Each test runs in a transaction that is
 * rolled back (the importer joins it), so the shared database keeps only its own data; the version
 * bump, deferred to the commit in production, is made immediate so that it happens inside the test.
 */
@IntegrationTest
@Transactional
@WithMockUser(roles = "COORDINATOR")
class CachedInsightsTests {

    /** A month no real or demonstration source has. */
    static final String MONTH = "2039M01";

    @Autowired
    Insights insights;

    @Autowired
    DataVersion version;

    @Autowired
    List<FactImporter> importers;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void bumpTheVersionAtEachChange() {
        jdbc.sql("set constraints all immediate").update();
    }

    @Test
    void pagesAndApiGetTheCachingAnalyses() {
        assertThat(insights).isInstanceOf(CachedInsights.class);
    }

    @Test
    void answersTheSameResultAgainWhileTheDataIsUnchanged() {
        Insights.AreaReport first = insights.areaReport("MK15");
        assertThat(insights.areaReport("MK15")).isSameAs(first);
        assertThat(insights.gap("MK15", null, "all", null, null))
                .isSameAs(insights.gap("MK15", null, "all", null, null));
    }

    @Test
    void neverServesAnAnalysisOfDataThatAnImportChanged() {
        String dataset = "cache-test-" + UUID.randomUUID();
        List<String> before = insights.periods();
        assertThat(before).doesNotContain(MONTH);

        importCsv(dataset, 40, 30);
        assertThat(insights.periods()).contains(MONTH);
        assertThat(ratioInMk15()).isEqualByComparingTo("0.75");

        // the same publisher, dataset and vintage again replaces the figures
        importCsv(dataset, 40, 60);
        assertThat(ratioInMk15()).isEqualByComparingTo("1.5");
    }

    @Test
    void theDataVersionMovesWithEveryChangeAndNotWithReads() {
        String v0 = version.current();
        insights.areaReport("MK15");
        assertThat(version.current()).isEqualTo(v0);
        jdbc.sql("update region set name_en = name_en where code = '15'").update();
        String v1 = version.current();
        assertThat(v1).isNotEqualTo(v0);
        jdbc.sql("update qualification_occupation set weight = weight where isco_code = '5321'")
                .update();
        assertThat(version.current()).isNotEqualTo(v1);
    }

    @Test
    void aRegistryChangeReachesTheNextAnalysis() {
        Insights.OccupationReport before = insights.occupation("5321", null);
        jdbc.sql("update region set name_en = 'Ostrobothnia (renamed in a test)' where code = '15'")
                .update();
        Insights.OccupationReport after = insights.occupation("5321", null);
        assertThat(after).isNotSameAs(before);
        assertThat(after.regions().stream()
                        .filter(r -> r.area().code().equals("MK15"))
                        .findFirst()
                        .orElseThrow()
                        .area()
                        .names()
                        .en())
                .isEqualTo("Ostrobothnia (renamed in a test)");
    }

    private BigDecimal ratioInMk15() {
        return insights.occupation("5321", MONTH).regions().stream()
                .filter(r -> r.area().code().equals("MK15"))
                .findFirst()
                .orElseThrow()
                .tightness()
                .ratio();
    }

    private void importCsv(String dataset, int unemployed, int vacancies) {
        String csv = """
                # publisher: Livskraft cache test
                # dataset: %s
                # vintage: 2039-02-01
                # licence: CC BY 4.0
                area,occupation,period,measure,value
                MK15,5321,%s,UNEMPLOYED_JOBSEEKERS,%d
                MK15,5321,%s,OPEN_VACANCIES,%d
                """.formatted(dataset, MONTH, unemployed, MONTH, vacancies);
        FactImporter csvImporter = importers.stream()
                .filter(i -> i.format().equals("csv"))
                .findFirst()
                .orElseThrow();
        csvImporter.importFile(
                "cache-test.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
    }
}
