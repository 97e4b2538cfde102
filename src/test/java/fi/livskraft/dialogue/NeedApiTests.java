package fi.livskraft.dialogue;

import static fi.livskraft.Forms.jsonAs;
import static fi.livskraft.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fi.livskraft.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class NeedApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static String need(String text, String areaKind, String areaCode, String raisedFor) {
        return """
                {"text": "%s", "headCount": 5, "areaKind": "%s", "areaCode": "%s", "horizon": "2026-AUTUMN",
                 "languageRequirement": "sv", "international": true, "raisedFor": %s,
                 "occupations": [{"iscoCode": "7212"}]}
                """.formatted(text, areaKind, areaCode, raisedFor == null ? "null" : "\"" + raisedFor + "\"");
    }

    long create(String user, String body) throws Exception {
        String json = mvc.perform(jsonAs(post("/api/v1/needs"), as(user), body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void listsOnlyWhatEachRoleMaySee() throws Exception {
        long korsholm = create("employer", need("Vi behöver fem svetsare till hösten", "MUNICIPALITY", "499", null));
        long helsinki =
                create("coordinator", need("We need five welders in Helsinki", "MUNICIPALITY", "091", "COORDINATOR"));
        int own = (int) korsholm;
        int other = (int) helsinki;
        mvc.perform(get("/api/v1/needs").with(as("employer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(own)))
                .andExpect(jsonPath("$[*].id", not(hasItem(other))))
                .andExpect(jsonPath("$[*].raisedByRef", not(hasItem("COORDINATOR"))));
        mvc.perform(get("/api/v1/needs").with(as("employmentarea")))
                .andExpect(jsonPath("$[*].id", hasItem(own)))
                .andExpect(jsonPath("$[*].id", not(hasItem(other))));
        mvc.perform(get("/api/v1/needs").with(as("employmentarea")).param("queue", "true"))
                .andExpect(jsonPath("$[*].id", hasItem(own)))
                .andExpect(jsonPath("$[*].status", not(hasItem("CLOSED"))));
        mvc.perform(get("/api/v1/needs").with(as("coordinator")))
                .andExpect(jsonPath("$[*].id", hasItem(own)))
                .andExpect(jsonPath("$[*].id", hasItem(other)));
        mvc.perform(get("/api/v1/needs/" + helsinki).with(as("employer"))).andExpect(status().isNotFound());
        // a new need is not shown to providers before review
        mvc.perform(get("/api/v1/needs/" + korsholm).with(as("provider"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/needs")).andExpect(status().isUnauthorized());
    }

    @Test
    void storesTheConfirmedOccupationAndTheDetectedLanguage() throws Exception {
        long id = create(
                "employer", need("Vi behöver fem svetsare som talar svenska till hösten", "MUNICIPALITY", "499", null));
        mvc.perform(get("/api/v1/needs/" + id).with(as("employer")))
                .andExpect(jsonPath("$.need.textLanguage").value("sv"))
                .andExpect(jsonPath("$.need.status").value("NEW"))
                .andExpect(jsonPath("$.need.employmentAreaId").value("pohjanmaa"))
                .andExpect(jsonPath("$.need.occupations[0].iscoCode").value("7212"))
                .andExpect(jsonPath("$.need.occupations[0].confirmedBy").value("employer"))
                .andExpect(jsonPath("$.need.version").value(0));
    }

    @Test
    void refusesBadInputNamingEachFieldAndStoresNothing() throws Exception {
        long before = jdbc.sql("select count(*) from workforce_need")
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/needs")
                        .with(as("employer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"text": "", "headCount": 0, "areaKind": "MUNICIPALITY", "areaCode": "999",
                                 "horizon": "soon", "languageRequirement": "de", "occupations": []}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("text")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("headCount")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("horizon")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("languageRequirement")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("occupations")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("area")));
        mvc.perform(jsonAs(
                        post("/api/v1/needs"),
                        as("employer"),
                        need("Wir brauchen fünf Schweißer für den Herbst", "MUNICIPALITY", "499", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(jsonAs(
                        post("/api/v1/needs"),
                        as("employer"),
                        need("Vi behöver svetsare", "MUNICIPALITY", "499", "OWNER:905")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("raisedFor"));
        mvc.perform(jsonAs(
                        post("/api/v1/needs"),
                        as("provider"),
                        need("Vi behöver svetsare", "MUNICIPALITY", "499", null)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from workforce_need")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void movesThroughReviewOfferAndCloseWithVersionsAndRefusesOffersWhenClosed() throws Exception {
        long id = create("employer", need("Vi behöver fem svetsare till hösten", "MUNICIPALITY", "499", null));
        String url = "/api/v1/needs/" + id;
        // the employer may not review its own need; the employment area may
        mvc.perform(jsonAs(put(url + "/status"), as("employer"), "{\"status\":\"IN_REVIEW\",\"version\":0}"))
                .andExpect(status().isForbidden());
        mvc.perform(jsonAs(put(url + "/status"), as("employmentarea"), "{\"status\":\"ANSWERED\",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(jsonAs(put(url + "/status"), as("employmentarea"), "{\"status\":\"IN_REVIEW\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(jsonAs(put(url + "/status"), as("coordinator"), "{\"status\":\"CLOSED\",\"version\":0}"))
                .andExpect(status().isConflict());

        String offer = """
                {"kind": "APPRENTICESHIP", "qualificationCode": "354101", "places": 5, "language": "sv",
                 "startDate": "2026-08-17", "message": "Läroavtal"}""";
        mvc.perform(jsonAs(post(url + "/offers"), as("provider"), offer))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("APPRENTICESHIP"));
        mvc.perform(get(url).with(as("employer")))
                .andExpect(jsonPath("$.need.status").value("ANSWERED"))
                .andExpect(jsonPath("$.offers[0].qualificationCode").value("354101"));
        int version = JsonPath.read(
                mvc.perform(get(url).with(as("employer")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.need.version");
        // the raiser may close its need
        mvc.perform(jsonAs(put(url + "/status"), as("employer"), "{\"status\":\"CLOSED\",\"version\":" + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(post(url + "/offers")
                        .with(as("provider"))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(offer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("need"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("closed")));
        assertThat(jdbc.sql("select count(*) from need_offer where need_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'workforce-need' and entity_id = ?")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(4); // created, in review, answered by the offer, closed
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'need-offer' and summary like ?")
                        .param("%need " + id + " %")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refusesOffersWithMissingFieldsNamingThem() throws Exception {
        long id = create("employer", need("Vi behöver två svetsare", "MUNICIPALITY", "499", null));
        mvc.perform(jsonAs(
                        put("/api/v1/needs/" + id + "/status"),
                        as("coordinator"),
                        "{\"status\":\"IN_REVIEW\",\"version\":0}"))
                .andExpect(status().isOk());
        mvc.perform(jsonAs(
                        post("/api/v1/needs/" + id + "/offers"),
                        as("provider"),
                        "{\"kind\": \"QUALIFICATION\", \"language\": \"de\", \"startDate\": \"autumn\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("qualificationCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("language")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("startDate")));
        mvc.perform(jsonAs(
                        post("/api/v1/needs/" + id + "/offers"),
                        as("employer"),
                        "{\"kind\": \"APPRENTICESHIP\", \"language\": \"sv\", \"startDate\": \"2026-08-01\"}"))
                .andExpect(status().isForbidden());
    }
}
