package fi.livskraft.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fi.livskraft.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The gap answers the question a confirmed need asks: 12 Swedish-speaking welders (7212) needed in
 * Korsholm (499) put welders among the first rows for the coordinator, and the public sees the same
 * order with small figures hidden.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GapRankingTests {

    static final String BY = "gap-ranking-test";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    final RequestPostProcessor coordinator =
            user("coordinator").authorities(new SimpleGrantedAuthority("ROLE_COORDINATOR"));

    @BeforeAll
    void insertNeed() {
        cleanUp();
        long id = jdbc.queryForObject(
                "insert into workforce_need (text, text_language, head_count, area_kind, area_code, horizon,"
                        + " language_requirement, international, status, raised_by_kind, raised_by_name, created_by)"
                        + " values ('Vi behöver tolv svetsare som talar svenska', 'sv', 12, 'MUNICIPALITY', '499',"
                        + " ?, 'sv', false, 'NEW', 'COORDINATOR', 'Livskraft', ?) returning id",
                Long.class,
                java.time.LocalDate.now(NeedInsights.ZONE).plusMonths(2).toString(),
                BY);
        jdbc.update(
                "insert into workforce_need_occupation (need_id, isco_code, label, confirmed_by) values (?, '7212', 'svetsare', ?)",
                id,
                BY);
    }

    @AfterAll
    void cleanUp() {
        jdbc.update("delete from workforce_need where created_by = ?", BY);
    }

    List<Map<String, Object>> rows(RequestPostProcessor... as) throws Exception {
        var request = get("/api/v1/gap").param("area", "KU499").param("language", "sv");
        for (RequestPostProcessor p : as) {
            request = request.with(p);
        }
        String body = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.rows");
    }

    static Map<String, Object> row(List<Map<String, Object>> rows, String isco) {
        return rows.stream()
                .filter(r -> isco.equals(r.get("occupation")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aConfirmedNeedForTwelveSwedishSpeakingWeldersInKorsholmPutsWeldersAmongTheFirstFiveRows() throws Exception {
        List<Map<String, Object>> rows = rows(coordinator);
        Map<String, Object> welders = row(rows, "7212");
        assertThat((Integer) welders.get("rank")).isLessThanOrEqualTo(5);
        assertThat(rows.indexOf(welders)).isLessThan(5);
        assertThat(((Number) welders.get("confirmedNeeds")).doubleValue()).isGreaterThanOrEqualTo(12.0);
        assertThat(welders.get("gap")).isNotNull();
        assertThat(welders.get("suppressed")).isEqualTo(false);
        // the coordinator sees every figure: nothing in the area is hidden
        assertThat(rows).allSatisfy(r -> assertThat(r.get("suppressed")).isEqualTo(false));
    }

    @Test
    void thePublicSeesTheSameOrderWithSmallFiguresHiddenInPlace() throws Exception {
        List<Map<String, Object>> full = rows(coordinator);
        List<Map<String, Object>> shown = rows();
        assertThat(shown)
                .extracting(r -> r.get("occupation"))
                .containsExactlyElementsOf(
                        full.stream().map(r -> r.get("occupation")).toList());
        assertThat(shown)
                .extracting(r -> r.get("rank"))
                .containsExactlyElementsOf(full.stream().map(r -> r.get("rank")).toList());
        assertThat(shown).anySatisfy(r -> assertThat(r.get("suppressed")).isEqualTo(true));
        // an employer is not a body of the partnership: the public view
        List<Map<String, Object>> employer = rows(user("someone")
                .authorities(new SimpleGrantedAuthority("ROLE_EMPLOYER"), new SimpleGrantedAuthority("EMPLOYER:1")));
        assertThat(employer)
                .extracting(r -> r.get("suppressed"))
                .isEqualTo(shown.stream().map(r -> r.get("suppressed")).toList());
    }

    @Test
    void theGapPageDefaultsToTheOwnersMunicipalityAndThePageLanguageAndPagesItsRows() throws Exception {
        var owner = user("owner-test")
                .authorities(new SimpleGrantedAuthority("ROLE_OWNER"), new SimpleGrantedAuthority("OWNER:499"));
        String page = mvc.perform(get("/evidence/gap").param("lang", "sv").with(owner))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Utbud mot efterfrågan i Korsholm")
                .contains("<option value=\"sv\" selected=\"selected\">")
                .contains("Rad 1–50 av ")
                .contains("rel=\"next\"")
                .containsPattern("<td class=\"num\">1</td>\\s*<th scope=\"row\"><a href=\"/evidence/occupations/7212\"")
                .doesNotContainPattern("<td class=\"num\">\\d+,\\d\\d</td>");
        String filtered = mvc.perform(get("/evidence/gap")
                        .param("lang", "fi")
                        .param("area", "KU499")
                        .param("group", "7")
                        .param("q", "hitsaaj"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(filtered).contains("/evidence/occupations/7212").doesNotContain("/evidence/occupations/5321\"");
        assertThat(filtered).contains("<option value=\"fi\" selected=\"selected\">");
    }
}
