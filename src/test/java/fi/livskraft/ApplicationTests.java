package fi.livskraft;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApplicationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void reportsHealthy() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void overviewFollowsTheRequestedLanguage() throws Exception {
        mvc.perform(get("/").param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"sv\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Översikt")));
        mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"en\"")));
    }

    @Test
    void apiAnswersUnauthorizedWithoutCredentials() throws Exception {
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
    }

    @Test
    void pagesSendSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().exists("Content-Security-Policy"));
    }
}
