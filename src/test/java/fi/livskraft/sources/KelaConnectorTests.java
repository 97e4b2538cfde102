package fi.livskraft.sources;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.sources.ReplayServer.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The Kela connector against the replay server. Kela's 2025- package could not be recorded and its
 * column names were not found: the {@code package_show} answer is built in CKAN's documented shape
 * ({@code success}, {@code result.resources[format, url, last_modified]}) and the CSV is the Kela
 * importer's own test file in its documented columns.
 */
@ConnectorTest
class KelaConnectorTests extends ConnectorTestBase {

    static final String SHOW = "/ckan/package_show";

    String packageShow(String csvUrl) {
        return """
                {"help": "package_show", "success": true, "result": {
                  "name": "kunnan-osarahoittaman-tyottomyysturvan-saajat-ja-maksetut-etuudet-tyollisyysalueittain",
                  "metadata_modified": "2026-11-20T08:00:00.000000",
                  "resources": [
                    {"id": "a", "name": "Kuvaus", "format": "PDF", "url": "%1$s/ckan/files/kuvaus.pdf",
                     "last_modified": "2026-11-21T08:00:00"},
                    {"id": "b", "name": "2025", "format": "CSV", "url": "%1$s/ckan/files/old.csv",
                     "last_modified": "2026-01-20T08:00:00"},
                    {"id": "c", "name": "2025-2026", "format": "CSV", "url": "%1$s%2$s",
                     "last_modified": "2026-11-20T08:00:00.123456"}]}}
                """.formatted(server.base(), csvUrl);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = KelaConnectorTests.class.getResourceAsStream("/economypages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    int rows(String month) {
        return jdbc.sql("select count(*) from kela_benefit_fact where month = ?")
                .param(LocalDate.parse(month))
                .query(Integer.class)
                .single();
    }

    @Test
    void importsTheNewestCsvOfThePackageThenNothingWhenUnchanged() throws Exception {
        server.answer("GET", SHOW, Answer.json(packageShow("/ckan/files/kela.csv")));
        server.answer("GET", "/ckan/files/kela.csv", Answer.csv(resource("kela-good.csv")));

        ConnectorStore.Fetch first = harness.run("kela-an2024");

        assertThat(first.outcome()).as(String.valueOf(first.error())).isEqualTo("IMPORTED");
        assertThat(first.vintage()).isEqualTo("2026-11-20");
        assertThat(first.rowsStored()).isEqualTo(5);
        assertThat(rows("2026-01-01")).isEqualTo(2);
        assertThat(rows("2026-02-01")).isEqualTo(3);
        assertThat(server.received())
                .extracting(ReplayServer.Received::path)
                .contains(
                        "/ckan/package_show?id=kunnan-osarahoittaman-tyottomyysturvan-saajat-ja-maksetut-etuudet-tyollisyysalueittain")
                .doesNotContain("/ckan/files/old.csv");

        ConnectorStore.Fetch second = harness.run("kela-an2024");
        assertThat(second.outcome()).isEqualTo("UNCHANGED");
        assertThat(rows("2026-01-01")).isEqualTo(2);

        // an unknown header is refused by the importer; the figures stay
        server.answer(
                "GET",
                "/ckan/files/kela.csv",
                Answer.csv(
                        "kuukausi;tyollisyysalue;etuus;luokka;saajat;paivat;euroa\n2026-01;pohjanmaa;x;1-100;1;1;1\n"));
        ConnectorStore.Fetch refused = harness.run("kela-an2024");
        assertThat(refused.outcome()).isEqualTo("FAILED");
        assertThat(refused.error().place()).startsWith("kela.csv");
        assertThat(rows("2026-01-01")).isEqualTo(2);
        assertThat(harness.state("kela-an2024").vintage()).isEqualTo("2026-11-20");

        // the catalogue answers, but reports a failure
        server.answer("GET", SHOW, Answer.json("{\"success\": false, \"error\": {\"message\": \"Not found\"}}"));
        ConnectorStore.Fetch ckanFailure = harness.run("kela-an2024");
        assertThat(ckanFailure.error().messageKey()).isEqualTo("sources.error.ckan.failed");
        assertThat(harness.state("kela-an2024").status()).isEqualTo("FAILED");
    }

    @Test
    void refusesAPackageWithoutCsv() {
        server.answer("GET", SHOW, Answer.json("""
                {"success": true, "result": {"resources": [{"format": "XLSX", "url": "x.xlsx"}]}}
                """));
        ConnectorStore.Fetch f = harness.run("kela-an2024");
        assertThat(f.outcome()).isEqualTo("FAILED");
        assertThat(f.error().messageKey()).isEqualTo("sources.error.ckan.no-csv");
    }
}
