package fi.livskraft.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import fi.livskraft.TestUsers;
import fi.livskraft.account.Role;
import fi.livskraft.account.UserAccounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class EconomyApiTests {

    static final String PASSWORD = "correct-horse-battery-42";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    EconomyConfiguration configuration;

    String coordinator;
    String owner;

    @BeforeEach
    void users() {
        coordinator = TestUsers.create(accounts, "econ-coord", PASSWORD, Role.COORDINATOR, "");
        owner = TestUsers.create(accounts, "econ-owner", PASSWORD, Role.OWNER, "905");
    }

    @AfterEach
    void removeAddedSets() {
        jdbc.sql("delete from economy_parameter_set where valid_from >= date '2030-01-01'")
                .update();
        jdbc.sql("delete from economy_compensation").update();
    }

    @Test
    void seededAn2024ConfigurationIsPublicWithItsSourceAndUnverified() throws Exception {
        mvc.perform(get("/api/v1/economy/config").param("date", "2025-06-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.model").value("AN2024"))
                .andExpect(jsonPath("$.validFrom").value("2025-01-01"))
                .andExpect(jsonPath("$.dailyAmount").value(37.21))
                .andExpect(jsonPath("$.paidDaysPerWeek").value(5))
                .andExpect(jsonPath("$.paidDaysPerMonth").value(21.5))
                .andExpect(jsonPath("$.bands", hasSize(7)))
                .andExpect(jsonPath("$.bands[0].fromDay").value(1))
                .andExpect(jsonPath("$.bands[0].toDay").value(100))
                .andExpect(jsonPath("$.bands[0].sharePercent").value(0))
                .andExpect(jsonPath("$.bands[1].sharePercent").value(10))
                .andExpect(jsonPath("$.bands[5].fromDay").value(501))
                .andExpect(jsonPath("$.bands[5].toDay").value(700))
                .andExpect(jsonPath("$.bands[5].sharePercent").value(45))
                .andExpect(jsonPath("$.bands[6].fromDay").value(701))
                .andExpect(jsonPath("$.bands[6].toDay").value(nullValue()))
                .andExpect(jsonPath("$.bands[6].sharePercent").value(50))
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(
                        jsonPath("$.note").value(org.hamcrest.Matchers.startsWith("To be checked against the statute")))
                .andExpect(jsonPath("$.source").value(org.hamcrest.Matchers.containsString("555/1998")))
                .andExpect(jsonPath("$.source").value(org.hamcrest.Matchers.containsString("Kela, tiedote 29.5.2024")))
                .andExpect(jsonPath("$.source").value(org.hamcrest.Matchers.containsString("Turun kaupunki 15.4.2024")))
                .andExpect(jsonPath("$.benefitTypes[*].code")
                        .value(org.hamcrest.Matchers.contains(
                                "BASIC_DAILY_ALLOWANCE", "EARNINGS_RELATED_BASIC_PART", "LABOUR_MARKET_SUBSIDY")));
        mvc.perform(get("/api/v1/economy/config").param("date", "2024-06-01").param("model", "PRE2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bands", hasSize(3)))
                .andExpect(jsonPath("$.bands[1].sharePercent").value(50))
                .andExpect(jsonPath("$.bands[2].sharePercent").value(70))
                .andExpect(jsonPath("$.source").value(org.hamcrest.Matchers.containsString("916/2012")));
        assertThat(configuration.inForce(Model.AN2024, LocalDate.of(2024, 12, 31)))
                .isEmpty();
    }

    @Test
    void configurationDateMustBeGivenValidAndCovered() throws Exception {
        mvc.perform(get("/api/v1/economy/config").param("date", "2024-12-31").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value("No AN2024 parameters are in force on 2024-12-31."));
        mvc.perform(get("/api/v1/economy/config"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(get("/api/v1/economy/config").param("date", "1.1.2025").param("lang", "sv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(
                        jsonPath("$.errors[0].message").value("Inte ett datum: 1.1.2025. Skriv det som ÅÅÅÅ-MM-DD."));
    }

    @Test
    void costOfPersonsIsPublicAndExactToTheCent() throws Exception {
        mvc.perform(json(post("/api/v1/economy/cost"), """
                        {"date": "2025-03-01", "persons": [
                          {"accumulatedDays": 90, "paidDays": 260},
                          {"accumulatedDays": 700, "paidDays": 10}]}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.municipalCost").value(1860.50))
                .andExpect(jsonPath("$.persons[0].cost").value(1674.45))
                .andExpect(jsonPath("$.persons[1].cost").value(186.05))
                .andExpect(jsonPath("$.byBand", hasSize(7)))
                .andExpect(jsonPath("$.byBand[1].days").value(100))
                .andExpect(jsonPath("$.byBand[1].cost").value(372.1))
                .andExpect(jsonPath("$.byBand[5].cost").value(0))
                .andExpect(jsonPath("$.byBand[6].toDay").value(nullValue()))
                .andExpect(jsonPath("$.byBand[6].sharePercent").value(50))
                .andExpect(jsonPath("$.byBand[6].cost").value(186.05))
                .andExpect(jsonPath("$.rounding").exists());
        // the pre-2025 model on the same call: day 250 to day 1100
        mvc.perform(json(post("/api/v1/economy/cost"), """
                        {"date": "2025-03-01", "model": "PRE2025",
                         "persons": [{"accumulatedDays": 250, "paidDays": 850}]}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.municipalCost").value(15628.20));
    }

    @Test
    void costAcrossEveryBandEdgeEqualsTheDayByDayLadder() throws Exception {
        int[] edges = {1, 100, 101, 200, 201, 300, 301, 400, 401, 500, 501, 700, 701, 702, 1500};
        for (int day : edges) {
            BigDecimal expected = new BigDecimal("37.21")
                    .multiply(BigDecimal.valueOf(MunicipalCostTests.dayByDayShare(day)))
                    .movePointLeft(2)
                    .setScale(2, java.math.RoundingMode.HALF_UP);
            mvc.perform(json(post("/api/v1/economy/cost"), """
                            {"date": "2025-06-01", "persons": [{"accumulatedDays": %d, "paidDays": 1}]}
                            """.formatted(day - 1)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.municipalCost").value(expected.doubleValue()));
        }
        // one person from day 651 to day 750: 50 x 37.21 x 45 % (837.225) + 50 x 37.21 x 50 % (930.25)
        mvc.perform(json(post("/api/v1/economy/cost"), """
                        {"date": "2026-06-01", "persons": [{"accumulatedDays": 650, "paidDays": 100}]}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.municipalCost").value(1767.48));
    }

    @Test
    void generalSupportIsABenefitTypeFromMay2026WithItsShareAnAssumption() throws Exception {
        mvc.perform(get("/api/v1/economy/config").param("date", "2026-04-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.benefitTypes", hasSize(3)))
                .andExpect(jsonPath("$.benefitTypes[?(@.code == 'GENERAL_SUPPORT')]")
                        .isEmpty());
        mvc.perform(get("/api/v1/economy/config").param("date", "2026-05-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.benefitTypes[*].code")
                        .value(org.hamcrest.Matchers.contains("EARNINGS_RELATED_BASIC_PART", "GENERAL_SUPPORT")))
                .andExpect(jsonPath("$.benefitTypes[1].validFrom").value("2026-05-01"))
                .andExpect(jsonPath("$.benefitTypes[1].dailyAmount").value(37.21))
                .andExpect(jsonPath("$.benefitTypes[1].shareConfirmed").value(false))
                .andExpect(jsonPath("$.benefitTypes[0].shareConfirmed").value(true));
    }

    @Test
    void badCostInputNamesTheField() throws Exception {
        mvc.perform(json(post("/api/v1/economy/cost").param("lang", "en"), """
                        {"date": "2025-03-01", "persons": [
                          {"accumulatedDays": 1, "paidDays": 1}, {"accumulatedDays": 1, "paidDays": 1},
                          {"accumulatedDays": 20001, "paidDays": 1}, {"accumulatedDays": 1, "paidDays": -5}]}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("persons[2].accumulatedDays"))
                .andExpect(jsonPath("$.errors[1].field").value("persons[3].paidDays"))
                .andExpect(jsonPath("$.errors[1].message").value("Must not be negative."));
        mvc.perform(json(post("/api/v1/economy/cost"), """
                        {"date": "2025-03-01", "persons": [{"accumulatedDays": 0, "paidDays": 3661}]}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("persons[0].paidDays"));
        mvc.perform(json(post("/api/v1/economy/cost"), """
                        {"persons": []}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[1].field").value("persons"));
        mvc.perform(json(post("/api/v1/economy/cost"), """
                        {"date": "2020-01-01", "persons": [{"accumulatedDays": 0, "paidDays": 1}]}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    @Test
    void scenarioFillsDefaultsAndExplainsItsSteps() throws Exception {
        mvc.perform(json(post("/api/v1/economy/scenario").param("lang", "en"), """
                        {"qualificationCode": "371101", "area": "905", "extraStartPlaces": 20, "startYear": 2026}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inputs.completionRate").value(0.70))
                .andExpect(jsonPath("$.inputs.unitPricePerStudentYear").value(11000))
                .andExpect(jsonPath("$.inputs.horizonYears").value(5))
                .andExpect(jsonPath("$.years", hasSize(5)))
                .andExpect(jsonPath("$.years[3].saving").value(6837.34))
                .andExpect(jsonPath("$.years[4].cumulativeNet").value(-642418.27))
                .andExpect(jsonPath("$.paybackYear").value(nullValue()))
                .andExpect(jsonPath("$.steps[6].messageKey").value("economy.scenario.step.saving"))
                .andExpect(jsonPath("$.steps[6].text")
                        .value("Year 4 (2029): each of them would have been paid days 201-350, costing the"
                                + " municipality 1,302.35 EUR; × 5.25 persons = saving 6,837.34 EUR."));
        mvc.perform(json(post("/api/v1/economy/scenario"), """
                        {"qualificationCode": "371101", "area": "pohjanmaa", "extraStartPlaces": 20}
                        """)).andExpect(status().isOk());
    }

    @Test
    void scenarioRefusesUnknownCodesAlandAndOutOfRangeInputs() throws Exception {
        mvc.perform(json(post("/api/v1/economy/scenario").param("lang", "en"), """
                        {"qualificationCode": "999999", "area": "478", "extraStartPlaces": 0,
                         "completionRate": 1.5, "employedShare": -0.1}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("qualificationCode"))
                .andExpect(jsonPath("$.errors[1].field").value("area"))
                .andExpect(jsonPath("$.errors[1].message")
                        .value(org.hamcrest.Matchers.containsString("AN2024 does not apply there")))
                .andExpect(jsonPath("$.errors[2].field").value("extraStartPlaces"))
                .andExpect(jsonPath("$.errors[3].field").value("completionRate"))
                .andExpect(jsonPath("$.errors[4].field").value("employedShare"));
        mvc.perform(json(post("/api/v1/economy/scenario"), """
                        {"qualificationCode": "371101", "area": "nowhere", "extraStartPlaces": 10001}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("area"))
                .andExpect(jsonPath("$.errors[1].field").value("extraStartPlaces"));
    }

    @Test
    void coordinatorAddsADatedSetAndItIsInForceFromItsDateAudited() throws Exception {
        long auditBefore = audits();
        mvc.perform(json(post("/api/v1/economy/config"), newSet("2030-01-01", "1", "101", "38.00"))
                        .with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.validFrom").value("2030-01-01"))
                .andExpect(jsonPath("$.version").value(0));
        assertThat(configuration
                        .inForce(Model.AN2024, LocalDate.of(2029, 12, 31))
                        .orElseThrow()
                        .dailyAmount())
                .isEqualByComparingTo("37.21");
        assertThat(configuration
                        .inForce(Model.AN2024, LocalDate.of(2030, 1, 1))
                        .orElseThrow()
                        .dailyAmount())
                .isEqualByComparingTo("38.00");
        mvc.perform(get("/api/v1/economy/config").param("date", "2029-06-01"))
                .andExpect(jsonPath("$.validUntil").value("2029-12-31"));
        assertThat(audits()).isEqualTo(auditBefore + 1);
        String after = jdbc.sql("select after::text from audit_event where entity_type = 'economy_parameter_set'"
                        + " order by id desc limit 1")
                .query(String.class)
                .single();
        assertThat(after).contains("\"dailyAmount\": \"38.00\"");
    }

    @Test
    void gapsAndOverlapsAreRefusedNamingTheBand() throws Exception {
        mvc.perform(json(post("/api/v1/economy/config").param("lang", "en"), newSet("2030-01-01", "1", "102", "38.00"))
                        .with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bands[1].fromDay"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Starts at day 102 but the previous band ends at day 100: days in between belong to no"
                                + " band. Start it at day 101."));
        mvc.perform(json(post("/api/v1/economy/config"), newSet("2030-01-01", "2", "100", "38.00"))
                        .with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bands[0].fromDay"))
                .andExpect(jsonPath("$.errors[1].field").value("bands[1].fromDay"));
        mvc.perform(json(post("/api/v1/economy/config"), newSet("2025-01-01", "1", "101", "0"))
                        .with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dailyAmount"))
                .andExpect(jsonPath("$.errors[1].field").value("validFrom"));
    }

    @Test
    void staleVersionIsAConflictAndOthersMayNotEdit() throws Exception {
        String body = mvc.perform(json(post("/api/v1/economy/config"), newSet("2031-01-01", "1", "101", "38.00"))
                        .with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        String edit = newSet("2031-01-01", "1", "101", "38.50").replace("\"model\"", "\"version\": 0, \"model\"");
        mvc.perform(json(put("/api/v1/economy/config/" + id), edit).with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dailyAmount").value(38.5))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/economy/config/" + id), edit).with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isConflict());
        mvc.perform(json(put("/api/v1/economy/config/" + id), edit).with(httpBasic(owner, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/economy/config"), newSet("2032-01-01", "1", "101", "38.00")))
                .andExpect(status().isUnauthorized());
        String before = jdbc.sql("select before::text from audit_event where entity_type = 'economy_parameter_set'"
                        + " and entity_id = ? and action = 'UPDATE' order by id desc limit 1")
                .param(String.valueOf(id))
                .query(String.class)
                .single();
        assertThat(before).contains("\"dailyAmount\": \"38.00\"");
    }

    @Test
    void coordinatorEntersCompensationAndOnlyForMainlandMunicipalities() throws Exception {
        mvc.perform(json(put("/api/v1/economy/compensation/905/2025"), """
                        {"amountEur": 1250000.50, "source": "VM, state share 2025; verify"}
                        """).with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.enteredBy").value(coordinator));
        mvc.perform(json(put("/api/v1/economy/compensation/905/2025"), """
                        {"amountEur": 1300000, "source": "VM, corrected", "version": 0}
                        """).with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/economy/compensation/905/2025"), """
                        {"amountEur": 1, "source": "stale", "version": 0}
                        """).with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isConflict());
        mvc.perform(json(put("/api/v1/economy/compensation/478/2025"), """
                        {"amountEur": 1, "source": "x"}
                        """).with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("municipalityCode"));
        mvc.perform(json(put("/api/v1/economy/compensation/905/2026"), """
                        {"amountEur": 1, "source": "x"}
                        """).with(httpBasic(owner, PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(NetEffect.of(new BigDecimal("1500000"), new BigDecimal("1300000"))
                        .net())
                .isEqualByComparingTo("200000");
        mvc.perform(get("/api/v1/economy/compensation/905").with(httpBasic(owner, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].amountEur").value(1300000.0));
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'economy_parameter_set'")
                .query(Long.class)
                .single();
    }

    static String newSet(String validFrom, String firstFrom, String secondFrom, String daily) {
        return """
                {"model": "AN2024", "validFrom": "%s", "dailyAmount": %s, "paidDaysPerWeek": 5,
                 "paidDaysPerMonth": 21.5, "source": "Laki 555/1998; test", "verified": false,
                 "bands": [{"fromDay": %s, "toDay": 100, "sharePercent": 0},
                           {"fromDay": %s, "toDay": null, "sharePercent": 10}]}
                """.formatted(validFrom, daily, firstFrom, secondFrom);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
