package fi.livskraft.steering;

import static fi.livskraft.Forms.jsonAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The steering API on the demonstration partnership (Yrkesakademin: a joint authority of seven municipalities). */
@IntegrationTest
class SteeringApiTests {

    static final String ALL_YES = """
            {"ownerCode":"905","vote":"YES"},{"ownerCode":"499","vote":"YES"},{"ownerCode":"545","vote":"YES"},
            {"ownerCode":"475","vote":"YES"},{"ownerCode":"946","vote":"YES"},{"ownerCode":"287","vote":"YES"},
            {"ownerCode":"280","vote":"YES"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor owner() {
        return httpBasic("owner", "demo");
    }

    static RequestPostProcessor coordinator() {
        return httpBasic("coordinator", "demo");
    }

    static RequestPostProcessor providerStaff() {
        return httpBasic("provider", "demo");
    }

    long provider(String slug) {
        return jdbc.sql("select id from provider where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    ResultActions outcome(RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post("/api/v1/steering/vote-outcome")
                .with(who)
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    int decisions() {
        return jdbc.sql("select count(*) from steering_decision")
                .query(Integer.class)
                .single();
    }

    @Test
    void previewCountsSharesMembersAndPopulationAndStoresNothing() throws Exception {
        long id = provider("yrkesakademin");
        int before = decisions();
        outcome(owner(), """
                        {"providerId":%d,"rule":"TWO_THIRDS_OF_MEMBERS_AND_HALF_OF_POPULATION","votes":[%s]}
                        """.formatted(id, ALL_YES))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passed").value(true))
                .andExpect(jsonPath("$.yesSharePercent").value(100))
                .andExpect(jsonPath("$.yesMembers").value(7))
                .andExpect(jsonPath("$.members").value(7))
                .andExpect(jsonPath("$.populationYear").value(2022))
                .andExpect(jsonPath("$.populationSource").value(containsString("Statistics Finland")));
        // Vaasa (30 %) and Korsholm (22 %) alone: 52 % of the shares, a share majority, but 2 of 7 members
        String two = """
                {"providerId":%d,"rule":"%s","votes":[{"ownerCode":"905","vote":"YES"},{"ownerCode":"499","vote":"YES"},
                 {"ownerCode":"545","vote":"NO"},{"ownerCode":"475","vote":"ABSTAIN"}]}""";
        outcome(owner(), two.formatted(id, "SHARE_MAJORITY"))
                .andExpect(jsonPath("$.passed").value(true))
                .andExpect(jsonPath("$.yesSharePercent").value(52))
                .andExpect(jsonPath("$.abstainSharePercent").value(10))
                .andExpect(jsonPath("$.populationYear").isEmpty());
        outcome(owner(), two.formatted(id, "TWO_THIRDS_OF_MEMBERS_AND_HALF_OF_POPULATION"))
                .andExpect(jsonPath("$.passed").value(false))
                .andExpect(jsonPath("$.yesMembers").value(2));
        assertThat(decisions()).isEqualTo(before);
    }

    @Test
    void previewRefusesANonOwnerAndADuplicateVoteWithClearMessages() throws Exception {
        long id = provider("yrkesakademin");
        outcome(owner(), """
                        {"providerId":%d,"votes":[{"ownerCode":"091","vote":"YES"},{"ownerCode":"905","vote":"YES"},
                         {"ownerCode":"905","vote":"NO"}]}""".formatted(id))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("votes[0].ownerCode"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("091 is not an owner")))
                .andExpect(jsonPath("$.errors[1].field").value("votes[2].ownerCode"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("905 has already voted")));
        outcome(owner(), """
                        {"providerId":%d,"votes":[{"ownerCode":"905","vote":"MAYBE"}]}""".formatted(id))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("votes[0].vote"));
    }

    @Test
    void populationRuleRefusesAMemberThatIsNotAMunicipality() throws Exception {
        long id = provider("prakticum");
        outcome(coordinator(), """
                        {"providerId":%d,"rule":"TWO_THIRDS_OF_MEMBERS_AND_HALF_OF_POPULATION",
                         "votes":[{"ownerCode":"091","vote":"YES"}]}""".formatted(id))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].message", org.hamcrest.Matchers.hasItem(containsString("not a municipality"))));
    }

    static final String TURKU_TEST = "steering-turku-test";

    /** A provider owned by Turku (60 %), Kaarina (25 %) and Naantali (15 %), removed after the test. */
    long turkuProvider() {
        for (String[] m : new String[][] {
            {"853", "Turku", "Åbo"}, {"202", "Kaarina", "S:t Karins"}, {"529", "Naantali", "Nådendal"}
        }) {
            jdbc.sql("""
                            insert into owner (code, kind, name_fi, name_sv, municipality_code)
                            values (?, 'MUNICIPALITY', ?, ?, ?) on conflict (code) do nothing""").params(m[0], m[1], m[2], m[0]).update();
        }
        jdbc.sql("delete from provider where slug = ?").param(TURKU_TEST).update();
        long id = jdbc.sql("""
                        insert into provider (slug, name_fi, name_sv, name_en, legal_form, home_municipality_code)
                        values (?, 'Testi', 'Test', 'Test', 'JOINT_MUNICIPAL_AUTHORITY', '853') returning id""").param(TURKU_TEST).query(Long.class).single();
        for (String[] share : new String[][] {{"853", "60"}, {"202", "25"}, {"529", "15"}}) {
            jdbc.sql(
                            "insert into ownership (provider_id, owner_code, share, valid_from) values (?, ?, ?, date '2020-01-01')")
                    .params(id, share[0], new java.math.BigDecimal(share[1]))
                    .update();
        }
        return id;
    }

    @Test
    void populationRuleCountsTurkuAndTwoOtherMunicipalitiesOnTheLatestYear() throws Exception {
        long id = turkuProvider();
        try {
            String votes = """
                    {"providerId":%d,"rule":"TWO_THIRDS_OF_MEMBERS_AND_HALF_OF_POPULATION","votes":[
                     {"ownerCode":"853","vote":"%s"},{"ownerCode":"202","vote":"%s"},{"ownerCode":"529","vote":"%s"}]}""";
            // 31.12.2022: Turku 197 900, Kaarina 35 848, Naantali 19 850 = 253 598 (shipped, Statistics Finland)
            // Turku and Naantali: 2 of 3 members, 217 750 of 253 598 inhabitants: passes
            outcome(coordinator(), votes.formatted(id, "YES", "NO", "YES"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.passed").value(true))
                    .andExpect(jsonPath("$.yesMembers").value(2))
                    .andExpect(jsonPath("$.members").value(3))
                    .andExpect(jsonPath("$.yesPopulation").value(217750))
                    .andExpect(jsonPath("$.population").value(253598))
                    .andExpect(jsonPath("$.populationYear").value(2022))
                    .andExpect(jsonPath("$.populationSource").value(containsString("Statistics Finland")));
            // Kaarina and Naantali: 2 of 3 members but 55 698 inhabitants, under half: fails
            outcome(coordinator(), votes.formatted(id, "NO", "YES", "YES"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.passed").value(false))
                    .andExpect(jsonPath("$.yesPopulation").value(55698));
            // a newer year for all three is used once every member has it
            for (String[] f : new String[][] {{"853", "202000"}, {"202", "36000"}, {"529", "20000"}}) {
                jdbc.sql("insert into municipality_population (municipality_code, year, population, source)"
                                + " values (?, 2024, ?, 'steering-test')")
                        .params(f[0], Integer.valueOf(f[1]))
                        .update();
            }
            outcome(coordinator(), votes.formatted(id, "YES", "NO", "YES"))
                    .andExpect(jsonPath("$.populationYear").value(2024))
                    .andExpect(jsonPath("$.population").value(258000))
                    .andExpect(jsonPath("$.populationSource").value("steering-test"));
        } finally {
            jdbc.sql("delete from municipality_population where source = 'steering-test'")
                    .update();
            jdbc.sql("delete from provider where slug = ?").param(TURKU_TEST).update();
        }
    }

    @Test
    void aMissingPopulationIsNamedWithTheMunicipalityAndTheYear() throws Exception {
        long id = turkuProvider();
        var turku = jdbc.sql(
                        "select year, population, source from municipality_population where municipality_code = '853'")
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getInt(2), rs.getString(3)})
                .list();
        try {
            jdbc.sql("delete from municipality_population where municipality_code = '853'")
                    .update();
            outcome(coordinator(), """
                            {"providerId":%d,"rule":"TWO_THIRDS_OF_MEMBERS_AND_HALF_OF_POPULATION",
                             "votes":[{"ownerCode":"853","vote":"YES"}]}""".formatted(id))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].message")
                            .value(containsString(
                                    "No population is recorded for member municipality Turku (Åbo) (853) for 2022")));
        } finally {
            for (Object[] f : turku) {
                jdbc.sql("insert into municipality_population (municipality_code, year, population, source)"
                                + " values ('853', ?, ?, ?) on conflict do nothing")
                        .params(f)
                        .update();
            }
            jdbc.sql("delete from provider where slug = ?").param(TURKU_TEST).update();
        }
    }

    @Test
    void ownersSeeOnlyTheProvidersTheirMunicipalitiesOwn() throws Exception {
        mvc.perform(get("/api/v1/steering/providers/" + provider("prakticum") + "/goals")
                        .with(owner()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/steering/providers/" + provider("yrkesakademin") + "/goals")
                        .with(owner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].indicator").value("EMPLOYMENT_RATE"))
                .andExpect(jsonPath("$[0].values[*].year", org.hamcrest.Matchers.hasItem(2025)));
        mvc.perform(get("/api/v1/steering/providers/" + provider("yrkesakademin") + "/goals"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/steering/providers/" + provider("vamia") + "/goals")
                        .with(providerStaff()))
                .andExpect(status().isForbidden());
    }

    @Test
    void recordsADecisionWithItsVoteListAndOutcomeOrNothingAtAll() throws Exception {
        long id = provider("yrkesakademin");
        int before = decisions();
        mvc.perform(post("/api/v1/steering/providers/" + id + "/decisions")
                        .with(owner())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":"Test","proposal":"Test proposal","votes":[{"ownerCode":"905","vote":"YES"},
                                 {"ownerCode":"946","vote":"YES"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("votes[1].ownerCode"));
        assertThat(decisions()).isEqualTo(before);
        mvc.perform(post("/api/v1/steering/providers/" + id + "/decisions")
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":"Test decision","proposal":"Test proposal","votes":[%s]}""".formatted(ALL_YES)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.passed").value(true))
                .andExpect(jsonPath("$.votes.length()").value(7))
                .andExpect(jsonPath("$.populationYear").value(2022));
        assertThat(decisions()).isEqualTo(before + 1);
    }

    @Test
    void refusesTargetsInTheWrongUnitAndReportsForAClosedPeriod() throws Exception {
        long id = provider("yrkesakademin");
        mvc.perform(post("/api/v1/steering/providers/" + id + "/goals")
                        .with(owner())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"indicator":"STUDENT_FEEDBACK","title":"Feedback","targets":[
                                  {"year":2026,"value":4.3,"unit":"SCORE"},{"year":2027,"value":86,"unit":"PERCENT"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targets[1].unit"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("wrong unit")));
        long goal = jdbc.sql("select id from steering_goal where provider_id = ? and indicator = 'STUDENT_FEEDBACK'")
                .param(id)
                .query(Long.class)
                .single();
        int reports = jdbc.sql("select count(*) from steering_report")
                .query(Integer.class)
                .single();
        mvc.perform(post("/api/v1/steering/goals/" + goal + "/reports")
                        .with(providerStaff())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2024,\"actual\":4.2,\"comment\":\"late\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("2024 is closed")));
        mvc.perform(jsonAs(
                        post("/api/v1/steering/goals/" + goal + "/reports"), owner(), "{\"year\":2025,\"actual\":4.2}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from steering_report")
                        .query(Integer.class)
                        .single())
                .isEqualTo(reports);
        mvc.perform(jsonAs(
                        post("/api/v1/steering/goals/" + goal + "/reports"),
                        providerStaff(),
                        "{\"year\":2025,\"actual\":4.25,\"comment\":\"autumn included\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/steering/goals/" + goal).with(owner()))
                .andExpect(jsonPath("$.values[?(@.year == 2025)].actual").value(org.hamcrest.Matchers.hasItem(4.25)))
                .andExpect(jsonPath("$.values[?(@.year == 2025)].status")
                        .value(org.hamcrest.Matchers.hasItem("ON_TRACK")));
    }

    @Test
    void anOwnerChangesAGoalsTargetsWithTheVersionItSawAndTheAuditKeepsTheGoalBefore() throws Exception {
        long id = provider("yrkesakademin");
        String created = mvc.perform(post("/api/v1/steering/providers/" + id + "/goals")
                        .with(owner())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"indicator":"COST_PER_STUDENT_YEAR","title":"Goal to change","targets":[
                                  {"year":2026,"value":11000,"unit":"EUR"},{"year":2027,"value":10800,"unit":"EUR"}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(0))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long goal = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        String change = """
                {"title":"Changed goal","responsible":"Rektor","baseline":11200,"baselineYear":2025,"targets":[
                  {"year":2026,"value":10900,"unit":"EUR"},{"year":2028,"value":10500,"unit":"EUR"}]}""";

        mvc.perform(put("/api/v1/steering/goals/" + goal)
                        .param("version", "0")
                        .with(owner())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Changed goal"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.responsible").value("Rektor"))
                .andExpect(jsonPath("$.values[?(@.year == 2026)].target").value(org.hamcrest.Matchers.hasItem(10900.0)))
                .andExpect(
                        jsonPath("$.values[?(@.year == 2028)].target").value(org.hamcrest.Matchers.hasItem(10500.0)));
        assertThat(jdbc.sql("select year from steering_goal_target where goal_id = ? order by year")
                        .param(goal)
                        .query(Integer.class)
                        .list())
                .as("the targets are replaced as a whole: 2027 is gone")
                .containsExactly(2026, 2028);
        String before = jdbc.sql("select before::text from audit_event where entity_type = 'steering-goal'"
                        + " and entity_id = ? and action = 'UPDATE'")
                .param(String.valueOf(goal))
                .query(String.class)
                .single();
        assertThat(before).contains("Goal to change").contains("10800");

        // The same stale version again: 409, nothing changes.
        mvc.perform(put("/api/v1/steering/goals/" + goal)
                        .param("version", "0")
                        .with(owner())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.replace("Changed goal", "Lost update")))
                .andExpect(status().isConflict());
        // Another indicator: 400 naming the field.
        mvc.perform(put("/api/v1/steering/goals/" + goal)
                        .param("version", "1")
                        .with(owner())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.replace("{\"title\"", "{\"indicator\":\"STUDENT_FEEDBACK\",\"title\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicator"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("cannot change")));
        // Provider staff report, they do not set goals.
        mvc.perform(put("/api/v1/steering/goals/" + goal)
                        .param("version", "1")
                        .with(providerStaff())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select title || ' ' || version from steering_goal where id = ?")
                        .param(goal)
                        .query(String.class)
                        .single())
                .isEqualTo("Changed goal 1");
    }
}
