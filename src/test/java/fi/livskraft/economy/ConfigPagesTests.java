package fi.livskraft.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ConfigPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EconomyConfiguration configuration;

    @AfterEach
    void removeAddedSets() {
        jdbc.sql("delete from economy_parameter_set where valid_from >= date '2030-01-01'")
                .update();
    }

    @ParameterizedTest
    @CsvSource({"sv,inte kontrollerad", "fi,ei tarkistettu", "en,not verified"})
    void parametersArePublicWithSourceAndVerifiedFlag(String lang, String unverified) throws Exception {
        mvc.perform(get("/economy/config").param("lang", lang))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"" + lang + "\"")))
                .andExpect(content().string(containsString("555/1998")))
                .andExpect(content().string(containsString("916/2012")))
                .andExpect(content().string(containsString(unverified)))
                .andExpect(content().string(not(containsString("/economy/config/new"))));
    }

    @Test
    void coordinatorSeesTheFormsOthersAreRefused() throws Exception {
        mvc.perform(get("/economy/config").with(user("c").roles("COORDINATOR")))
                .andExpect(content().string(containsString("/economy/config/new?model=AN2024")));
        mvc.perform(get("/economy/config/new").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"bands[5].sharePercent\"")));
        mvc.perform(get("/economy/config/new").with(user("o").roles("OWNER"))).andExpect(status().isForbidden());
        mvc.perform(get("/economy/config/new")).andExpect(status().is3xxRedirection());
    }

    @Test
    void formShowsBandErrorsNextToTheRowAndSavesAValidSet() throws Exception {
        mvc.perform(form("2030-01-01", "102").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#bands-1-fromDay\"")))
                .andExpect(content().string(containsString("id=\"bands-1-fromDay-error\"")))
                .andExpect(content().string(containsString("belong to no band")));
        assertThat(configuration
                        .inForce(Model.AN2024, LocalDate.of(2030, 6, 1))
                        .orElseThrow()
                        .validFrom())
                .isEqualTo(LocalDate.of(2025, 1, 1));
        mvc.perform(form("2030-01-01", "101")).andExpect(status().is3xxRedirection());
        CostParameters saved =
                configuration.inForce(Model.AN2024, LocalDate.of(2030, 6, 1)).orElseThrow();
        assertThat(saved.validFrom()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(saved.dailyAmount()).isEqualByComparingTo("38.10");
        assertThat(saved.bands()).hasSize(2);
    }

    /**
     * The seeded AN2024 ladder is "to be checked against the statute text"; the coordinator clears
     * that status in the edit form (verified, a new note), and the public API and page say so.
     */
    @Test
    void coordinatorClearsTheStatuteCheckStatusOfTheLadderInTheForm() throws Exception {
        CostParameters seeded =
                configuration.inForce(Model.AN2024, LocalDate.of(2025, 6, 1)).orElseThrow();
        assertThat(seeded.verified()).isFalse();
        assertThat(seeded.note()).startsWith("To be checked against the statute");
        try {
            mvc.perform(get("/economy/config/" + seeded.id() + "/edit")
                            .with(user("c").roles("COORDINATOR")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("name=\"verified\"")));
            MockHttpServletRequestBuilder edit = post("/economy/config/" + seeded.id() + "/edit")
                    .with(csrf())
                    .with(user("c").roles("COORDINATOR"))
                    .param("model", "AN2024")
                    .param("version", String.valueOf(seeded.version()))
                    .param("validFrom", seeded.validFrom().toString())
                    .param("dailyAmount", comma(seeded.dailyAmount()))
                    .param("paidDaysPerWeek", comma(seeded.paidDaysPerWeek()))
                    .param("paidDaysPerMonth", comma(seeded.paidDaysPerMonth()))
                    .param("source", seeded.source())
                    .param("verified", "true")
                    .param("note", "Checked against 555/1998 as amended by 387/2023 (test)");
            for (int i = 0; i < seeded.bands().size(); i++) {
                Band b = seeded.bands().get(i);
                edit.param("bands[" + i + "].fromDay", String.valueOf(b.fromDay()))
                        .param("bands[" + i + "].toDay", b.toDay() == null ? "" : String.valueOf(b.toDay()))
                        .param("bands[" + i + "].sharePercent", comma(b.sharePercent()));
            }
            mvc.perform(edit).andExpect(status().is3xxRedirection());
            mvc.perform(get("/api/v1/economy/config").param("date", "2025-06-01"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.verified").value(true))
                    .andExpect(jsonPath("$.note").value("Checked against 555/1998 as amended by 387/2023 (test)"))
                    .andExpect(jsonPath("$.bands[6].sharePercent").value(50));
            mvc.perform(get("/economy/config").param("lang", "en"))
                    .andExpect(content().string(containsString("Checked against 555/1998")));
        } finally {
            jdbc.sql("update economy_parameter_set set verified = false, note = ? where id = ?")
                    .params(seeded.note(), seeded.id())
                    .update();
        }
    }

    static String comma(java.math.BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    static MockHttpServletRequestBuilder form(String validFrom, String secondFrom) {
        return post("/economy/config/new")
                .with(csrf())
                .with(user("c").roles("COORDINATOR"))
                .param("model", "AN2024")
                .param("version", "")
                .param("validFrom", validFrom)
                .param("dailyAmount", "38,10")
                .param("paidDaysPerWeek", "5")
                .param("paidDaysPerMonth", "21,5")
                .param("source", "Laki 555/1998; test")
                .param("bands[0].fromDay", "1")
                .param("bands[0].toDay", "100")
                .param("bands[0].sharePercent", "0")
                .param("bands[1].fromDay", secondFrom)
                .param("bands[1].toDay", "")
                .param("bands[1].sharePercent", "10")
                .param("bands[2].fromDay", "")
                .param("bands[2].toDay", "")
                .param("bands[2].sharePercent", "");
    }
}
