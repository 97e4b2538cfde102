package fi.livskraft.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import fi.livskraft.area.AreaDirectory;
import fi.livskraft.area.Municipality;
import fi.livskraft.area.MunicipalityPopulations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The situation API's contract, for every municipality of 2025. */
@IntegrationTest
class SituationApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AreaDirectory directory;

    @Autowired
    MunicipalityPopulations populations;

    final JsonMapper json = JsonMapper.builder().build();

    JsonNode situation(String code, String... params) throws Exception {
        var request = get("/api/v1/municipalities/{code}/situation", code);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        String body = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    @Test
    void everyMunicipalityHoldsTheContract() throws Exception {
        List<Municipality> all = directory.municipalities();
        assertThat(all).hasSize(308);
        int thisYear = LocalDate.now(ZoneId.of("Europe/Helsinki")).getYear();
        int withCost = 0;
        int withShortages = 0;
        List<String> failures = new ArrayList<>();
        for (Municipality m : all) {
            JsonNode s = situation(m.code(), "lang", "sv");
            String c = m.code();
            check(failures, c, s.path("code").asString().equals(c), "code");
            for (String lang : List.of("fi", "sv", "en")) {
                check(failures, c, !s.path("name").path(lang).asString("").isBlank(), "name." + lang);
            }
            check(
                    failures,
                    c,
                    s.path("languageStatus")
                            .asString()
                            .equals(m.languageStatus().name()),
                    "languageStatus");
            var pop = populations.latest(c).orElse(null);
            if (pop != null) {
                check(failures, c, s.path("population").path("value").asInt() == pop.population(), "population");
                check(failures, c, s.path("population").path("year").asInt() == pop.year(), "population year");
                check(
                        failures,
                        c,
                        !s.path("population").path("source").asString("").isBlank(),
                        "population source");
            }
            if (m.employmentAreaId() != null) {
                check(
                        failures,
                        c,
                        s.path("employmentArea").path("id").asString().equals(m.employmentAreaId()),
                        "area id");
                check(
                        failures,
                        c,
                        !s.path("employmentArea").path("name").asString("").isBlank(),
                        "area name");
            }
            JsonNode cost = s.path("an2024");
            if (m.inAland()) {
                check(failures, c, cost.isNull() || cost.isMissingNode(), "Åland has no AN2024 cost");
            }
            if (!cost.isNull() && !cost.isMissingNode()) {
                withCost++;
                check(failures, c, cost.path("year").asInt() == thisYear, "year defaults to the current year");
                BigDecimal total = cost.path("cost").decimalValue();
                BigDecimal sum = BigDecimal.ZERO;
                BigDecimal longTerm = BigDecimal.ZERO;
                for (JsonNode band : cost.path("byBand")) {
                    sum = sum.add(band.path("cost").decimalValue());
                    if (band.path("fromDay").asInt() > 500) {
                        longTerm = longTerm.add(band.path("cost").decimalValue());
                    }
                }
                check(failures, c, cost.path("byBand").size() > 0, "bands");
                check(failures, c, sum.compareTo(total) == 0, "bands sum to cost: " + sum + " vs " + total);
                check(failures, c, longTerm.compareTo(cost.path("longTermCost").decimalValue()) == 0, "longTermCost");
                check(
                        failures,
                        c,
                        List.of("KELA", "ESTIMATE").contains(cost.path("basis").asString()),
                        "basis");
                if (pop != null) {
                    BigDecimal perInhabitant =
                            total.divide(BigDecimal.valueOf(pop.population()), 2, RoundingMode.HALF_UP);
                    check(
                            failures,
                            c,
                            perInhabitant.compareTo(
                                            cost.path("costPerInhabitant").decimalValue())
                                    == 0,
                            "costPerInhabitant");
                }
                JsonNode compensation = cost.path("compensation");
                if (!compensation.isNull() && !compensation.isMissingNode()) {
                    check(
                            failures,
                            c,
                            total.subtract(compensation.decimalValue())
                                            .compareTo(cost.path("net").decimalValue())
                                    == 0,
                            "net = cost - compensation");
                }
            }
            JsonNode shortages = s.path("shortages");
            if (m.employmentAreaId() != null) {
                check(failures, c, shortages.size() >= 10, "at least ten shortages, got " + shortages.size());
                withShortages++;
            }
            for (JsonNode r : shortages) {
                check(failures, c, !r.path("name").asString("").isBlank(), "shortage name");
                check(failures, c, r.path("iscoCode").asString("").matches("\\d{4}"), "shortage code");
            }
            for (JsonNode p : s.path("providers")) {
                check(failures, c, !p.path("name").asString("").isBlank(), "provider name");
            }
        }
        assertThat(failures).isEmpty();
        // every mainland municipality has a cost and shortages (Åland's 16 have neither)
        assertThat(withCost).isEqualTo(292);
        assertThat(withShortages).isEqualTo(292);
    }

    private static void check(List<String> failures, String code, boolean ok, String what) {
        if (!ok) {
            failures.add(code + ": " + what);
        }
    }

    @Test
    void korsholmInSwedishHasItsCostShortagesAndOwnedProviders() throws Exception {
        JsonNode s = situation("499", "lang", "sv", "year", "2025");
        assertThat(s.path("name").path("sv").asString()).isEqualTo("Korsholm");
        assertThat(s.path("an2024").path("year").asInt()).isEqualTo(2025);
        // 2025 has Kela's (demonstration) figures for the Ostrobothnia employment area
        assertThat(s.path("an2024").path("basis").asString()).isEqualTo("KELA");
        assertThat(s.path("an2024").path("byBand")).hasSize(7);
        assertThat(s.path("labourMarket").path("month").asString()).isEqualTo("2023M10");
        assertThat(s.path("labourMarket").path("source").asString()).contains("Tilastokeskus");
        // names follow the language
        String sv = s.path("shortages").get(0).path("name").asString();
        String fi = situation("499", "lang", "fi")
                .path("shortages")
                .get(0)
                .path("name")
                .asString();
        assertThat(sv).isNotEqualTo(fi);
    }

    @Test
    void thePageRendersWholeInEachLanguage() throws Exception {
        for (String code : List.of("499", "091", "478", "047")) {
            for (String lang : List.of("sv", "fi", "en")) {
                String page = mvc.perform(get("/municipalities/{code}", code).param("lang", lang))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                assertThat(page)
                        .as(code + " " + lang)
                        .contains("<html lang=\"" + lang + "\"", "</html>", "id=\"cost-title\"");
                assertThat(page).doesNotContain("??");
                if (!code.equals("478")) {
                    assertThat(page).contains("id=\"cost-full\"", "id=\"cost-bands\"", "id=\"shortages\"", "<svg");
                }
            }
        }
        String unknown = mvc.perform(
                        get("/municipalities/499").param("lang", "en").param("year", "2019"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknown).contains("id=\"unknown-year\"", "year 2019").doesNotContain("id=\"cost-full\"");
    }

    @Test
    void anUnknownYearIsRefusedNotReplaced() throws Exception {
        mvc.perform(get("/api/v1/municipalities/499/situation").param("year", "2019"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/v1/municipalities/499/situation").param("year", "20x5"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/municipalities/000/situation")).andExpect(status().isNotFound());
    }
}
