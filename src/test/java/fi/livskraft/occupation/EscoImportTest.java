package fi.livskraft.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.livskraft.IntegrationTest;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportProgress;
import fi.livskraft.common.ImportReport;
import fi.livskraft.evidence.Source;
import fi.livskraft.evidence.Sources;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class EscoImportTest {

    static final String TEST_URI = "http://data.europa.eu/esco/occupation/livskraft-test-";
    static final String FIXTURE_FILE = "esco_v9_9_9_test.json";

    @Autowired
    EscoImporter importer;

    @Autowired
    EscoOccupations occupations;

    @Autowired
    Sources sources;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestOccupations() {
        jdbc.sql("delete from esco_occupation where uri like ?")
                .param(TEST_URI + "%")
                .update();
        jdbc.sql("delete from evidence_source where dataset = ? and vintage = 'v9.9.9'")
                .param(EscoImporter.DATASET)
                .update();
    }

    @Test
    void shippedOccupationsAreSeededAtStartUpWithTheirSource() {
        assertThat(occupations.count()).isEqualTo(3007);
        Source source = sources.find(EscoImporter.PUBLISHER, EscoImporter.DATASET, "v1.1.1")
                .orElseThrow();
        assertThat(source.licence()).contains("2011/833/EU");
        assertThat(occupations.byIscoGroup("2512"))
                .extracting(EscoOccupation::iscoCode)
                .isNotEmpty()
                .containsOnly("2512");
    }

    @Test
    void importsTheRealEscoFileUnderIscoGroupsWithLabelsInThreeLanguages() throws Exception {
        assumeTrue(
                Files.isRegularFile(EscoCsvConverter.SHARED_FILE),
                "../shared/data/occupations/esco is absent: the import of the real ESCO file is skipped");
        AtomicLong progress = new AtomicLong();
        ImportReport report;
        try (InputStream in = Files.newInputStream(EscoCsvConverter.SHARED_FILE)) {
            report = importer.importFile(
                    EscoCsvConverter.SHARED_FILE.getFileName().toString(), in, (done, total) -> progress.set(done));
        }
        assertThat(report.rowsRead()).isEqualTo(3626);
        assertThat(report.rowsStored()).isEqualTo(3007);
        assertThat(report.warnings()).isEmpty();
        assertThat(progress.get()).isEqualTo(3626);
        assertThat(occupations.count()).isEqualTo(3007);
        Source source = sources.find(EscoImporter.PUBLISHER, EscoImporter.DATASET, "v1.1.1")
                .orElseThrow();
        assertThat(source.format()).isEqualTo("esco");
        assertThat(source.cellsStored()).isEqualTo(3007);
        assertThat(jdbc.sql("select count(*) from esco_occupation where source_id = ?")
                        .param(source.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(3007);
        EscoOccupation officer = occupations
                .byUri("http://data.europa.eu/esco/occupation/f2cc5978-e45c-4f28-b859-7f89221b0505")
                .orElseThrow();
        assertThat(officer.iscoCode()).isEqualTo("0110");
        assertThat(officer.names().fi()).isEqualTo("ilmavoimien upseeri");
        assertThat(officer.names().sv()).isEqualTo("flygvapenofficer");
        assertThat(officer.names().en()).isEqualTo("air force officer");
        // 1211.1.1's broader is another ESCO occupation: it sits under that occupation's group
        assertThat(occupations
                        .byUri("http://data.europa.eu/esco/occupation/04f39bfa-bc03-4480-98bc-b18ce4fe4b4b")
                        .orElseThrow()
                        .iscoCode())
                .isEqualTo("1211");
        assertThat(jdbc.sql("select count(distinct isco_code) from esco_occupation")
                        .query(Long.class)
                        .single())
                .isGreaterThan(400);
        assertThat(jdbc.sql("select count(*) from esco_label where kind = 'PREFERRED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(3 * 3007);
        assertThat(occupations.labels(officer.uri(), "sv"))
                .extracting(EscoLabel::label)
                .containsExactly("flygvapenofficer");
        assertThat(occupations.byIscoGroup("5321"))
                .extracting(o -> o.names().fi())
                .contains("lähihoitaja");
    }

    @Test
    void reimportingUpdatesOccupationsAndReplacesTheirLabels() {
        importer.importFile(
                FIXTURE_FILE,
                json(occupation("1", "2512.901", "koodari", "kodare", "coder", "2512")
                        + ", "
                        + occupation("2", "5321.901", "hoivaaja", "vårdare", "carer", "5321")),
                ImportProgress.NONE);
        long firstSource = sources.find(EscoImporter.PUBLISHER, EscoImporter.DATASET, "v9.9.9")
                .orElseThrow()
                .id();
        assertThat(occupations.labels(TEST_URI + "1", "fi"))
                .extracting(EscoLabel::label)
                .containsExactly("koodari");

        String changed = occupation("1", "2512.901", "ohjelmoija", "programmerare", "programmer", "2512");
        changed = changed.substring(0, changed.length() - 1)
                + ", \"altLabels\": {\"fi\": [\"koodari\"], \"sv\": [\"kodare\"]}, \"hiddenLabels\": {\"en\": [\"code monkey\"]}}";
        ImportReport report = importer.importFile(FIXTURE_FILE, json(changed), ImportProgress.NONE);

        assertThat(report.rowsStored()).isEqualTo(1);
        EscoOccupation updated = occupations.byUri(TEST_URI + "1").orElseThrow();
        assertThat(updated.names().fi()).isEqualTo("ohjelmoija");
        assertThat(occupations.labels(TEST_URI + "1", "fi"))
                .extracting(EscoLabel::kind, EscoLabel::label)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LabelKind.PREFERRED, "ohjelmoija"),
                        org.assertj.core.groups.Tuple.tuple(LabelKind.ALTERNATIVE, "koodari"));
        assertThat(occupations.labels(TEST_URI + "1", "en"))
                .extracting(EscoLabel::label)
                .containsExactly("programmer", "code monkey");
        Source second = sources.find(EscoImporter.PUBLISHER, EscoImporter.DATASET, "v9.9.9")
                .orElseThrow();
        assertThat(second.id()).isNotEqualTo(firstSource);
        assertThat(sources.all()).filteredOn(s -> s.vintage().equals("v9.9.9")).hasSize(1);
        // the occupation left out of the second file is kept
        assertThat(occupations.byUri(TEST_URI + "2")).isPresent();
    }

    @Test
    void refusesAnUnknownIscoGroupListingItAndChangesNothing() {
        Counts before = Counts.take(jdbc);
        InputStream file = json(occupation("1", "2512.901", "a", "b", "c", "2512")
                + ", " + occupation("2", "9999.1", "a", "b", "c", "9999")
                + ", " + occupation("3", "9998.1", "a", "b", "c", "9998"));
        assertThatThrownBy(() -> importer.importFile(FIXTURE_FILE, file, ImportProgress.NONE))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        ImportProblem::file,
                                        ImportProblem::row,
                                        ImportProblem::field,
                                        p -> p.arguments().get(0))
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(FIXTURE_FILE, 2, "broader", "9999"),
                                        org.assertj.core.groups.Tuple.tuple(FIXTURE_FILE, 3, "broader", "9998")));
        assertThat(Counts.take(jdbc)).isEqualTo(before);
    }

    @Test
    void refusesAMissingPreferredLabelAndChangesNothing() {
        Counts before = Counts.take(jdbc);
        InputStream file = json(occupation("1", "2512.901", "a", "b", "c", "2512") + ", {\"uri\": \"" + TEST_URI
                + "2\", \"notation\": \"2512.902\", \"broader\": []}");
        assertThatThrownBy(() -> importer.importFile(FIXTURE_FILE, file, ImportProgress.NONE))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::row, ImportProblem::field)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "prefLabel")));
        assertThat(Counts.take(jdbc)).isEqualTo(before);
    }

    @Test
    void refusesTruncatedJsonAndChangesNothing() {
        Counts before = Counts.take(jdbc);
        String whole = "[" + occupation("1", "2512.901", "a", "b", "c", "2512") + ", "
                + occupation("2", "2512.902", "a", "b", "c", "2512") + "]";
        InputStream truncated =
                new ByteArrayInputStream(whole.substring(0, whole.length() - 40).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importer.importFile(FIXTURE_FILE, truncated, ImportProgress.NONE))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::file, ImportProblem::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(FIXTURE_FILE, "import.error.not-json")));
        assertThat(Counts.take(jdbc)).isEqualTo(before);
        assertThat(occupations.byUri(TEST_URI + "1")).isEmpty();
    }

    record Counts(long occupations, long labels, long sources) {

        static Counts take(JdbcClient jdbc) {
            return new Counts(
                    jdbc.sql("select count(*) from esco_occupation")
                            .query(Long.class)
                            .single(),
                    jdbc.sql("select count(*) from esco_label")
                            .query(Long.class)
                            .single(),
                    jdbc.sql("select count(*) from evidence_source")
                            .query(Long.class)
                            .single());
        }
    }

    static String occupation(String id, String notation, String fi, String sv, String en, String isco) {
        return "{\"uri\": \"" + TEST_URI + id + "\", \"notation\": \"" + notation + "\", \"prefLabel\": {\"fi\": \""
                + fi + "\", \"sv\": \"" + sv + "\", \"en\": \"" + en
                + "\"}, \"broader\": [\"http://data.europa.eu/esco/isco/C" + isco + "\"]}";
    }

    static InputStream json(String items) {
        return new ByteArrayInputStream(("[" + items + "]").getBytes(StandardCharsets.UTF_8));
    }
}
