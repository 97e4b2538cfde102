package fi.livskraft.partnership;

import static fi.livskraft.Forms.jsonAs;
import static fi.livskraft.partnership.ProviderTestSupport.coordinator;
import static fi.livskraft.partnership.ProviderTestSupport.newProvider;
import static fi.livskraft.partnership.ProviderTestSupport.owners;
import static fi.livskraft.partnership.ProviderTestSupport.providerId;
import static fi.livskraft.partnership.ProviderTestSupport.providerStaff;
import static fi.livskraft.partnership.ProviderTestSupport.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fi.livskraft.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class OwnershipApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private ResultActions putOwners(long id, String body) throws Exception {
        return mvc.perform(put("/api/v1/providers/" + id + "/owners")
                .with(coordinator())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void demoProviderOwnersSumToHundredAndAreMunicipalities() throws Exception {
        long optima = providerId(mvc, "optima");
        String body = mvc.perform(get("/api/v1/providers/" + optima).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.demo").value(true))
                .andExpect(jsonPath("$.languages[0]").value("sv"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Object> shares = JsonPath.read(body, "$.owners[*].share");
        List<String> codes = JsonPath.read(body, "$.owners[*].code");
        assertThat(codes).hasSize(7).allMatch(c -> c.matches("\\d{3}")).contains("598", "599", "893", "440", "288");
        BigDecimal sum =
                shares.stream().map(s -> new BigDecimal(s.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("100");
        List<Object> history = JsonPath.read(body, "$.ownershipHistory");
        assertThat(history).hasSize(2);
    }

    @Test
    void refusesSharesSummingToJustUnderOrOverHundredAndChangesNothing() throws Exception {
        long id = newProvider(mvc);
        putOwners(id, owners(version(mvc, id), "2024-01-01", """
                        {"code":"905","share":60},{"code":"499","share":40}""")).andExpect(status().isOk());
        int version = version(mvc, id);
        putOwners(id, owners(version, "2025-01-01", """
                        {"code":"905","share":60},{"code":"499","share":39.99}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("owners"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("99.99")));
        putOwners(id, owners(version, "2025-01-01", """
                        {"code":"905","share":60},{"code":"499","share":40.01}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("owners"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("100.01")));
        mvc.perform(get("/api/v1/providers/" + id).with(coordinator()))
                .andExpect(jsonPath("$.version").value(version))
                .andExpect(jsonPath("$.ownershipHistory.length()").value(1))
                .andExpect(jsonPath("$.owners[0].code").value("905"))
                .andExpect(jsonPath("$.owners[0].share").value(60));
        assertThat(jdbc.sql("select count(*) from ownership where provider_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aNewSetClosesTheOldRowsAndKeepsThemAsHistory() throws Exception {
        long id = newProvider(mvc);
        putOwners(id, owners(version(mvc, id), "2023-01-01", """
                        {"code":"905","share":50},{"code":"499","share":50}""")).andExpect(status().isOk());
        putOwners(id, owners(version(mvc, id), "2025-01-01", """
                        {"code":"905","share":40},{"code":"499","share":35},{"code":"545","share":25}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.owners.length()").value(3))
                .andExpect(jsonPath("$.ownershipHistory.length()").value(2))
                .andExpect(jsonPath("$.ownershipHistory[1].validFrom").value("2023-01-01"))
                .andExpect(jsonPath("$.ownershipHistory[1].validTo").value("2025-01-01"));
        List<String> closed = jdbc.sql("select owner_code || ' ' || share::text || ' ' || valid_to::text from ownership"
                        + " where provider_id = ? and valid_to is not null order by owner_code")
                .param(id)
                .query(String.class)
                .list();
        assertThat(closed).containsExactly("499 50.0000 2025-01-01", "905 50.0000 2025-01-01");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'ownership' and entity_id = ?")
                        .param(String.valueOf(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        String after = jdbc.sql("select after::text from audit_event where entity_type = 'ownership'"
                        + " and entity_id = ? order by id desc limit 1")
                .param(String.valueOf(id))
                .query(String.class)
                .single();
        assertThat(after).contains("545").contains("\"share\": \"25\"");
    }

    @Test
    void refusesASetStartingBeforeTheLatestOne() throws Exception {
        long id = newProvider(mvc);
        putOwners(id, owners(version(mvc, id), "2024-06-01", """
                        {"code":"905","share":100}""")).andExpect(status().isOk());
        putOwners(id, owners(version(mvc, id), "2024-01-01", """
                        {"code":"905","share":100}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validFrom"));
    }

    @Test
    void refusesDuplicateUnknownAndMalformedOwnersNamingTheRow() throws Exception {
        long id = newProvider(mvc);
        int version = version(mvc, id);
        putOwners(id, owners(version, "2025-01-01", """
                        {"code":"905","share":50},{"code":"905","share":50}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("owners[1].code")));
        putOwners(id, owners(version, "2025-01-01", """
                        {"code":"905","share":50},{"code":"998","share":50}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("owners[1].code"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("998")));
        putOwners(id, owners(version, "2025-01-01", """
                        {"code":"905","share":50},{"code":"0112038-8","share":50}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("owners[1].code"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("not a valid business ID")));
        putOwners(id, owners(version, "2025-01-01", """
                        {"code":"905","share":50},{"code":"0112038-9","share":50}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("owners[1].code"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("register the owner first")));
        mvc.perform(get("/api/v1/providers/" + id).with(coordinator()))
                .andExpect(jsonPath("$.version").value(version))
                .andExpect(jsonPath("$.owners.length()").value(0));
    }

    @Test
    void aRegisteredNonMunicipalOwnerMayHoldShares() throws Exception {
        long id = newProvider(mvc);
        mvc.perform(post("/api/v1/owners")
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"9990020-0","kind":"FOUNDATION","nameFi":"Testisäätiö","nameSv":"Teststiftelsen"}
                                """))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/owners")
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"9990020-0","kind":"FOUNDATION","nameFi":"Testisäätiö","nameSv":"Teststiftelsen"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        putOwners(id, owners(version(mvc, id), "2025-01-01", """
                        {"code":"9990020-0","share":70.5},{"code":"905","share":29.5}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.owners[0].code").value("9990020-0"))
                .andExpect(jsonPath("$.owners[0].share").value(70.5));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        long id = newProvider(mvc);
        int version = version(mvc, id);
        putOwners(id, owners(version, "2025-01-01", """
                        {"code":"905","share":100}""")).andExpect(status().isOk());
        putOwners(id, owners(version, "2025-02-01", """
                        {"code":"499","share":100}""")).andExpect(status().isConflict());
    }

    @Test
    void providerStaffCannotChangeOwnership() throws Exception {
        long own = providerId(mvc, "yrkesakademin");
        mvc.perform(put("/api/v1/providers/" + own + "/owners")
                        .with(providerStaff())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(owners(version(mvc, own), "2030-01-01", """
                                {"code":"905","share":100}""")))
                .andExpect(status().isForbidden());
    }

    @Test
    void providerStaffEditOnlyTheirOwnLanguagesAndQualifications() throws Exception {
        long own = providerId(mvc, "yrkesakademin");
        long other = providerId(mvc, "optima");
        mvc.perform(put("/api/v1/providers/" + other + "/supply")
                        .with(providerStaff())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version":%d,"languages":["sv"],"qualificationCodes":["351407"]}
                                """.formatted(version(mvc, other))))
                .andExpect(status().isForbidden());
        String before = mvc.perform(get("/api/v1/providers/" + own).with(providerStaff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> codes = JsonPath.read(before, "$.qualificationCodes");
        mvc.perform(put("/api/v1/providers/" + own + "/supply")
                        .with(providerStaff())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version":%d,"languages":["sv"],"qualificationCodes":["999999"]}
                                """.formatted(version(mvc, own))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("qualificationCodes"));
        mvc.perform(put("/api/v1/providers/" + own + "/supply")
                        .with(providerStaff())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version":%d,"languages":["sv"],"qualificationCodes":%s}
                                """.formatted(version(mvc, own), toJson(codes))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qualificationCodes.length()").value(codes.size()));
    }

    @Test
    void refusesDuplicateCodesNamingTheField() throws Exception {
        String provider = """
                {"slug":"%s","nameFi":"X","nameSv":"X","legalForm":"LIMITED_COMPANY","homeMunicipalityCode":"091",
                 "languages":["sv"],"businessId":"%s"}
                """;
        mvc.perform(jsonAs(post("/api/v1/providers"), coordinator(), provider.formatted("optima", "9990099-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("slug"));
        mvc.perform(jsonAs(post("/api/v1/providers"), coordinator(), provider.formatted("another-one", "9990003-2")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("businessId"));
        mvc.perform(jsonAs(post("/api/v1/providers"), coordinator(), provider.formatted("another-one", "1234567-2")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("businessId"));
        mvc.perform(post("/api/v1/employers")
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Copy","businessId":"9990010-4","municipalityCode":"499"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("businessId"));
        mvc.perform(post("/api/v1/owners")
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"9990001-6","kind":"ASSOCIATION","nameFi":"Copy","nameSv":"Copy"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void onlyTheCoordinatorRegistersProvidersAndAnonymousIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/providers")).andExpect(status().isUnauthorized());
        mvc.perform(jsonAs(post("/api/v1/providers"), providerStaff(), "{}")).andExpect(status().isForbidden());
    }

    private static String toJson(List<String> codes) {
        return codes.stream().map(c -> "\"" + c + "\"").toList().toString();
    }
}
