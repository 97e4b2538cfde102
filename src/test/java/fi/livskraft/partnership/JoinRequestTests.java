package fi.livskraft.partnership;

import static fi.livskraft.Forms.form;
import static fi.livskraft.Forms.jsonAs;
import static fi.livskraft.partnership.ProviderTestSupport.coordinator;
import static fi.livskraft.partnership.ProviderTestSupport.providerStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fi.livskraft.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class JoinRequestTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String ask(String organisation) throws Exception {
        return mvc.perform(post("/api/v1/join-requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "sv")
                        .content("""
                                {"organisationName":"%s","organisationType":"EMPLOYER","contactName":"Test Person",
                                 "contactEmail":"test.person@example.fi","message":"Vi vill vara med."}
                                """.formatted(organisation)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.statusUrl").value(containsString("/join/status/")))
                .andExpect(header().string("Location", containsString("/join/status/")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void anyoneMayAskToJoinWithoutLoggingIn() throws Exception {
        String receipt = ask("Test Ab anonymous");
        long id = ((Number) JsonPath.read(receipt, "$.id")).longValue();
        assertThat(jdbc.sql("select language from join_request where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("sv");
        assertThat(jdbc.sql("select actor from audit_event where entity_type = 'join-request' and entity_id = ?")
                        .param(String.valueOf(id))
                        .query(String.class)
                        .single())
                .isEqualTo("anonymous");
    }

    @Test
    void namesEveryWrongField() throws Exception {
        mvc.perform(post("/api/v1/join-requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"organisationName":"","organisationType":"CLUB","contactName":"X",
                                 "contactEmail":"not-an-address","message":"%s"}
                                """.formatted("x".repeat(4001))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder("organisationName", "organisationType", "contactEmail", "message")));
    }

    @Test
    void onlyTheCoordinatorListsRequests() throws Exception {
        mvc.perform(get("/api/v1/join-requests")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/join-requests").with(providerStaff())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/join-requests").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("PENDING"));
        mvc.perform(post("/api/v1/join-requests/1/decision")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"APPROVE\",\"version\":0}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void approvingCreatesAParticipantAuditsAndShowsOnTheStatusPage() throws Exception {
        String receipt = ask("Test Ab approved");
        long id = ((Number) JsonPath.read(receipt, "$.id")).longValue();
        String statusUrl = JsonPath.read(receipt, "$.statusUrl");
        String path = statusUrl.substring(statusUrl.indexOf("/join/status/"));
        mvc.perform(get(path).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Waiting for a decision")));
        mvc.perform(jsonAs(
                        post("/api/v1/join-requests/" + id + "/decision"),
                        coordinator(),
                        "{\"decision\":\"APPROVE\",\"note\":\"Welcome aboard\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value("coordinator"));
        assertThat(jdbc.sql("select kind || ' ' || name from participant where join_request_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("EMPLOYER Test Ab approved");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'join-request'"
                                + " and entity_id = ? and action = 'APPROVE' and actor = 'coordinator'")
                        .param(String.valueOf(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get(path).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Approved")))
                .andExpect(content().string(containsString("Welcome aboard")));
        mvc.perform(get("/participants").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Test Ab approved")));
        mvc.perform(jsonAs(
                        post("/api/v1/join-requests/" + id + "/decision"),
                        coordinator(),
                        "{\"decision\":\"DECLINE\",\"note\":\"No\",\"version\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decision"));
    }

    @Test
    void aStaleVersionIsAConflictAndDecidesNothing() throws Exception {
        long id = ((Number) JsonPath.read(ask("Test Ab stale"), "$.id")).longValue();
        mvc.perform(jsonAs(
                        post("/api/v1/join-requests/" + id + "/decision"),
                        coordinator(),
                        "{\"decision\":\"DECLINE\",\"note\":\"Not now\",\"version\":7}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select status from join_request where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");
    }

    @Test
    void decliningNeedsANoteForTheApplicant() throws Exception {
        long id = ((Number) JsonPath.read(ask("Test Ab no note"), "$.id")).longValue();
        mvc.perform(jsonAs(
                        post("/api/v1/join-requests/" + id + "/decision"),
                        coordinator(),
                        "{\"decision\":\"DECLINE\",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
    }

    @Test
    void theJoinFormRedirectsToTheStatusPageOrShowsFieldErrors() throws Exception {
        mvc.perform(get("/join").param("lang", "fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hae mukaan kumppanuuteen")))
                .andExpect(content().string(containsString("Maakunnan liitto")));
        mvc.perform(post("/join")
                        .with(csrf())
                        .param("organisationName", "Test kommun form")
                        .param("organisationType", "MUNICIPALITY")
                        .param("contactName", "Test Person")
                        .param("contactEmail", "person@example.fi")
                        .param("message", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/join/status/*?received"));
        mvc.perform(post("/join")
                        .with(csrf())
                        .param("lang", "sv")
                        .param("organisationName", "")
                        .param("organisationType", "MUNICIPALITY")
                        .param("contactName", "Test Person")
                        .param("contactEmail", "person@"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#organisationName\"")))
                .andExpect(
                        content().string(containsString("aria-describedby=\"contactEmail-hint contactEmail-error\"")))
                .andExpect(content().string(containsString("Ange en giltig e-postadress")));
    }

    @Test
    void theCoordinatorDecidesOnTheJoinRequestsPage() throws Exception {
        long id = ((Number) JsonPath.read(ask("Test Ab page"), "$.id")).longValue();
        var coordinator = user("coordinator").roles("COORDINATOR");
        mvc.perform(get("/join-requests").with(coordinator).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Test Ab page")));
        mvc.perform(form("/join-requests/" + id + "/decision", coordinator, "decision=DECLINE&version=0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#note-" + id + "\"")));
        mvc.perform(form(
                        "/join-requests/" + id + "/decision",
                        coordinator,
                        "decision=DECLINE&note=Not this year&version=0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from join_request where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("DECLINED");
        mvc.perform(get("/join-requests").with(user("someone").roles("OWNER"))).andExpect(status().isForbidden());
        mvc.perform(get("/join-requests"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/login")));
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/join-requests/{id}/decision")))
                .andExpect(content().string(containsString("/api/v1/providers/{id}/owners")));
    }
}
