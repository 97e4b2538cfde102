package fi.livskraft.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import fi.livskraft.TestUsers;
import fi.livskraft.account.Role;
import fi.livskraft.account.UserAccounts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class EmploymentAreaApiTest {

    static final String PASSWORD = "correct-horse-battery-42";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    EmploymentAreas areas;

    AreaSnapshot snapshot;
    String coordinator;
    String owner;

    @BeforeEach
    void setUp() {
        snapshot = AreaSnapshot.take(jdbc);
        coordinator = TestUsers.create(accounts, "area-coord", PASSWORD, Role.COORDINATOR, "");
        owner = TestUsers.create(accounts, "area-owner", PASSWORD, Role.OWNER, "091");
    }

    @AfterEach
    void restore() {
        snapshot.restore(jdbc);
    }

    @Test
    void hasFortyFiveAreasCoveringEveryMainlandMunicipalityOnceAndNoAlandMunicipality() throws Exception {
        mvc.perform(get("/api/v1/employment-areas"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(45)))
                .andExpect(jsonPath("$[0].sourceNote").exists())
                .andExpect(jsonPath("$[0].version").exists());
        List<EmploymentArea> all = areas.list();
        Set<String> seen = new HashSet<>();
        for (EmploymentArea area : all) {
            for (String code : area.municipalityCodes()) {
                assertThat(seen.add(code)).as("%s in exactly one area", code).isTrue();
            }
            assertThat(area.municipalityCodes()).contains(area.leadMunicipalityCode());
        }
        List<String> mainland = jdbc.sql("select code from municipality where region_code <> '21'")
                .query(String.class)
                .list();
        List<String> aland = jdbc.sql("select code from municipality where region_code = '21'")
                .query(String.class)
                .list();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(mainland);
        assertThat(aland).hasSize(16).doesNotContainAnyElementsOf(seen);
    }

    @Test
    void showsOneAreaAndNotFoundForAnUnknownOne() throws Exception {
        mvc.perform(get("/api/v1/employment-areas/helsinki"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leadMunicipalityCode").value("091"))
                .andExpect(jsonPath("$.municipalityCodes", hasItem("091")));
        mvc.perform(get("/api/v1/employment-areas/nowhere")).andExpect(status().isNotFound());
    }

    @Test
    void coordinatorMovesAMunicipalityAndTheChangeIsAudited() throws Exception {
        EmploymentArea espoo = areas.get("espoo");
        String from = areas.list().stream()
                .filter(a -> a.municipalityCodes().contains("092"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(from).isEqualTo("vantaa");
        // 092 Vantaa is the lead of its own area: refused, naming the field
        mvc.perform(update("espoo", espoo.version(), "049", plus(espoo.municipalityCodes(), "092"))
                        .with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("municipalityCodes"));
        String moved = areas.get("kerava-sipoo").municipalityCodes().stream()
                .filter(c -> !c.equals(areas.get("kerava-sipoo").leadMunicipalityCode()))
                .findFirst()
                .orElseThrow();
        long auditBefore = auditCount();
        mvc.perform(update("espoo", espoo.version(), "049", plus(espoo.municipalityCodes(), moved))
                        .with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.municipalityCodes", hasItem(moved)))
                .andExpect(jsonPath("$.version").value(espoo.version() + 1));
        assertThat(areas.get("kerava-sipoo").municipalityCodes()).doesNotContain(moved);
        assertThat(auditCount()).isEqualTo(auditBefore + 2);
        String after = jdbc.sql("select after::text from audit_event where entity_type = 'employment_area'"
                        + " and entity_id = 'espoo' order by id desc limit 1")
                .query(String.class)
                .single();
        assertThat(after).contains(moved);
        String actor = jdbc.sql("select actor from audit_event where entity_type = 'employment_area'"
                        + " order by id desc limit 1")
                .query(String.class)
                .single();
        assertThat(actor).isEqualTo(coordinator);
    }

    @Test
    void staleVersionIsAConflict() throws Exception {
        EmploymentArea espoo = areas.get("espoo");
        mvc.perform(update("espoo", espoo.version(), "049", espoo.municipalityCodes())
                        .with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(update("espoo", espoo.version(), "049", espoo.municipalityCodes())
                        .with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isConflict());
    }

    @Test
    void leadOutsideTheMembersAlandAndUnknownCodesAreRefusedByField() throws Exception {
        EmploymentArea espoo = areas.get("espoo");
        mvc.perform(update("espoo", espoo.version(), "091", espoo.municipalityCodes())
                        .with(httpBasic(coordinator, PASSWORD))
                        .header("Accept-Language", "sv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("leadMunicipalityCode"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Ansvarskommunen 091 måste vara en av medlemskommunerna."));
        mvc.perform(update("espoo", espoo.version(), "049", plus(espoo.municipalityCodes(), "478"))
                        .with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("municipalityCodes"));
        mvc.perform(update("espoo", espoo.version(), "049", plus(espoo.municipalityCodes(), "999"))
                        .with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("municipalityCodes"));
        mvc.perform(update("espoo", espoo.version(), "049", List.of()).with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("municipalityCodes")));
        assertThat(areas.get("espoo")).isEqualTo(espoo);
        mvc.perform(get("/api/v1/employment-areas/espoo"))
                .andExpect(jsonPath("$.municipalityCodes", not(hasItem("478"))));
    }

    @Test
    void onlyTheCoordinatorMayCorrect() throws Exception {
        EmploymentArea espoo = areas.get("espoo");
        mvc.perform(update("espoo", espoo.version(), "049", espoo.municipalityCodes())
                        .with(httpBasic(owner, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(update("espoo", espoo.version(), "049", espoo.municipalityCodes()))
                .andExpect(status().isUnauthorized());
        assertThat(areas.get("espoo").version()).isEqualTo(espoo.version());
    }

    private static MockHttpServletRequestBuilder update(String id, int version, String lead, List<String> codes) {
        String list = String.join(",", codes.stream().map(c -> "\"" + c + "\"").toList());
        return put("/api/v1/employment-areas/" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"leadMunicipalityCode\":\"" + lead
                        + "\",\"municipalityCodes\":[" + list + "]}");
    }

    private static List<String> plus(List<String> codes, String code) {
        List<String> result = new java.util.ArrayList<>(codes);
        result.add(code);
        return result;
    }

    private long auditCount() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'employment_area'")
                .query(Long.class)
                .single();
    }
}
