package fi.livskraft.area;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AreaApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsAllMunicipalitiesWithTheirFields() throws Exception {
        mvc.perform(get("/api/v1/municipalities"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(308)))
                .andExpect(jsonPath("$[?(@.code == '049')].nameSv").value("Esbo"))
                .andExpect(jsonPath("$[?(@.code == '049')].languageStatus").value("BILINGUAL_FINNISH_MAJORITY"))
                .andExpect(jsonPath("$[?(@.code == '049')].regionCode").value("01"))
                .andExpect(jsonPath("$[?(@.code == '478')]", hasSize(1)));
        mvc.perform(get("/api/v1/municipalities/478"))
                .andExpect(jsonPath("$.nameSv").value("Mariehamn"))
                .andExpect(jsonPath("$.employmentAreaId").value(nullValue()));
    }

    @Test
    void filtersMunicipalitiesByRegionAndLanguageStatus() throws Exception {
        mvc.perform(get("/api/v1/municipalities").param("regionCode", "21"))
                .andExpect(jsonPath("$", hasSize(16)))
                .andExpect(jsonPath("$[*].languageStatus", everyItem(is("SWEDISH"))))
                .andExpect(jsonPath("$[*].employmentAreaId", everyItem(nullValue())));
        mvc.perform(get("/api/v1/municipalities").param("languageStatus", "BILINGUAL_SWEDISH_MAJORITY"))
                .andExpect(jsonPath("$", hasSize(15)));
        mvc.perform(get("/api/v1/municipalities").param("regionCode", "15").param("languageStatus", "FINNISH"))
                .andExpect(jsonPath("$[*].regionCode", everyItem(is("15"))))
                .andExpect(jsonPath("$[*].languageStatus", everyItem(is("FINNISH"))));
    }

    @Test
    void rejectsAnUnknownLanguageStatus() throws Exception {
        mvc.perform(get("/api/v1/municipalities").param("languageStatus", "KLINGON"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void answersOneMunicipalityAndProblemWhenUnknown() throws Exception {
        mvc.perform(get("/api/v1/municipalities/091"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameFi").value("Helsinki"))
                .andExpect(jsonPath("$.nameSv").value("Helsingfors"))
                .andExpect(jsonPath("$.employmentAreaId").value("helsinki"));
        mvc.perform(get("/api/v1/municipalities/000"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest
    @CsvSource({
        "Nastola, 398",
        "Västanfjärd, 322",
        "Dragsfjärd, 322",
        "Pernå, 434",
        "Pernaja, 434",
        "Tenala, 710",
        "Tenhola, 710",
        "'  nastola  ', 398",
        "VÄSTANFJÄRD, 322",
        "helsingfors, 091",
        "Helsingfors, 091",
        "Esbo, 049",
        "ÅBO, 853",
        "äänekoski, 992",
        "532, 398",
        "091, 091"
    })
    void resolvesCurrentAndFormerNamesAndCodes(String name, String code) throws Exception {
        mvc.perform(get("/api/v1/resolve/municipality").param("name", name))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code));
    }

    @Test
    void resolvingAnUnknownNameIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/resolve/municipality").param("name", "Atlantis"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void listsRegionsWithCountsAndSubRegions() throws Exception {
        mvc.perform(get("/api/v1/regions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(19)))
                .andExpect(jsonPath("$[?(@.code == '21')].municipalityCount").value(16))
                .andExpect(jsonPath("$[?(@.code == '01')].nameSv").value("Nyland"));
        mvc.perform(get("/api/v1/regions/15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameSv").value("Österbotten"));
        mvc.perform(get("/api/v1/regions/99")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sub-regions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(69)))
                .andExpect(jsonPath("$[?(@.code == '011')].regionCode").value("01"));
    }

    @Test
    void describesTheAreaApiInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/municipalities'].get").exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/employment-areas/{id}'].put").exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/resolve/municipality'].get").exists());
    }
}
