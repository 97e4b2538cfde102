package fi.livskraft.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theLogShowsEachChangeInWordsFieldByFieldInThePageLanguage() throws Exception {
        tx.executeWithoutResult(s -> audit.record(
                "STATUS",
                "workforce-need",
                987654,
                "Status OPEN -> CONFIRMED",
                java.util.Map.of("status", "OPEN", "headCount", 3),
                java.util.Map.of("status", "CONFIRMED", "headCount", 3)));
        String sv = mvc.perform(get("/audit")
                        .param("lang", "sv")
                        .param("type", "workforce-need")
                        .with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int at = sv.indexOf(">987654<");
        String row = sv.substring(sv.lastIndexOf("<tr>", at), sv.indexOf("</tr>", at));
        assertThat(row)
                .contains("Status ändrad")
                .contains("Arbetskraftsbehov")
                .contains("<del>OPEN</del> →")
                .contains("<ins>CONFIRMED</ins>")
                .doesNotContain("<span class=\"field\">headCount</span>");
        assertThat(sv).contains("<option value=\"workforce-need\" selected=\"selected\">Arbetskraftsbehov</option>");

        String fi = mvc.perform(get("/audit")
                        .param("lang", "fi")
                        .param("type", "workforce-need")
                        .with(user("c").roles("COORDINATOR")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fi).contains("Tila muutettu").contains("Työvoimatarve").contains("Muutokset");
    }
}
