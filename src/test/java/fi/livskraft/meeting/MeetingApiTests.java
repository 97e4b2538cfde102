package fi.livskraft.meeting;

import static fi.livskraft.Forms.jsonAs;
import static fi.livskraft.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fi.livskraft.IntegrationTest;
import fi.livskraft.account.Actor;
import fi.livskraft.account.Role;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MeetingApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarTokens tokens;

    @Autowired
    Actions actions;

    String employerKey() {
        return "EMPLOYER:"
                + jdbc.sql("select id::text from employer where business_id = '9990010-4'")
                        .query(String.class)
                        .single();
    }

    static String meeting(String title, String extra) {
        return """
                {"kind": "PARTNERSHIP_DIALOGUE", "title": "%s", "startDate": "2026-12-01", "startTime": "08:30",
                 "endTime": "09:15", "place": "Vasa", "organiser": "COORDINATOR" %s}
                """.formatted(title, extra);
    }

    long create(String user, String body) throws Exception {
        String json = mvc.perform(jsonAs(post("/api/v1/meetings"), as(user), body))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void createsAMonthlySeriesOnTheFirstTuesdayWithItsRrule() throws Exception {
        String title = "Kaffe " + UUID.randomUUID();
        long id = create(
                "coordinator",
                meeting(
                        title,
                        ", \"onlineLink\": \"https://teams.example.invalid/x\", \"frequency\": \"MONTHLY_WEEKDAY\","
                                + " \"interval\": 1, \"count\": 6"));
        mvc.perform(get("/api/v1/meetings/" + id).with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recurrence.rrule").value("FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU;COUNT=6"))
                .andExpect(jsonPath("$.start").value("2026-12-01T08:30:00+02:00"))
                .andExpect(jsonPath("$.timeZone").value("Europe/Helsinki"));
    }

    @Test
    void refusesAPlainHttpLinkAndAnEndBeforeTheStart() throws Exception {
        mvc.perform(post("/api/v1/meetings")
                        .with(as("coordinator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "WORKSHOP", "title": "x", "startDate": "2026-12-01", "startTime": "10:00",
                                 "endTime": "09:00", "onlineLink": "http://teams.example.invalid/x"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("onlineLink")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("endTime")));
    }

    @Test
    void refusesAnAgendaItemCitingANeedThatDoesNotExist() throws Exception {
        long id = create("coordinator", meeting("Dialog " + UUID.randomUUID(), ""));
        mvc.perform(jsonAs(
                        post("/api/v1/meetings/" + id + "/occurrences/2026-12-01/agenda"),
                        as("coordinator"),
                        "{\"kind\": \"NEED\", \"needId\": 987654321}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("needId"));
        mvc.perform(jsonAs(
                        post("/api/v1/meetings/" + id + "/occurrences/2026-12-02/agenda"),
                        as("coordinator"),
                        "{\"kind\": \"TEXT\", \"title\": \"Not a meeting day\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    @Test
    void participantsSeeAndContributeButOnlyTheOrganiserChangesAndOthersSeeNothing() throws Exception {
        long id = create(
                "coordinator",
                meeting("Dialog " + UUID.randomUUID(), ", \"participants\": [\"" + employerKey() + "\"]"));
        int seen = (int) id;
        mvc.perform(get("/api/v1/meetings").with(as("employer"))).andExpect(jsonPath("$[*].id", hasItem(seen)));
        mvc.perform(get("/api/v1/meetings").with(as("owner"))).andExpect(jsonPath("$[*].id", not(hasItem(seen))));
        mvc.perform(get("/api/v1/meetings/" + id).with(as("owner"))).andExpect(status().isNotFound());
        mvc.perform(jsonAs(put("/api/v1/meetings/" + id), as("employer"), meeting("Taken over", ", \"version\": 0")))
                .andExpect(status().isForbidden());
        mvc.perform(jsonAs(
                        post("/api/v1/meetings/" + id + "/occurrences/2026-12-01/agenda"),
                        as("employer"),
                        "{\"kind\": \"TEXT\", \"title\": \"Svetsare till hösten\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Svetsare till hösten"));
        mvc.perform(jsonAs(post("/api/v1/meetings"), as("employer"), meeting("Not mine to organise", "")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/meetings")).andExpect(status().isUnauthorized());
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        long id = create("coordinator", meeting("Dialog " + UUID.randomUUID(), ""));
        mvc.perform(jsonAs(
                        put("/api/v1/meetings/" + id),
                        as("coordinator"),
                        meeting("Dialog renamed", ", \"version\": 0")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(jsonAs(
                        put("/api/v1/meetings/" + id),
                        as("coordinator"),
                        meeting("Dialog renamed again", ", \"version\": 0")))
                .andExpect(status().isConflict());
        String minutes = "/api/v1/meetings/" + id + "/occurrences/2026-12-01/minutes";
        mvc.perform(jsonAs(put(minutes), as("coordinator"), "{\"text\": \"Protokoll\", \"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minutes").value("Protokoll"))
                .andExpect(jsonPath("$.minutesRevisions").value(1));
        mvc.perform(jsonAs(put(minutes), as("coordinator"), "{\"text\": \"Protokoll 2\", \"version\": 0}"))
                .andExpect(status().isConflict());
    }

    @Test
    void overdueActionsAreListedUntilDone() throws Exception {
        long id = create("coordinator", meeting("Dialog " + UUID.randomUUID(), ""));
        LocalDate yesterday = actions.today().minusDays(1);
        String json = mvc.perform(post("/api/v1/meetings/" + id + "/occurrences/2026-12-01/actions")
                        .with(as("coordinator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"description": "Skicka planen", "ownerName": "Anna", "ownerOrganisation": "COORDINATOR",
                                 "dueOn": "%s"}""".formatted(yesterday)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.overdue").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int action = JsonPath.read(json, "$.id");
        mvc.perform(get("/api/v1/actions").with(as("coordinator")).param("overdue", "true"))
                .andExpect(jsonPath("$[*].id", hasItem(action)));
        mvc.perform(jsonAs(
                        put("/api/v1/actions/" + action + "/status"),
                        as("coordinator"),
                        "{\"status\": \"DONE\", \"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overdue").value(false));
        mvc.perform(jsonAs(
                        put("/api/v1/actions/" + action + "/status"),
                        as("coordinator"),
                        "{\"status\": \"OPEN\", \"version\": 0}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/actions").with(as("coordinator")).param("overdue", "true"))
                .andExpect(jsonPath("$[*].id", not(hasItem(action))));
        mvc.perform(get("/api/v1/actions").with(as("owner"))).andExpect(jsonPath("$[*].id", not(hasItem(action))));
    }

    @Test
    void publishesAnIcalendarFeedOverTheApiAndAtASecretAddress() throws Exception {
        String title = "Feed, test; " + UUID.randomUUID();
        long id = create(
                "coordinator",
                meeting(title, ", \"frequency\": \"WEEKLY\", \"interval\": 2, \"until\": \"2027-01-31\""));
        String uid = jdbc.sql("select uid from meeting where id = ?")
                .param(id)
                .query(String.class)
                .single();
        String ics = mvc.perform(get("/api/v1/meetings.ics").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andExpect(header().string("Content-Type", containsString("utf-8")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded)
                .contains("UID:" + uid)
                .contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270131T063000Z");
        assertThat(unfolded).contains("SUMMARY:" + title.replace(",", "\\,").replace(";", "\\;"));
        mvc.perform(get("/api/v1/meetings.ics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organisations/COORDINATOR/partnership/meetings.ics")
                        .with(as("coordinator")))
                .andExpect(content().string(containsString(uid)));

        String token = tokens.rotate(new Actor("coordinator", Map.of(Role.COORDINATOR, Set.of())));
        mvc.perform(get("/calendar/" + token + ".ics"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("UID:" + uid)));
        String renewed = tokens.rotate(new Actor("coordinator", Map.of(Role.COORDINATOR, Set.of())));
        mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/" + renewed + ".ics")).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from calendar_feed_token where token_hash = ?")
                        .param(renewed)
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
