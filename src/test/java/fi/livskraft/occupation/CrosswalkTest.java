package fi.livskraft.occupation;

import static fi.livskraft.Forms.form;
import static fi.livskraft.Forms.jsonAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class CrosswalkTest {

    /** Hiusalan perustutkinto: seeded with one row, 5141 at 0.80. */
    static final String HAIR = "381303";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Crosswalk crosswalk;

    @AfterEach
    void restoreSeed() {
        jdbc.sql("delete from qualification_occupation where qualification_code = ? and changed_by <> ?")
                .params(HAIR, CrosswalkReferenceData.SEEDED_BY)
                .update();
        jdbc.sql("update qualification_occupation set valid_to = null, closed_by = null, version = 0"
                        + " where qualification_code = ?")
                .param(HAIR)
                .update();
    }

    static RequestPostProcessor coordinator() {
        return user("crosswalk-coordinator").roles("COORDINATOR");
    }

    static String body(long version, String rows) {
        return "{\"expectedVersion\": " + version + ", \"rows\": [" + rows + "]}";
    }

    static String row(String isco, String weight, String confidence) {
        return "{\"iscoCode\": \"" + isco + "\", \"weight\": " + weight + ", \"confidence\": \"" + confidence
                + "\", \"source\": \"Coordinator, graduate survey 2025\", \"note\": \"test\"}";
    }

    @Test
    void seedsEveryUpperSecondaryQualificationAtStartUp() {
        long missing = jdbc.sql("select count(*) from qualification q where q.type = 'UPPER_SECONDARY' and not exists"
                        + " (select 1 from qualification_occupation c where c.qualification_code = q.code)")
                .query(Long.class)
                .single();
        assertThat(missing).isZero();
        assertThat(crosswalk.byQualification("371101"))
                .extracting(CrosswalkRow::iscoCode)
                .contains("5321", "5322", "5311");
        assertThat(crosswalk.byIscoGroup("5321"))
                .extracting(CrosswalkRow::qualificationCode)
                .contains("371101");
    }

    @Test
    void apiListsCurrentRowsPubliclyWithFilters() throws Exception {
        mvc.perform(get("/api/v1/crosswalk").param("qualification", "371101"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].iscoCode", hasItem("5321")))
                .andExpect(jsonPath("$[*].qualificationCode", everyItem(is("371101"))))
                .andExpect(jsonPath("$[0].source", containsString("Livskraft seed 2026")));
        mvc.perform(get("/api/v1/crosswalk").param("occupation", "532"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].qualificationCode", hasItem("371101")));
        mvc.perform(get("/api/v1/crosswalk/" + HAIR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version", is(1)))
                .andExpect(jsonPath("$.current[0].iscoCode", is("5141")))
                .andExpect(jsonPath("$.history.length()", is(0)));
        mvc.perform(get("/api/v1/crosswalk/000000")).andExpect(status().isNotFound());
    }

    @Test
    void coordinatorChangesRowsKeepingHistoryAndAudit() throws Exception {
        long auditBefore = audits();
        mvc.perform(jsonAs(
                        put("/api/v1/crosswalk/" + HAIR),
                        coordinator(),
                        body(1, row("5141", "0.7", "HIGH") + ", " + row("5142", "0.1", "LOW"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.length()", is(2)))
                .andExpect(jsonPath("$.history.length()", is(1)))
                .andExpect(jsonPath("$.history[0].weight", is(0.8)))
                .andExpect(jsonPath("$.history[0].closedBy", is("crosswalk-coordinator")))
                .andExpect(jsonPath("$.current[0].changedBy", is("crosswalk-coordinator")));
        assertThat(crosswalk.byQualification(HAIR))
                .extracting(CrosswalkRow::iscoCode, r -> r.weight().stripTrailingZeros())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("5141", new BigDecimal("0.7")),
                        org.assertj.core.groups.Tuple.tuple("5142", new BigDecimal("0.1")));
        assertThat(audits()).isEqualTo(auditBefore + 1);
        String summary = jdbc.sql("select summary from audit_event where entity_type = 'qualification_occupation'"
                        + " and entity_id = ? order by id desc limit 1")
                .param(HAIR)
                .query(String.class)
                .single();
        assertThat(summary).contains("5141 0.7", "5142 0.1");

        // removing a row closes it; an unchanged row stays as it was
        long version = crosswalk.version(HAIR);
        mvc.perform(jsonAs(put("/api/v1/crosswalk/" + HAIR), coordinator(), body(version, row("5141", "0.7", "HIGH"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.length()", is(1)))
                .andExpect(jsonPath("$.history.length()", is(2)));
        assertThat(crosswalk.history(HAIR)).extracting(CrosswalkRow::iscoCode).containsExactly("5142", "5141");
        assertThat(audits()).isEqualTo(auditBefore + 2);
    }

    @Test
    void staleVersionIsRefusedWith409AndChangesNothing() throws Exception {
        long version = crosswalk.version(HAIR);
        mvc.perform(jsonAs(put("/api/v1/crosswalk/" + HAIR), coordinator(), body(version, row("5141", "0.75", "HIGH"))))
                .andExpect(status().isOk());
        List<CrosswalkRow> after = crosswalk.byQualification(HAIR);
        mvc.perform(jsonAs(put("/api/v1/crosswalk/" + HAIR), coordinator(), body(version, row("5141", "0.5", "LOW"))))
                .andExpect(status().isConflict());
        assertThat(crosswalk.byQualification(HAIR)).isEqualTo(after);
    }

    @Test
    void weightsOverOneAreRefusedNamingTheField() throws Exception {
        long auditBefore = audits();
        mvc.perform(put("/api/v1/crosswalk/" + HAIR)
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(
                                crosswalk.version(HAIR),
                                row("5141", "0.8", "HIGH") + ", " + row("5142", "0.3", "LOW"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("weights")))
                .andExpect(jsonPath("$.errors[0].message", containsString("1.1")));
        mvc.perform(jsonAs(
                        put("/api/v1/crosswalk/" + HAIR),
                        coordinator(),
                        body(crosswalk.version(HAIR), row("514", "1.5", "SURE"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("rows[0].iscoCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("rows[0].weight")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("rows[0].confidence")));
        assertThat(crosswalk.history(HAIR)).isEmpty();
        assertThat(audits()).isEqualTo(auditBefore);
    }

    @Test
    void onlyTheCoordinatorChangesTheCrosswalk() throws Exception {
        String change = body(1, row("5141", "0.5", "LOW"));
        mvc.perform(put("/api/v1/crosswalk/" + HAIR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isUnauthorized());
        mvc.perform(jsonAs(put("/api/v1/crosswalk/" + HAIR), user("owner").roles("OWNER"), change))
                .andExpect(status().isForbidden());
        mvc.perform(get("/crosswalk/" + HAIR + "/edit").with(user("provider").roles("PROVIDER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/crosswalk/" + HAIR + "/edit")).andExpect(status().is3xxRedirection());
        mvc.perform(form("/crosswalk/" + HAIR + "/edit", user("owner").roles("OWNER"), "version=1"))
                .andExpect(status().isForbidden());
        assertThat(crosswalk.history(HAIR)).isEmpty();
    }

    @Test
    void publicPagesListAndShowTheCrosswalk() throws Exception {
        mvc.perform(get("/crosswalk")
                        .param("q", "sosiaali- ja terveysalan perus")
                        .param("lang", "fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("371101")))
                .andExpect(content().string(containsString("Lähihoitajat")));
        mvc.perform(get("/crosswalk").param("type", "UPPER_SECONDARY").param("coverage", "WITHOUT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 ")));
        mvc.perform(get("/crosswalk").param("confidence", "LOW").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("381409")));
        mvc.perform(get("/crosswalk/" + HAIR).param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("5141")))
                .andExpect(content().string(containsString("Livskraft seed 2026")))
                .andExpect(content().string(containsString("Historik")));
        mvc.perform(get("/crosswalk").param("occupation", "5141"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(HAIR)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("371101"))));
        mvc.perform(get("/occupations/5141")).andExpect(content().string(containsString("/crosswalk?occupation=5141")));
        mvc.perform(get("/qualifications/" + HAIR)).andExpect(content().string(containsString("/crosswalk/" + HAIR)));
    }

    @Test
    void coordinatorCorrectsRowsWithTheFormAndSeesErrorsAtTheirFields() throws Exception {
        mvc.perform(get("/crosswalk/" + HAIR + "/edit").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"rows[0].weight\"")))
                .andExpect(content().string(containsString("value=\"0.8\"")));
        mvc.perform(
                        form(
                                "/crosswalk/" + HAIR + "/edit",
                                coordinator(),
                                "version=1&rows[0].iscoCode=5141&rows[0].weight=0,8&rows[0].confidence=HIGH&rows[0].source=Seed&rows[0].note=&rows[1].iscoCode=5142&rows[1].weight=0,4&rows[1].confidence=LOW&rows[1].source=Coordinator&rows[1].note="))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"weights-error\"")))
                .andExpect(content().string(containsString("href=\"#rows-0-weight\"")));
        mvc.perform(
                        form(
                                "/crosswalk/" + HAIR + "/edit",
                                coordinator(),
                                "version=1&rows[0].iscoCode=5141&rows[0].weight=0,8&rows[0].confidence=HIGH&rows[0].source=Seed&rows[0].note=&rows[0].remove=true&rows[1].iscoCode=5142&rows[1].weight=x&rows[1].confidence=LOW&rows[1].source=Coordinator&rows[1].note="))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"rows-1-weight-error\"")));
        mvc.perform(
                        form(
                                "/crosswalk/" + HAIR + "/edit",
                                coordinator(),
                                "version=1&rows[0].iscoCode=5141&rows[0].weight=0,6&rows[0].confidence=MEDIUM&rows[0].source=Coordinator, employer interviews&rows[0].note=barbers&rows[1].iscoCode=&rows[1].weight=&rows[1].confidence=&rows[1].source=&rows[1].note="))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/crosswalk/" + HAIR + "?saved"));
        assertThat(crosswalk.byQualification(HAIR)).singleElement().satisfies(r -> {
            assertThat(r.weight()).isEqualByComparingTo("0.6");
            assertThat(r.confidence()).isEqualTo(Confidence.MEDIUM);
            assertThat(r.note()).isEqualTo("barbers");
        });
        // the same form again is stale now
        mvc.perform(
                        form(
                                "/crosswalk/" + HAIR + "/edit",
                                coordinator(),
                                "version=1&rows[0].iscoCode=5141&rows[0].weight=0,5&rows[0].confidence=LOW&rows[0].source=x&rows[0].note="))
                .andExpect(status().isConflict());
    }

    long audits() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'qualification_occupation'")
                .query(Long.class)
                .single();
    }
}
