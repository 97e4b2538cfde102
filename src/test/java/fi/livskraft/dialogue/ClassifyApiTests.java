package fi.livskraft.dialogue;

import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class ClassifyApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OccupationClassifier classifier;

    ResultActions classify(String json) throws Exception {
        return mvc.perform(post("/api/v1/classify")
                .with(httpBasic("employer", "demo"))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void suggestsWeldersForFinnishSwedishAndEnglishWords() throws Exception {
        classify("{\"text\":\"hitsaaja\",\"lang\":\"fi\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions[0].iscoCode").value("7212"))
                .andExpect(jsonPath("$.suggestions.length()").value(lessThanOrEqualTo(5)));
        classify("{\"text\":\"svetsare\",\"lang\":\"sv\"}")
                .andExpect(jsonPath("$.suggestions[0].iscoCode").value("7212"));
        classify("{\"text\":\"welder\",\"lang\":\"en\"}")
                .andExpect(jsonPath("$.suggestions[0].iscoCode").value("7212"));
    }

    @Test
    void detectsTheLanguageAndAnswersLabelsInIt() throws Exception {
        classify("{\"text\":\"vi behöver fem svetsare som talar svenska till hösten\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("sv"))
                .andExpect(jsonPath("$.languageDetected").value(true))
                .andExpect(jsonPath("$.suggestions[0].iscoCode").value("7212"))
                .andExpect(jsonPath("$.suggestions[0].label").value(org.hamcrest.Matchers.containsString("vetsare")))
                .andExpect(jsonPath("$.suggestions[0].score").isNumber());
    }

    @Test
    void refusesAnonymousCallers() throws Exception {
        mvc.perform(post("/api/v1/classify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"svetsare\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void namesTheFieldForEmptyOversizedForeignTextAndUnknownLanguage() throws Exception {
        classify("{\"text\":\"  \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        classify("{\"text\":\"" + "svetsare ".repeat(300) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("2000")));
        classify("{\"text\":\"Wir brauchen dringend fünf Schweißer für unsere Werkstatt\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.containsString("Swedish, Finnish or English")));
        classify("{\"text\":\"svetsare\",\"lang\":\"de\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
    }

    @Test
    void learnsEscoLabelsFromTheDatabaseWhenRebuilt() throws Exception {
        String uri = "http://example.invalid/esco/test-zyxwelder";
        jdbc.sql("insert into esco_occupation (uri, code, isco_code, name_fi, name_sv, name_en)"
                        + " values (?, '7212.99', '7212', 'zyxhitsaaja', 'zyxsvetsare', 'zyxwelder')")
                .param(uri)
                .update();
        jdbc.sql("insert into esco_label (uri, language, kind, label) values (?, 'sv', 'ALTERNATIVE', 'qqqlödare')")
                .param(uri)
                .update();
        try {
            classifier.rebuild();
            classify("{\"text\":\"zyxsvetsare\",\"lang\":\"sv\"}")
                    .andExpect(jsonPath("$.suggestions[0].iscoCode").value("7212"))
                    .andExpect(jsonPath("$.suggestions[0].escoUri").value(uri))
                    .andExpect(jsonPath("$.suggestions[0].label").value("zyxsvetsare"));
            // an alternative label finds the occupation; the suggestion shows its preferred label
            classify("{\"text\":\"qqqlödare\",\"lang\":\"sv\"}")
                    .andExpect(jsonPath("$.suggestions[0].escoUri").value(uri))
                    .andExpect(jsonPath("$.suggestions[0].label").value("zyxsvetsare"));
        } finally {
            jdbc.sql("delete from esco_occupation where uri = ?").param(uri).update();
            classifier.rebuild();
        }
    }
}
