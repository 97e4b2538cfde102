package fi.livskraft.steering;

import static fi.livskraft.Forms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The steering pages on the demonstration data, as the demo owner, provider and coordinator. */
@IntegrationTest
class SteeringPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    long provider(String slug) {
        return jdbc.sql("select id from provider where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    long demoGoal(String indicator) {
        return jdbc.sql("select id from steering_goal where demo and indicator = ?")
                .param(indicator)
                .query(Long.class)
                .single();
    }

    @Test
    void cockpitListsTheOwnedProvidersWithShareStatusMeetingsAndActions() throws Exception {
        mvc.perform(get("/steering")
                        .param("lang", "en")
                        .param("municipality", "905")
                        .with(as("owner")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Yrkesakademin i Österbotten")))
                .andExpect(content().string(containsString("Vamia")))
                .andExpect(content().string(not(containsString("Prakticum"))))
                .andExpect(content().string(containsString("Demo: Ägarmöte hösten")))
                .andExpect(content().string(containsString("Demo: Fler nybörjarplatser")))
                .andExpect(content().string(containsString("Report due")));
        mvc.perform(get("/steering").param("municipality", "091").with(as("owner")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/steering")).andExpect(status().is3xxRedirection());
    }

    @Test
    void pickersNameTheOwnersMunicipalitiesInThePageLanguageNeverNull() throws Exception {
        String cockpit = mvc.perform(get("/steering").param("lang", "sv").with(as("owner")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(cockpit).contains("Korsholm (499)").contains("Närpes (545)").doesNotContain("null (");
        String fi = mvc.perform(get("/steering").param("lang", "fi").with(as("owner")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(fi).contains("Mustasaari (499)").contains("Närpiö (545)").doesNotContain("null (");
        long goal = demoGoal("STUDENT_FEEDBACK");
        String comments = mvc.perform(
                        get("/steering/goals/" + goal).param("lang", "sv").with(as("owner")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(comments).doesNotContain("null (").containsPattern("<option value=\"\\d{3}\">[^<(]+ \\(\\d{3}\\)");
    }

    @Test
    void goalPageShowsTheSeriesTheDecisionAndTheFollowUpInEachLanguage() throws Exception {
        long goal = demoGoal("STUDENT_FEEDBACK");
        mvc.perform(get("/steering/goals/" + goal).param("lang", "sv").with(as("owner")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Demo: Mål för ägarstyrningen 2025–2027")))
                .andExpect(content().string(containsString("Enligt plan")))
                .andExpect(content().string(containsString("Demo: Preliminärt, hösten saknas.")))
                .andExpect(content().string(containsString("Hur ser svarsprocenten ut")));
        mvc.perform(get("/steering/goals/" + demoGoal("EMPLOYMENT_RATE"))
                        .param("lang", "fi")
                        .with(as("owner")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Valmistuneiden työllisyysaste")))
                // the demonstration outcomes of the education module give the computed series
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Ei vielä tietoja"))));
        mvc.perform(get("/steering/goals/" + goal).param("lang", "en").with(as("employer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void providerPageAndTheAnnualReportInThreeLanguages() throws Exception {
        long id = provider("yrkesakademin");
        mvc.perform(get("/steering/providers/" + id).param("lang", "en").with(as("provider")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Two thirds of the members and half of the population")))
                .andExpect(content().string(containsString("Demo: Ägarstrategi för Yrkesakademin 2025–2028")))
                .andExpect(content().string(not(containsString("action=\"/steering/providers/" + id + "/goals\""))));
        for (String lang : new String[] {"sv", "fi", "en"}) {
            byte[] pdf = mvc.perform(get("/steering/providers/" + id + "/report.pdf")
                            .param("lang", lang)
                            .param("year", "2025")
                            .with(as("owner")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }
    }

    @Test
    void anOwnerChangesAGoalOnItsPageAndATypedErrorKeepsWhatWasTyped() throws Exception {
        long id = provider("vamia");
        mvc.perform(post("/steering/providers/" + id + "/goals")
                        .with(as("owner"))
                        .with(csrf())
                        .param("indicator", "STUDENT_FEEDBACK")
                        .param("title", "Page goal to change")
                        .param("targetYear", "2026", "2027")
                        .param("targetValue", "4.1", "4.2"))
                .andExpect(status().is3xxRedirection());
        long goal = jdbc.sql(
                        "select max(id) from steering_goal where provider_id = ? and title = 'Page goal to change'")
                .param(id)
                .query(Long.class)
                .single();
        String page = mvc.perform(
                        get("/steering/goals/" + goal).param("lang", "sv").with(as("owner")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Ändra målet").contains("value=\"4.2\"").contains("id=\"edit-title-input\"");

        String refused = mvc.perform(post("/steering/goals/" + goal + "/edit")
                        .with(as("owner"))
                        .with(csrf())
                        .param("lang", "en")
                        .param("version", "0")
                        .param("title", "")
                        .param("targetYear", "2026", "2031")
                        .param("targetValue", "4.3", "4.9"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(refused)
                .contains("href=\"#edit-title-input\"")
                .contains("class=\"field-error\"")
                .contains("value=\"2031\"")
                .contains("value=\"4.9\"");

        mvc.perform(post("/steering/goals/" + goal + "/edit")
                        .with(as("owner"))
                        .with(csrf())
                        .param("version", "0")
                        .param("title", "Page goal changed")
                        .param("direction", "UP")
                        .param("targetYear", "2026", "2031")
                        .param("targetValue", "4.3", "4.9"))
                .andExpect(redirectedUrlPattern("/steering/goals/" + goal + "?edited*"));
        assertThat(jdbc.sql("select string_agg(year || '=' || target, ',' order by year) from steering_goal_target"
                                + " where goal_id = ?")
                        .param(goal)
                        .query(String.class)
                        .single())
                .isEqualTo("2026=4.3000,2031=4.9000");
        mvc.perform(form(
                        "/steering/goals/" + goal + "/edit",
                        as("owner"),
                        "version=0&title=A lost update&targetYear=2026&targetValue=4.0"))
                .andExpect(status().isConflict());
        mvc.perform(form(
                        "/steering/goals/" + goal + "/edit",
                        as("provider"),
                        "version=1&title=Provider may not&targetYear=2026&targetValue=4.0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theErrorSummaryLinksToTheTitleFieldOfTheFormThatFailed() throws Exception {
        long id = provider("vamia");
        String page = mvc.perform(form(
                        "/steering/providers/" + id + "/decisions",
                        as("owner"),
                        "lang=en&title=&proposal=Text without a title"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String summary =
                page.substring(page.indexOf("error-summary"), page.indexOf("</div>", page.indexOf("error-summary")));
        assertThat(summary).contains("href=\"#decision-title\"").doesNotContain("href=\"#title\"");
        assertThat(page).contains("id=\"decision-title\"");
    }

    @Test
    void ownersProposeVoteForTheirOwnMunicipalitiesAndCloseTheVote() throws Exception {
        long id = provider("vamia");
        mvc.perform(form(
                        "/steering/providers/" + id + "/decisions",
                        as("owner"),
                        "title=Test proposal&proposal=Test text"))
                .andExpect(status().is3xxRedirection());
        long decision = jdbc.sql("select max(id) from steering_decision where provider_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        mvc.perform(form("/steering/decisions/" + decision + "/votes", as("owner"), "ownerCode=905&vote=YES"))
                .andExpect(redirectedUrlPattern("/steering/decisions/" + decision + "?voted*"));
        mvc.perform(form("/steering/decisions/" + decision + "/votes", as("owner"), "lang=en&ownerCode=905&vote=NO"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("905 has already voted")));
        mvc.perform(form("/steering/decisions/" + decision + "/votes", as("owner"), "lang=en&ownerCode=399&vote=YES"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("You do not act for owner 399")));
        mvc.perform(form("/steering/decisions/" + decision + "/close", as("owner"), "version=0"))
                .andExpect(status().is3xxRedirection());
        // Vaasa alone: 64 % of Vamia, but 1 of 5 members: the joint authority's rule fails it
        mvc.perform(get("/steering/decisions/" + decision).param("lang", "en").with(as("owner")))
                .andExpect(content().string(containsString("not passed")))
                .andExpect(content().string(containsString("64 % of the shares")))
                .andExpect(content().string(containsString("1 of 5 members")));
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where entity_type = 'steering-decision' and entity_id = ?")
                        .param(String.valueOf(decision))
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void populationFiguresAreTheCoordinatorsToCorrectAudited() throws Exception {
        mvc.perform(get("/steering/populations").with(as("owner"))).andExpect(status().isForbidden());
        mvc.perform(get("/steering/populations").param("lang", "en").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Statistics Finland, population on 31 December")));
        mvc.perform(form(
                        "/steering/populations",
                        as("coordinator"),
                        "municipalityCode=091&year=2024&population=0&source=test"))
                .andExpect(status().isBadRequest());
        mvc.perform(form(
                        "/steering/populations",
                        as("coordinator"),
                        "municipalityCode=091&year=2023&population=674963&source=test figure"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'municipality-population'"
                                + " and entity_id = '091/2023'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
