package fi.livskraft.sources;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.sources.ReplayServer.Answer;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The Vipunen connector against the replay server. No Vipunen API response was available: the
 * answer is the education module's test file, built in the documented shape of the resource
 * {@code amm_opiskelijat_ja_tutkinnot_vuosi_tutkinto} (demonstration providers).
 */
@ConnectorTest
class VipunenConnectorTests extends ConnectorTestBase {

    static final String DATA = "/vipunen/amm_opiskelijat_ja_tutkinnot_vuosi_tutkinto/data";

    long sources() {
        return jdbc.sql(
                        "select count(*) from evidence_source where dataset = 'amm_opiskelijat_ja_tutkinnot_vuosi_tutkinto'"
                                + " and vintage = '2024-03-15'")
                .query(Long.class)
                .single();
    }

    @Test
    void importsTheResourceThenNothingWhenUnchangedAndKeepsItWhenTheSourceFails() throws Exception {
        byte[] body;
        try (InputStream in =
                getClass().getResourceAsStream("/education/amm_opiskelijat_ja_tutkinnot_vuosi_tutkinto.json")) {
            body = in.readAllBytes();
        }
        server.answer("GET", DATA, Answer.json(body));

        ConnectorStore.Fetch first = harness.run("vipunen-vet");
        assertThat(first.outcome()).as(String.valueOf(first.error())).isEqualTo("IMPORTED");
        assertThat(first.vintage()).isEqualTo("2024-03-15");
        assertThat(sources()).isEqualTo(1);
        long id = jdbc.sql(
                        "select id from evidence_source where dataset = 'amm_opiskelijat_ja_tutkinnot_vuosi_tutkinto'")
                .query(Long.class)
                .single();

        assertThat(harness.run("vipunen-vet").outcome()).isEqualTo("UNCHANGED");
        server.answer("GET", DATA, Answer.status(503));
        ConnectorStore.Fetch failed = harness.run("vipunen-vet");
        assertThat(failed.outcome()).isEqualTo("FAILED");
        assertThat(failed.error().arguments()).contains("503");
        server.answer("GET", DATA, Answer.json("[{\"tilastovuosi\": 2023, "));
        assertThat(harness.run("vipunen-vet").outcome()).isEqualTo("FAILED");

        assertThat(jdbc.sql(
                                "select id from evidence_source where dataset = 'amm_opiskelijat_ja_tutkinnot_vuosi_tutkinto'")
                        .query(Long.class)
                        .single())
                .as("the imported source is still the same one")
                .isEqualTo(id);
        assertThat(harness.state("vipunen-vet").vintage()).isEqualTo("2024-03-15");
    }
}
