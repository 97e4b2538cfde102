package fi.livskraft.classification;

import static fi.livskraft.classification.ImporterFixtures.count;
import static fi.livskraft.classification.ImporterFixtures.fingerprint;
import static fi.livskraft.classification.ImporterFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.livskraft.IntegrationTest;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Each test runs in a transaction that is rolled back, so the shared database keeps the shipped data. */
@IntegrationTest
@Transactional
class AmmattiImporterTest {

    @Autowired
    AmmattiImporter importer;

    @Autowired
    Classifications classifications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void updatesNamesInTheItemsLanguageInsertsMissingGroupsAndSkipsNationalCodes() {
        ImportReport report = importer.importFile("ammatti_fi.json", fixture("ammatti_fi_fixture.json"));

        assertThat(report.dataset()).isEqualTo("isco");
        assertThat(report.rowsRead()).isEqualTo(7);
        assertThat(report.rowsStored()).isEqualTo(2);
        assertThat(report.warnings())
                .extracting(p -> p.messageKey() + " " + p.arguments())
                .containsExactly("classification.import.warning.skipped-national-level [1]");
        IscoGroup developers = classifications.iscoGroup("2512").orElseThrow();
        assertThat(developers.names().fi()).isEqualTo("Ohjelmistokehittäjät");
        assertThat(developers.names().sv()).isEqualTo("Mjukvaruutvecklare");
        assertThat(developers.names().en()).isEqualTo("Software developers");
        IscoGroup added = classifications.iscoGroup("0119").orElseThrow();
        assertThat(added.parentCode()).isEqualTo("011");
        assertThat(added.level()).isEqualTo(4);
        assertThat(added.names().fi()).isEqualTo("Muut upseerit");
        assertThat(classifications.iscoGroup("25121")).isEmpty();
        assertThat(jdbc.sql("select source from reference_import order by id desc limit 1")
                        .query(String.class)
                        .single())
                .contains("ammatti_1_20100101");

        ImportReport swedish = importer.importFile("ammatti_sv.json", fixture("ammatti_sv_fixture.json"));
        assertThat(swedish.rowsStored()).isEqualTo(1);
        IscoGroup renamed = classifications.iscoGroup("2512").orElseThrow();
        assertThat(renamed.names().fi()).isEqualTo("Ohjelmistokehittäjät");
        assertThat(renamed.names().sv()).isEqualTo("Programutvecklare");

        ImportReport again = importer.importFile("ammatti_fi.json", fixture("ammatti_fi_fixture.json"));
        assertThat(again.rowsStored()).isZero();
    }

    @Test
    void refusesAnotherClassificationWithAClearMessage() throws IOException {
        Path file = ShippedClassificationsTest.DATA.resolve(
                "classifications/statfin_classification_api/koulutusala_fi.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), "../shared/data is absent: skipping " + file);
        String before = fingerprint(jdbc, "isco_group");

        try (InputStream in = Files.newInputStream(file)) {
            assertThatThrownBy(() -> importer.importFile("koulutusala_fi.json", in))
                    .isInstanceOfSatisfying(ImportFailedException.class, e -> {
                        assertThat(e.problems()).hasSize(1);
                        ImportProblem p = e.problems().get(0);
                        assertThat(p.file()).isEqualTo("koulutusala_fi.json");
                        assertThat(p.row()).isEqualTo(1);
                        assertThat(p.field()).isEqualTo("classification.localId");
                        assertThat(p.messageKey())
                                .isEqualTo("classification.import.error.not-occupation-classification");
                        assertThat(p.arguments()).containsExactly("koulutusala_1_20160101");
                    });
        }
        assertThat(fingerprint(jdbc, "isco_group")).isEqualTo(before);
    }

    @Test
    void refusesABrokenFileNamingRowAndFieldAndChangesNothing() {
        String before = fingerprint(jdbc, "isco_group");
        long imports = count(jdbc, "reference_import");

        assertThatThrownBy(() -> importer.importFile("ammatti_broken.json", fixture("ammatti_broken.json")))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.row() + "|" + p.field() + "|" + p.messageKey())
                                .containsExactly(
                                        "2|parentCode|classification.import.error.wrong-parent",
                                        "4|code|import.error.duplicate",
                                        "5|parentCode|import.error.unknown-reference",
                                        "6|level|import.error.required"));

        assertThat(fingerprint(jdbc, "isco_group")).isEqualTo(before);
        assertThat(count(jdbc, "reference_import")).isEqualTo(imports);
    }
}
