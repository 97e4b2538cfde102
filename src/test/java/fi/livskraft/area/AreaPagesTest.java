package fi.livskraft.area;

import static fi.livskraft.Forms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AreaPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmploymentAreas areas;

    AreaSnapshot snapshot;

    @BeforeEach
    void remember() {
        snapshot = AreaSnapshot.take(jdbc);
    }

    @AfterEach
    void putBack() {
        snapshot.restore(jdbc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "fi", "en"})
    void pagesRenderInEachLanguage(String lang) throws Exception {
        String[][] pages = {
            {"/municipalities", "Esbo"},
            {"/municipalities/049", "Esbo"},
            {"/regions", "Nyland"},
            {"/regions/15", "Österbotten"},
            {"/employment-areas", "Esbo"},
            {"/employment-areas/espoo", "Esbo"}
        };
        for (String[] page : pages) {
            mvc.perform(get(page[0]).param("lang", lang))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<html lang=\"" + lang + "\"")))
                    .andExpect(content().string(containsString(page[1])));
        }
    }

    @Test
    void listsAllMunicipalitiesWithSourceAndFiltersByRegionAndLanguage() throws Exception {
        String all = mvc.perform(get("/municipalities").param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("308 kommuner visas")))
                .andExpect(content().string(containsString("Källa: Statistikcentralen")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // Swedish order: Åbo after Vörå, Ähtäri at the end
        assertThat(all.indexOf(">Åbo (Turku)<")).isGreaterThan(all.indexOf(">Vörå (Vöyri)<"));
        mvc.perform(get("/municipalities").param("lang", "fi").param("region", "21"))
                .andExpect(content().string(containsString("Näytetään 16 kuntaa")))
                .andExpect(content().string(containsString("Maarianhamina - Mariehamn (Mariehamn)")));
        mvc.perform(get("/municipalities").param("lang", "en").param("language", "BILINGUAL_SWEDISH_MAJORITY"))
                .andExpect(content().string(containsString("15 municipalities shown")))
                .andExpect(content().string(containsString(">Närpes<")))
                .andExpect(content().string(not(containsString("Helsinki (Helsingfors)"))));
    }

    @Test
    void municipalityPageShowsFormerMunicipalitiesAndAlandExplanation() throws Exception {
        mvc.perform(get("/municipalities/398").param("lang", "fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nastola")))
                .andExpect(content().string(containsString("2016")));
        mvc.perform(get("/municipalities/478").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Act on the Autonomy of Åland")))
                .andExpect(content().string(containsString("AN2024")));
    }

    @Test
    void formerCodeRedirectsAndUnknownCodeIsNotFound() throws Exception {
        mvc.perform(get("/municipalities/532")).andExpect(redirectedUrl("/municipalities/398"));
        mvc.perform(get("/municipalities/000").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Not found: 000")));
        mvc.perform(get("/regions/99")).andExpect(status().isNotFound());
        mvc.perform(get("/employment-areas/nowhere")).andExpect(status().isNotFound());
    }

    @Test
    void employmentAreasShowTheirConfidence() throws Exception {
        // every area's members come from Statistics Finland's classification: none is a best reading
        mvc.perform(get("/employment-areas").param("lang", "en"))
                .andExpect(content().string(containsString("classification of employment areas")))
                .andExpect(content().string(containsString("Verified")))
                .andExpect(content().string(not(containsString("Best reading, verify"))))
                .andExpect(content().string(not(containsString("Correct this employment area"))));
    }

    @Test
    void coordinatorCorrectsAnAreaOnItsPage() throws Exception {
        EmploymentArea espoo = areas.get("espoo");
        mvc.perform(get("/employment-areas/espoo")
                        .param("lang", "en")
                        .with(user("c").roles("COORDINATOR")))
                .andExpect(content().string(containsString("Correct this employment area")));
        // lead not a member: the page answers with the error next to the field, in Swedish
        mvc.perform(form(
                        "/employment-areas/espoo",
                        user("c").roles("COORDINATOR"),
                        "lang=sv&version=" + espoo.version() + "&leadMunicipalityCode=049&remove=049"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ansvarskommunen 049 måste vara en av medlemskommunerna.")))
                .andExpect(content().string(containsString("aria-describedby=\"lead-error\"")));
        // a stale version is a conflict
        mvc.perform(form(
                        "/employment-areas/espoo",
                        user("c").roles("COORDINATOR"),
                        "version=" + (espoo.version() + 7) + "&leadMunicipalityCode=049"))
                .andExpect(status().isConflict());
        mvc.perform(form(
                        "/employment-areas/espoo",
                        user("c").roles("COORDINATOR"),
                        "version=" + espoo.version() + "&leadMunicipalityCode=049&add=755"))
                .andExpect(redirectedUrl("/employment-areas/espoo?saved="));
        assertThat(areas.get("espoo").municipalityCodes()).contains("755");
        // others may not
        mvc.perform(form(
                        "/employment-areas/espoo",
                        user("o").roles("OWNER"),
                        "version=" + (espoo.version() + 1) + "&leadMunicipalityCode=049"))
                .andExpect(status().isForbidden());
    }
}
