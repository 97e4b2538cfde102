package fi.livskraft.classification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ClassificationWebTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"sv", "fi", "en"})
    void publicPagesAnswerInEveryLanguage(String lang) throws Exception {
        for (String path : new String[] {
            "/qualifications",
            "/qualifications?type=ALL&q=terveys",
            "/qualifications/371101",
            "/occupations",
            "/occupations/2512"
        }) {
            mvc.perform(get(path).param("lang", lang))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<html lang=\"" + lang + "\"")))
                    .andExpect(content().string(not(containsString("??"))));
        }
    }

    @Test
    void qualificationListShowsUpperSecondaryByDefaultWithBothNationalLanguages() throws Exception {
        mvc.perform(get("/qualifications").param("lang", "fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sosiaali- ja terveysalan perustutkinto")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "<span class=\"source\" lang=\"sv\">Grundexamen inom social- och hälsovårdsbranschen</span>")))
                .andExpect(content().string(containsString("Ammatillinen perustutkinto")))
                .andExpect(content().string(not(containsString("Liikenneopettajan erikoisammattitutkinto"))))
                .andExpect(content().string(containsString("Koodistopalvelu")));
        mvc.perform(get("/qualifications")
                        .param("lang", "sv")
                        .param("type", "SPECIALIST")
                        .param("q", "trafiklärare"))
                .andExpect(content().string(containsString("Specialyrkesexamen för trafiklärare")))
                .andExpect(content().string(containsString("Specialyrkesexamen</td>")))
                .andExpect(content().string(not(containsString("Grundexamen inom social- och hälsovårdsbranschen"))));
    }

    @Test
    void qualificationPageShowsAllNamesAndUnknownCodesAnswerNotFound() throws Exception {
        mvc.perform(get("/qualifications/371101").param("lang", "en"))
                .andExpect(content().string(containsString("Vocational qualification in Social and Health Care")))
                .andExpect(content()
                        .string(containsString("lang=\"sv\">Grundexamen inom social- och hälsovårdsbranschen")))
                .andExpect(content().string(containsString("Vocational upper secondary qualification")));
        mvc.perform(get("/qualifications/999999").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No vocational qualification has the code 999999.")));
        mvc.perform(get("/occupations/99999").param("lang", "sv"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Ingen ISCO-08-yrkesgrupp har koden 99999.")));
    }

    @Test
    void occupationPagesShowHierarchyAndBreadcrumb() throws Exception {
        mvc.perform(get("/occupations").param("lang", "sv"))
                .andExpect(content().string(containsString("href=\"/occupations/25\"")))
                .andExpect(content().string(containsString("Militära yrken")))
                .andExpect(content().string(containsString("ESCO v1.1.1")));
        mvc.perform(get("/occupations/2512").param("lang", "fi"))
                .andExpect(content().string(containsString("Sovellussuunnittelijat")))
                .andExpect(content().string(containsString("href=\"/occupations/251\"")))
                .andExpect(content().string(containsString("href=\"/occupations/2\"")))
                .andExpect(content().string(containsString("Ammattiryhmä (4-numerotaso)")));
        mvc.perform(get("/occupations/25").param("lang", "en"))
                .andExpect(content().string(containsString("href=\"/occupations/251\"")))
                .andExpect(content().string(containsString("Sub-major group (2 digits)")));
    }

    @Test
    void apiListsAndFindsQualifications() throws Exception {
        mvc.perform(get("/api/v1/qualifications")
                        .param("type", "UPPER_SECONDARY")
                        .param("q", "hälsovård"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("371101")))
                .andExpect(jsonPath("$[*].type", everyItem(is("UPPER_SECONDARY"))));
        mvc.perform(get("/api/v1/qualifications")).andExpect(jsonPath("$", hasSize(993)));
        mvc.perform(get("/api/v1/qualifications/371101"))
                .andExpect(jsonPath("$.nameFi").value("Sosiaali- ja terveysalan perustutkinto"))
                .andExpect(jsonPath("$.nameSv").value("Grundexamen inom social- och hälsovårdsbranschen"))
                .andExpect(jsonPath("$.type").value("UPPER_SECONDARY"));
        mvc.perform(get("/api/v1/qualifications/999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/qualifications").param("type", "DOCTORAL"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
    }

    @Test
    void apiListsIscoGroupsByLevel() throws Exception {
        mvc.perform(get("/api/v1/isco").param("level", "1")).andExpect(jsonPath("$", hasSize(10)));
        mvc.perform(get("/api/v1/isco")).andExpect(jsonPath("$", hasSize(619)));
        mvc.perform(get("/api/v1/isco/2512"))
                .andExpect(jsonPath("$.level").value(4))
                .andExpect(jsonPath("$.parentCode").value("251"))
                .andExpect(jsonPath("$.nameEn").value("Software developers"));
        mvc.perform(get("/api/v1/isco/0")).andExpect(jsonPath("$.parentCode").isEmpty());
        mvc.perform(get("/api/v1/isco").param("level", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        mvc.perform(get("/api/v1/isco/99999")).andExpect(status().isNotFound());
    }
}
