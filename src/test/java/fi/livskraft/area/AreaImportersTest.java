package fi.livskraft.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.livskraft.IntegrationTest;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.ReferenceImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AreaImportersTest {

    @Autowired
    List<ReferenceImporter> importers;

    @Autowired
    JdbcClient jdbc;

    AreaSnapshot snapshot;

    @BeforeEach
    void remember() {
        snapshot = AreaSnapshot.take(jdbc);
    }

    @AfterEach
    void putBack() {
        snapshot.restore(jdbc);
    }

    @Test
    void statfinSwedishNamesEndUpInTheDatabaseAndReimportChangesNothing() throws IOException {
        SharedData.assumePresent();
        jdbc.sql("update municipality set name_sv = 'Espoo' where code = '049'").update();
        long imports = importCount();

        ImportReport first = run("statfin-classification-kunta", SharedData.STATFIN.resolve("kunta_sv.json"));

        assertThat(first.rowsRead()).isEqualTo(308);
        assertThat(first.rowsStored()).isEqualTo(1);
        assertThat(nameSv("049")).isEqualTo("Esbo");
        assertThat(importCount()).isEqualTo(imports + 1);
        Map<String, Object> row = jdbc.sql("select dataset, format, file_name, rows_read, rows_stored, imported_by"
                        + " from reference_import order by id desc limit 1")
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("format", "statfin-classification-kunta")
                .containsEntry("file_name", "kunta_sv.json")
                .containsEntry("rows_read", 308)
                .containsEntry("rows_stored", 1)
                .containsEntry("imported_by", "system");
        String before = jdbc.sql("select before::text from audit_event where entity_type = 'municipality'"
                        + " and entity_id = '049' order by id desc limit 1")
                .query(String.class)
                .single();
        assertThat(before).contains("\"sv\": \"Espoo\"").doesNotContain("Esbo");

        AreaSnapshot afterFirst = AreaSnapshot.take(jdbc);
        ImportReport second = run("statfin-classification-kunta", SharedData.STATFIN.resolve("kunta_sv.json"));
        assertThat(second.rowsStored()).isZero();
        assertThat(AreaSnapshot.take(jdbc)).isEqualTo(afterFirst);
    }

    @Test
    void importsEveryLanguageOfMunicipalitiesAndRegionsFromTheRealFiles() throws IOException {
        SharedData.assumePresent();
        for (String lang : new String[] {"fi", "sv", "en"}) {
            assertThat(run("statfin-classification-kunta", SharedData.STATFIN.resolve("kunta_" + lang + ".json"))
                            .rowsStored())
                    .isZero();
            assertThat(run("statfin-classification-maakunta", SharedData.STATFIN.resolve("maakunta_" + lang + ".json"))
                            .rowsRead())
                    .isEqualTo(19);
        }
        assertThat(AreaSnapshot.take(jdbc)).isEqualTo(snapshot);
    }

    @Test
    void koodistoUpdatesCurrentAndFormerMunicipalitiesAndWarnsAboutUnknownCodes() throws IOException {
        SharedData.assumePresent();
        jdbc.sql("update municipality set language_status = 'FINNISH', name_sv = 'x' where code = '049'")
                .update();
        jdbc.sql("update former_municipality set name_sv = 'x' where code = '532'")
                .update();

        ImportReport report =
                run("oph-koodisto-kunta", SharedData.REGIONS.resolve("opetushallitus_koodisto_kunta.json"));

        assertThat(report.rowsRead()).isEqualTo(630);
        // Names of today's municipalities are Statistics Finland's, not the code list's.
        assertThat(nameSv("049")).isEqualTo("x");
        assertThat(nameSv("020")).isEqualTo("Ackas");
        assertThat(jdbc.sql("select language_status from municipality where code = '049'")
                        .query(String.class)
                        .single())
                .isEqualTo("BILINGUAL_FINNISH_MAJORITY");
        assertThat(jdbc.sql("select name_sv from former_municipality where code = '532'")
                        .query(String.class)
                        .single())
                .isEqualTo("Nastola");
        assertThat(report.warnings()).extracting(ImportProblem::messageKey).contains("area.import.code-ignored");
        // regions and language status agree with what the product ships
        Map<String, String> regions = column("region_code");
        Map<String, String> statuses = column("language_status");
        snapshot.municipalities().forEach(m -> {
            assertThat(regions.get((String) m.get("code"))).isEqualTo(m.get("region_code"));
            if (!"049".equals(m.get("code"))) {
                assertThat(statuses.get((String) m.get("code"))).isEqualTo(m.get("language_status"));
            }
        });
        AreaSnapshot afterFirst = AreaSnapshot.take(jdbc);
        assertThat(run("oph-koodisto-kunta", SharedData.REGIONS.resolve("opetushallitus_koodisto_kunta.json"))
                        .rowsStored())
                .isZero();
        assertThat(AreaSnapshot.take(jdbc)).isEqualTo(afterFirst);
    }

    @Test
    void refusesBadCodesDuplicatesMissingNamesAndUnknownCodesNamingFileRowAndFieldAndChangesNothing() {
        long imports = importCount();
        String json = "[" + item("091", "Helsingfors2") + "," + item("12", "Bad") + "," + item("049", "Esbo2") + ","
                + item("049", "Esbo3") + ","
                + "{\"code\":\"020\",\"classificationItemNames\":[]}" + "]";
        List<ImportProblem> problems = refused("statfin-classification-kunta", "broken.json", json);
        assertThat(problems)
                .extracting(p -> p.file() + "|" + p.row() + "|" + p.field() + "|" + p.messageKey())
                .containsExactly(
                        "broken.json|2|code|import.error.bad-code",
                        "broken.json|4|code|import.error.duplicate",
                        "broken.json|5|classificationItemNames|area.import.name-missing");

        List<ImportProblem> unknown = refused(
                "statfin-classification-kunta",
                "new.json",
                "[" + item("091", "X") + "," + item("588", "Pertunmaa") + "]");
        assertThat(unknown)
                .extracting(p -> p.row() + "|" + p.field() + "|" + p.messageKey())
                .containsExactly("2|code|area.import.unknown-municipality");

        assertThat(AreaSnapshot.take(jdbc)).isEqualTo(snapshot);
        assertThat(importCount()).isEqualTo(imports);
    }

    @Test
    void refusesBrokenJsonWithLineAndColumn() {
        List<ImportProblem> problems = refused(
                "statfin-classification-kunta", "cut.json", "[\n" + item("091", "Helsingfors") + ",\n{\"code\": ");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo("cut.json");
        assertThat(problems.get(0).messageKey()).isEqualTo("import.error.not-json");
        assertThat(problems.get(0).arguments().get(0).toString()).startsWith("line 3, column");

        List<ImportProblem> koodisto = refused("oph-koodisto-kunta", "k.json", "{\"koodiArvo\": \"091\"}");
        assertThat(koodisto.get(0).messageKey()).isEqualTo("import.error.wrong-shape");
        assertThat(AreaSnapshot.take(jdbc)).isEqualTo(snapshot);
    }

    @Test
    void refusesAKoodistoFileWithAnUnknownRegion() {
        String entry = "{\"koodiArvo\":\"091\",\"metadata\":[{\"nimi\":\"Helsinki\",\"kieli\":\"FI\"},"
                + "{\"nimi\":\"Helsingfors\",\"kieli\":\"SV\"}],\"includesCodeElements\":["
                + "{\"codeElementUri\":\"maakunta_88\",\"passive\":false}]}";
        List<ImportProblem> problems = refused("oph-koodisto-kunta", "k.json", "[" + entry + "]");
        assertThat(problems)
                .extracting(p -> p.row() + "|" + p.field() + "|" + p.messageKey())
                .containsExactly("1|includesCodeElements|import.error.unknown-reference");
        assertThat(AreaSnapshot.take(jdbc)).isEqualTo(snapshot);
    }

    @Test
    void refusesRegionsThatDoNotExist() {
        List<ImportProblem> problems = refused(
                "statfin-classification-maakunta", "m.json", "[" + item("01", "Nyland") + "," + item("22", "X") + "]");
        assertThat(problems)
                .extracting(p -> p.row() + "|" + p.field() + "|" + p.messageKey())
                .containsExactly("2|code|area.import.unknown-region");
    }

    private static String item(String code, String name) {
        return "{\"code\":\"" + code + "\",\"level\":1,\"parentCode\":null,"
                + "\"classificationItemNames\":[{\"lang\":\"sv\",\"name\":\"" + name + "\"}]}";
    }

    private List<ImportProblem> refused(String importer, String file, String content) {
        ReferenceImporter target = importer(importer);
        InputStream in = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        ImportFailedException e = (ImportFailedException)
                org.assertj.core.api.Assertions.catchThrowable(() -> target.importFile(file, in));
        assertThat(e).as("import refused").isNotNull();
        assertThatThrownBy(() -> {
                    throw e;
                })
                .isInstanceOf(ImportFailedException.class);
        return e.problems();
    }

    private ImportReport run(String importer, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return importer(importer).importFile(file.getFileName().toString(), in);
        }
    }

    private ReferenceImporter importer(String id) {
        return importers.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private String nameSv(String code) {
        return jdbc.sql("select name_sv from municipality where code = ?")
                .param(code)
                .query(String.class)
                .single();
    }

    private Map<String, String> column(String column) {
        Map<String, String> values = new java.util.HashMap<>();
        jdbc.sql("select code, " + column + " from municipality").query(rs -> {
            values.put(rs.getString(1), rs.getString(2));
        });
        return values;
    }

    private long importCount() {
        return jdbc.sql("select count(*) from reference_import")
                .query(Long.class)
                .single();
    }
}
