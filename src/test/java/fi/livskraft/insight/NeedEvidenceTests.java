package fi.livskraft.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Confirmed workforce needs in the gap and in the language and immigration views, on the embedded
 * PostgreSQL. The fixture needs are for dentists (2261) and sheet-metal workers (7213), occupations
 * no other test or demonstration need uses, in Vaasa (905, bilingual with Finnish majority),
 * Korsholm (499, bilingual with Swedish majority) and Närpes (545), all in Ostrobothnia (15).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedEvidenceTests {

    static final String BY = "insight-need-test";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long vaasaSwedish;
    long korsholm;
    long vaasaFinnish;

    @BeforeAll
    void insertNeeds() {
        cleanUp();
        // 6 dentists, Swedish, international, in review
        vaasaSwedish = need(6, "905", "2026-AUTUMN", "sv", true, "IN_REVIEW", "2261");
        // 8 persons split between dentists and sheet-metal workers: 4 each
        korsholm = need(8, "499", "2027-SPRING", "sv", false, "NEW", "2261", "7213");
        // closed: never counts
        need(50, "545", "2027-SPRING", "sv", true, "CLOSED", "2261");
        // far horizon: not in the gap's needs period, but in the language view
        need(30, "905", "2099-SPRING", "sv", false, "NEW", "2261");
        // Finnish, international
        vaasaFinnish = need(7, "905", "2027-SPRING", "fi", true, "ANSWERED", "2261");
        // no confirmed occupation: never counts
        need(40, "905", "2027-SPRING", "sv", true, "NEW");
    }

    long need(
            int heads,
            String municipality,
            String horizon,
            String language,
            boolean international,
            String status,
            String... isco) {
        long id = jdbc.queryForObject(
                "insert into workforce_need (text, text_language, head_count, area_kind, area_code, horizon,"
                        + " language_requirement, international, status, raised_by_kind, raised_by_name, created_by)"
                        + " values ('test need', 'sv', ?, 'MUNICIPALITY', ?, ?, ?, ?, ?, 'COORDINATOR', 'Livskraft', ?)"
                        + " returning id",
                Long.class,
                heads,
                municipality,
                horizon,
                language,
                international,
                status,
                BY);
        for (String code : isco) {
            jdbc.update(
                    "insert into workforce_need_occupation (need_id, isco_code, label, confirmed_by) values (?, ?, ?, ?)",
                    id,
                    code,
                    code,
                    BY);
        }
        return id;
    }

    @AfterAll
    void cleanUp() {
        jdbc.update("delete from workforce_need where created_by = ?", BY);
    }

    @Test
    void confirmedNeedsOfTheAreaAndLanguageAreATermOfTheGap() throws Exception {
        // Swedish: 6 + 8 / 2 dentists; the closed need, the far horizon and the need without occupations are out
        mvc.perform(get("/api/v1/gap").param("area", "MK15").param("language", "sv"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[?(@.occupation == '2261')].confirmedNeeds")
                        .value(10.0))
                .andExpect(jsonPath("$.rows[?(@.occupation == '2261')].confirmedNeedsAvailable")
                        .value(true))
                // 4 sheet-metal workers: fewer than 5 persons, hidden with the demand and the gap
                .andExpect(jsonPath("$.rows[?(@.occupation == '7213')].confirmedNeeds")
                        .value(Matchers.contains(Matchers.nullValue())))
                .andExpect(jsonPath("$.rows[?(@.occupation == '7213')].gap")
                        .value(Matchers.contains(Matchers.nullValue())))
                .andExpect(jsonPath("$.needsFrom").isNotEmpty())
                .andExpect(jsonPath("$.sources[?(@.dataset == 'workforce needs (dialogue)')]")
                        .isNotEmpty());
        mvc.perform(get("/api/v1/gap").param("area", "MK15"))
                .andExpect(jsonPath("$.rows[?(@.occupation == '2261')].confirmedNeeds")
                        .value(17.0));
        mvc.perform(get("/api/v1/gap").param("area", "MK15").param("language", "fi"))
                .andExpect(jsonPath("$.rows[?(@.occupation == '2261')].confirmedNeeds")
                        .value(7.0));
        // only Vaasa's needs in Vaasa
        mvc.perform(get("/api/v1/gap")
                        .param("area", "KU905")
                        .param("level", "municipality")
                        .param("language", "sv"))
                .andExpect(jsonPath("$.rows[?(@.occupation == '2261')].confirmedNeeds")
                        .value(6.0));
        // another region: none of them
        mvc.perform(get("/api/v1/gap").param("area", "MK01").param("language", "sv"))
                .andExpect(jsonPath("$.rows[?(@.occupation == '2261')].confirmedNeeds")
                        .value(Matchers.everyItem(Matchers.is(0.0))));
    }

    @Test
    void theDemandOfAGapRowAddsItsConfirmedNeeds() throws Exception {
        String body = mvc.perform(get("/api/v1/gap").param("area", "MK15").param("language", "sv"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Double> demand = com.jayway.jsonpath.JsonPath.read(body, "$.rows[?(@.occupation == '2261')].demand");
        List<Double> vacancies = com.jayway.jsonpath.JsonPath.read(body, "$.rows[?(@.occupation == '2261')].vacancies");
        assertThat(demand.get(0)).isEqualTo(vacancies.get(0) + 10.0, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void theLanguageViewSetsSwedishNeedsAgainstSupplyByLanguageStatus() throws Exception {
        mvc.perform(get("/api/v1/language"))
                .andExpect(status().isOk())
                // Vaasa: 6 + 30 Swedish (every horizon counts), 7 Finnish
                .andExpect(jsonPath("$.byStatus[?(@.group == 'BILINGUAL_FINNISH_MAJORITY' && @.occupation == '2261')]"
                                + ".sv.needed")
                        .value(36.0))
                .andExpect(jsonPath("$.byStatus[?(@.group == 'BILINGUAL_FINNISH_MAJORITY' && @.occupation == '2261')]"
                                + ".fi.needed")
                        .value(7.0))
                // Korsholm: 4 dentists, fewer than 5: hidden
                .andExpect(jsonPath("$.byStatus[?(@.group == 'BILINGUAL_SWEDISH_MAJORITY' && @.occupation == '2261')]"
                                + ".sv.needed")
                        .value(Matchers.contains(Matchers.nullValue())))
                .andExpect(jsonPath("$.byRegion[?(@.group == '15' && @.occupation == '2261')].sv.needed")
                        .value(40.0))
                .andExpect(jsonPath("$.method").isNotEmpty());
    }

    @Test
    void theImmigrationViewListsInternationalNeedsWithTheLanguageTheyRequire() throws Exception {
        mvc.perform(get("/api/v1/immigration"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rule.months").value(9))
                .andExpect(jsonPath("$.rule.of").value(12))
                .andExpect(jsonPath("$.needs[?(@.region == '15' && @.occupation == '2261')].persons")
                        .value(13.0))
                .andExpect(jsonPath("$.needs[?(@.region == '15' && @.occupation == '2261')].byLanguage.sv")
                        .value(6.0))
                .andExpect(jsonPath("$.needs[?(@.region == '15' && @.occupation == '2261')].byLanguage.fi")
                        .value(7.0))
                .andExpect(jsonPath("$.needs[?(@.occupation == '7213')]").isEmpty());
    }

    @Test
    void pagesRenderInEveryLanguageAndShowNeedLinksOnlyToThoseWhoMaySeeThem() throws Exception {
        String[][] titles = {
            {"sv", "Behov av arbetskraft efter språk", "Internationell rekrytering"},
            {"fi", "Työvoimatarpeet kielen mukaan", "Kansainvälinen rekrytointi"},
            {"en", "Workforce needs by language", "International recruitment"}
        };
        for (String[] t : titles) {
            mvc.perform(get("/evidence/language").param("lang", t[0]))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(t[1])))
                    .andExpect(content().string(containsString("<th scope=\"row\">")))
                    .andExpect(content().string(not(containsString("/needs/" + vaasaSwedish + "\""))));
            mvc.perform(get("/evidence/immigration").param("lang", t[0]))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(t[2])))
                    .andExpect(content().string(containsString("2261")));
            mvc.perform(get("/evidence").param("lang", t[0]))
                    .andExpect(content().string(containsString("href=\"/evidence/language\"")))
                    .andExpect(content().string(containsString("href=\"/evidence/immigration\"")));
        }
        var coordinator = user("coordinator").authorities(new SimpleGrantedAuthority("ROLE_COORDINATOR"));
        mvc.perform(get("/evidence/language").with(coordinator))
                .andExpect(content().string(containsString("/needs/" + vaasaSwedish + "\"")))
                .andExpect(content().string(containsString("/needs/" + korsholm + "\"")));
        mvc.perform(get("/evidence/immigration").with(coordinator))
                .andExpect(content().string(containsString("/needs/" + vaasaFinnish + "\"")))
                .andExpect(content().string(not(containsString("/needs/" + korsholm + "\""))));
        // an employer sees none of the coordinator's needs
        var employer = user("someone")
                .authorities(
                        new SimpleGrantedAuthority("ROLE_EMPLOYER"), new SimpleGrantedAuthority("EMPLOYER:999999"));
        mvc.perform(get("/evidence/language").with(employer))
                .andExpect(content().string(not(containsString("/needs/" + vaasaSwedish + "\""))));
    }

    @Test
    void bothViewsExportToCsvAndXlsxWithSourceAndMethod() throws Exception {
        for (String view : List.of("language", "immigration")) {
            String csv = mvc.perform(get("/evidence/" + view + "/export.csv").param("lang", "en"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(csv)
                    .contains("workforce needs (dialogue)")
                    .contains("2261")
                    .contains("Dentists");
            byte[] xlsx = mvc.perform(get("/evidence/" + view + "/export.xlsx"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(book.getNumberOfSheets()).isEqualTo(3);
                List<String> notes = new ArrayList<>();
                book.getSheetAt(0).forEach(r -> notes.add(r.getCell(0).getStringCellValue()));
                assertThat(notes).anyMatch(n -> n.contains("workforce needs (dialogue)"));
            }
        }
        String language = mvc.perform(get("/evidence/language/export.csv").param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(language).contains("\"bilingual, Finnish majority\",2261,Dentists,36.00,");
    }
}
