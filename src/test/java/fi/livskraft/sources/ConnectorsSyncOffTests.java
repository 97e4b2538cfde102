package fi.livskraft.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** With sync off (the default) the connectors are listed as not enabled, and only to the coordinator. */
@IntegrationTest
class ConnectorsSyncOffTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ConnectorStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsEveryConnectorAsNotEnabledWithoutANextFetch() throws Exception {
        mvc.perform(get("/api/v1/sources/connectors").with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id")
                        .value(Matchers.containsInAnyOrder(
                                "classifications-kunta",
                                "classifications-tyollisyysalue",
                                "kela-an2024",
                                "statfin-11ra",
                                "statfin-12r5",
                                "statfin-12ti",
                                "statfin-duration",
                                "vipunen-vet")))
                .andExpect(jsonPath("$[*].enabled").value(Matchers.everyItem(Matchers.is(false))))
                .andExpect(jsonPath("$[0].nextFetchAt").doesNotExist());
        mvc.perform(get("/sources")
                        .with(user("coordinator").roles("COORDINATOR"))
                        .param("lang", "fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ajastettu synkronointi ei ole päällä")))
                .andExpect(content().string(Matchers.containsString("statfin-12ti")))
                .andExpect(content().string(Matchers.containsString("classifications-tyollisyysalue")))
                .andExpect(content().string(Matchers.containsString("statfin-11ra")));
    }

    @Test
    void onlyTheCoordinatorSeesOrStartsThem() throws Exception {
        mvc.perform(get("/api/v1/sources/connectors").with(user("owner").roles("OWNER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sources/connectors/statfin-12ti/fetch")
                        .with(user("owner").roles("OWNER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sources/connectors/no-such/fetch")
                        .with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/sources/statfin-12ti/fetch")
                        .with(user("provider").roles("PROVIDER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRunningConnectorIsClaimedOnceAcrossInstances() {
        store.ensure("claim-test");
        assertThat(store.claim("claim-test", "instance-a", false)).isTrue();
        assertThat(store.claim("claim-test", "instance-b", false)).isFalse();
        assertThat(store.claim("claim-test", "instance-b", true)).isFalse();
        jdbc.sql("delete from source_connector where id = 'claim-test'").update();
    }
}
