package fi.livskraft.meeting;

import static fi.livskraft.Forms.form;
import static fi.livskraft.Forms.jsonAs;
import static fi.livskraft.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fi.livskraft.IntegrationTest;
import fi.livskraft.account.Actor;
import fi.livskraft.account.Role;
import fi.livskraft.dialogue.Need;
import fi.livskraft.dialogue.Needs;
import fi.livskraft.dialogue.NewNeed;
import fi.livskraft.dialogue.OccupationClassifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Finding 4 and 5 of the security test: any participant changed the status of an action owned by
 * another organisation, and an action accepted a need the caller could not see.
 */
@IntegrationTest
class ActionPermissionTests {

    static final Actor COORDINATOR = new Actor("coordinator", Map.of(Role.COORDINATOR, Set.of()));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Needs needs;

    @Autowired
    UserDetailsService users;

    @Autowired
    OccupationClassifier classifier;

    String organisationOf(String username) {
        return jdbc.sql("select r.role || ':' || r.scope_ref from app_user_role r join app_user u on u.id = r.user_id"
                        + " where u.username = ? and r.scope_ref <> '' order by r.role, r.scope_ref limit 1")
                .param(username)
                .query(String.class)
                .single();
    }

    long meetingWithEmployerAndProvider() throws Exception {
        String json = mvc.perform(post("/api/v1/meetings")
                        .with(as("coordinator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "PARTNERSHIP_DIALOGUE", "title": "Åtgärder %s", "startDate": "2026-12-01",
                                 "startTime": "08:30", "endTime": "09:15", "place": "Vasa", "organiser": "COORDINATOR",
                                 "participants": ["%s", "%s"]}""".formatted(
                                        UUID.randomUUID(), organisationOf("employer"), organisationOf("provider"))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    long providersAction(long meeting) throws Exception {
        String json = mvc.perform(post("/api/v1/meetings/" + meeting + "/occurrences/2026-12-01/actions")
                        .with(as("coordinator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"description": "Öppna tio studieplatser", "ownerName": "Rektor",
                                 "ownerOrganisation": "%s", "dueOn": "2027-01-31"}""".formatted(organisationOf("provider"))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void anEmployerCannotChangeAProvidersActionButTheProviderCan() throws Exception {
        long meeting = meetingWithEmployerAndProvider();
        long action = providersAction(meeting);
        mvc.perform(jsonAs(
                        put("/api/v1/actions/" + action + "/status"),
                        as("employer"),
                        "{\"status\": \"CANCELLED\", \"version\": 0}"))
                .andExpect(status().isForbidden());
        mvc.perform(form(
                        "/actions/" + action + "/status",
                        user(users.loadUserByUsername("employer")),
                        "status=CANCELLED&version=0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/meetings/" + meeting)
                        .with(user(users.loadUserByUsername("employer")))
                        .param("on", "2026-12-01")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/actions/" + action + "/status"))))
                .andExpect(content().string(containsString("Changed by the owner, the organiser or the coordinator")));
        mvc.perform(jsonAs(
                        put("/api/v1/actions/" + action + "/status"),
                        as("provider"),
                        "{\"status\": \"IN_PROGRESS\", \"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        mvc.perform(jsonAs(
                        put("/api/v1/actions/" + action + "/status"),
                        as("coordinator"),
                        "{\"status\": \"DONE\", \"version\": 1}"))
                .andExpect(status().isOk());
    }

    @Test
    void anActionCannotLinkANeedTheCallerMayNotSee() throws Exception {
        if (classifier.labelCount() == 0) {
            classifier.rebuild(); // the need's language is detected by the classifier, built after start-up
        }
        Need hidden = needs.create(
                new NewNeed(
                        "Vi behöver fem svetsare som talar svenska till hösten " + UUID.randomUUID(),
                        5,
                        "MUNICIPALITY",
                        "499",
                        "2026-AUTUMN",
                        "sv",
                        false,
                        "COORDINATOR",
                        List.of(new NewNeed.ConfirmedOccupation("7212", null, null, null))),
                COORDINATOR,
                false);
        try {
            long meeting = meetingWithEmployerAndProvider();
            String body = """
                    {"description": "Följ upp behovet", "ownerName": "Anna", "ownerOrganisation": "%s",
                     "dueOn": "2027-01-31", "needId": %d}""";
            String employer = organisationOf("employer");
            mvc.perform(jsonAs(
                            post("/api/v1/meetings/" + meeting + "/occurrences/2026-12-01/actions"),
                            as("employer"),
                            body.formatted(employer, hidden.id())))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("needId"));
            // the same answer as for a need that does not exist: nothing tells them apart
            mvc.perform(jsonAs(
                            post("/api/v1/meetings/" + meeting + "/occurrences/2026-12-01/actions"),
                            as("employer"),
                            body.formatted(employer, 987654321L)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("needId"));
            mvc.perform(jsonAs(
                            post("/api/v1/meetings/" + meeting + "/occurrences/2026-12-01/actions"),
                            as("coordinator"),
                            body.formatted(employer, hidden.id())))
                    .andExpect(status().isCreated());
        } finally {
            jdbc.sql("delete from meeting_action where need_id = ?")
                    .param(hidden.id())
                    .update();
            jdbc.sql("delete from workforce_need where id = ?")
                    .param(hidden.id())
                    .update();
        }
    }
}
