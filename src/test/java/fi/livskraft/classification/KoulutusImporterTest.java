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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Each test runs in a transaction that is rolled back, so the shared database keeps the shipped data. */
@IntegrationTest
@Transactional
class KoulutusImporterTest {

    @Autowired
    KoulutusImporter importer;

    @Autowired
    Classifications classifications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsTheRealCodeListIdempotently() throws IOException {
        Path file = ShippedClassificationsTest.DATA.resolve("education/opetushallitus_koodisto/koulutus.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), "../shared/data is absent: skipping " + file);
        jdbc.sql("update qualification set name_en = 'outdated' where code = '371101'")
                .update();
        long imports = count(jdbc, "reference_import");

        ImportReport first;
        try (InputStream in = Files.newInputStream(file)) {
            first = importer.importFile("koulutus.json", in);
        }

        assertThat(first.dataset()).isEqualTo("qualifications");
        assertThat(first.rowsRead()).isEqualTo(3157);
        assertThat(first.rowsStored()).isEqualTo(1);
        assertThat(first.warnings())
                .extracting(ImportProblem::messageKey)
                .contains("classification.import.warning.skipped-non-vocational");
        assertThat(first.warnings().get(0).arguments()).containsExactly(3157 - 993);
        assertThat(classifications.qualification("371101").orElseThrow().names().en())
                .isEqualTo("Vocational qualification in Social and Health Care");
        assertThat(count(jdbc, "qualification")).isEqualTo(993);
        assertThat(count(jdbc, "reference_import")).isEqualTo(imports + 1);
        String audit = jdbc.sql("select before::text || after::text from audit_event where action = 'IMPORT'"
                        + " and entity_type = 'qualifications' order by id desc limit 1")
                .query(String.class)
                .single();
        assertThat(audit)
                .contains("outdated", "Vocational qualification in Social and Health Care", "\"vocational\": 993");

        String before = fingerprint(jdbc, "qualification");
        ImportReport second;
        try (InputStream in = Files.newInputStream(file)) {
            second = importer.importFile("koulutus.json", in);
        }
        assertThat(second.rowsRead()).isEqualTo(3157);
        assertThat(second.rowsStored()).isZero();
        assertThat(fingerprint(jdbc, "qualification")).isEqualTo(before);
        assertThat(count(jdbc, "reference_import")).isEqualTo(imports + 2);
    }

    @Test
    void insertsNewQualificationsUpdatesNamesAndSkipsOtherEducation() {
        ImportReport report = importer.importFile("koulutus_fixture.json", fixture("koulutus_fixture.json"));

        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.rowsStored()).isEqualTo(2);
        assertThat(classifications.qualification("000001")).isEmpty();
        Qualification added = classifications.qualification("399998").orElseThrow();
        assertThat(added.type()).isEqualTo(QualificationType.UPPER_SECONDARY);
        assertThat(added.names().fi()).isEqualTo("Kokeilualan perustutkinto");
        assertThat(added.names().en()).isEmpty();
        assertThat(classifications.qualification("371101").orElseThrow().names().en())
                .isEqualTo("Vocational Qualification in Social and Health Care, renamed");
        String file = jdbc.sql("select file_name || ' ' || format || ' ' || rows_read || ' ' || rows_stored"
                        + " from reference_import order by id desc limit 1")
                .query(String.class)
                .single();
        assertThat(file).isEqualTo("koulutus_fixture.json oph-koodisto-koulutus 3 2");
    }

    @Test
    void refusesABrokenFileNamingRowAndFieldAndChangesNothing() {
        String before = fingerprint(jdbc, "qualification");
        long imports = count(jdbc, "reference_import");
        long audit = count(jdbc, "audit_event");

        assertThatThrownBy(() -> importer.importFile("koulutus_broken.json", fixture("koulutus_broken.json")))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.file() + "|" + p.row() + "|" + p.field() + "|" + p.messageKey())
                                .containsExactly(
                                        "koulutus_broken.json|2|koodiArvo|import.error.bad-code",
                                        "koulutus_broken.json|3|koodiArvo|import.error.duplicate",
                                        "koulutus_broken.json|4|metadata[kieli=FI].nimi|import.error.required"));

        assertThat(fingerprint(jdbc, "qualification")).isEqualTo(before);
        assertThat(count(jdbc, "reference_import")).isEqualTo(imports);
        assertThat(count(jdbc, "audit_event")).isEqualTo(audit);
    }

    @Test
    void refusesAFileThatIsNotAJsonArray() {
        assertThatThrownBy(() -> importer.importFile("x.json", bytes("{\"koodiArvo\": \"371101\"}")))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::messageKey)
                                .containsExactly("import.error.wrong-shape"));
        assertThatThrownBy(() -> importer.importFile("x.json", bytes("[{\"koodiArvo\": \"371101\",")))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.row() + " " + p.messageKey())
                                .containsExactly("1 import.error.not-json"));
    }

    @Test
    void namesTheCleaningRuleOfTheShippedFile() {
        assertThat(KoulutusImporter.cleanName("Kauneudenhoitoalan erikoisammattitutkinto_ "))
                .isEqualTo("Kauneudenhoitoalan erikoisammattitutkinto");
        assertThat(List.of(importer.id(), importer.labelKey()))
                .containsExactly("oph-koodisto-koulutus", "classification.importer.oph-koodisto-koulutus");
    }

    static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
