package fi.livskraft.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class SearchTests {

    @Autowired
    MockMvc mvc;

    ResultActions search(String q) throws Exception {
        return mvc.perform(get("/api/v1/search").param("q", q));
    }

    @Test
    void findsAMunicipalityByItsSwedishName() throws Exception {
        search("Helsingfors")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.municipalities[0].code").value("091"))
                .andExpect(jsonPath("$.municipalities[0].matchedName").doesNotExist());
    }

    @Test
    void findsTodaysMunicipalityByAFormerSwedishName() throws Exception {
        search("västanfjärd")
                .andExpect(jsonPath("$.municipalities[0].code").value("322"))
                .andExpect(jsonPath("$.municipalities[0].matchedName").value("Västanfjärd"));
        search("Nastola").andExpect(jsonPath("$.municipalities[0].code").value("398"));
    }

    @Test
    void toleratesMissingDiacriticsAndRanksExactMatchesFirst() throws Exception {
        search("narpes").andExpect(jsonPath("$.municipalities[0].code").value("545"));
        // "Vaasa" is exact for 905; others merely contain it
        search("vaasa").andExpect(jsonPath("$.municipalities[0].code").value("905"));
    }

    @Test
    void findsQualificationsByNameOrCode() throws Exception {
        search("371101").andExpect(jsonPath("$.qualifications[0].code").value("371101"));
        search("hälsovård").andExpect(jsonPath("$.qualifications", not(empty())));
    }

    @Test
    void findsOccupationsByTheirIscoAndEscoLabelsInEachLanguageWithOrWithoutDiacritics() throws Exception {
        search("undersköterska")
                .andExpect(jsonPath("$.occupations[0].code").value("5321"))
                .andExpect(jsonPath("$.occupations[0].nameSv").value("Undersköterskor, sjukvårdsbiträden m.fl."));
        search("underskoterska").andExpect(jsonPath("$.occupations[0].code").value("5321"));
        search("hitsaaja").andExpect(jsonPath("$.occupations[0].code").value("7212"));
        search("Lähihoitajat")
                .andExpect(jsonPath("$.occupations[0].code").value("5321"))
                .andExpect(jsonPath("$.occupations[0].matchedName").doesNotExist());
        search("welder").andExpect(jsonPath("$.occupations[*].code", org.hamcrest.Matchers.hasItem("7212")));
        mvc.perform(get("/search").param("q", "undersköterska").param("lang", "sv"))
                .andExpect(content().string(containsString("href=\"/occupations/5321\"")))
                .andExpect(content().string(containsString("<h2>Yrken</h2>")));
    }

    @Test
    void countsHitsInTheRightGrammaticalNumber() throws Exception {
        mvc.perform(get("/search").param("q", "Helsingfors").param("lang", "sv"))
                .andExpect(content().string(containsString("1 träff för")));
        mvc.perform(get("/search").param("q", "Helsingfors").param("lang", "fi"))
                .andExpect(content().string(containsString("1 tulos haulla")));
        mvc.perform(get("/search").param("q", "xqzzy").param("lang", "en"))
                .andExpect(content().string(containsString("No results for")));
    }

    @Test
    void listsProvidersOnlyForSignedInUsers() throws Exception {
        search("Optima").andExpect(jsonPath("$.providers", empty()));
        mvc.perform(get("/search")
                        .param("q", "Optima")
                        .with(SecurityMockMvcRequestPostProcessors.user("someone")
                                .roles("EMPLOYER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/providers/")));
    }

    @Test
    void pageShowsTheFormerNameThatMatchedInEachLanguage() throws Exception {
        mvc.perform(get("/search").param("q", "Pernå").param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lovisa")))
                .andExpect(content().string(containsString("det tidigare namnet Pernå")));
        mvc.perform(get("/search").param("q", "").param("lang", "fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kirjoita kunnan nimi")));
    }
}
