package fi.livskraft.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.livskraft.IntegrationTest;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ReferenceImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The 45 employment areas equal Statistics Finland's classification (tyollisyysalue) in the key
 * tables of 2025 and 2026 (../shared/data/regions; skipped with a message when absent), and the
 * importer of a key table applies a year's classification.
 */
@IntegrationTest
class EmploymentAreaClassificationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<ReferenceImporter> importers;

    /** Classification code -> member municipalities, from a key table (Åland, code 46, left out). */
    static Map<String, Set<String>> classification(Path file) throws IOException {
        List<List<String>> rows = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .map(EmploymentAreaKeyImporter::fields)
                .toList();
        List<String> header = rows.get(0);
        int kunta = header.indexOf("kunta");
        int area = header.indexOf("tyollisyysalue_code");
        int aland = header.indexOf("tyollisyysalue_name_fi");
        Map<String, Set<String>> areas = new TreeMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            assertThat(r).hasSameSizeAs(header);
            if (r.get(aland).equals("Ahvenanmaa")) {
                continue;
            }
            String code = "0".repeat(3 - r.get(kunta).length()) + r.get(kunta);
            areas.computeIfAbsent(r.get(area), k -> new TreeSet<>()).add(code);
        }
        return areas;
    }

    Map<String, Set<String>> today() {
        Map<String, Set<String>> areas = new TreeMap<>();
        jdbc.sql("select a.classification_code, m.municipality_code from employment_area a"
                        + " join employment_area_member m on m.area_id = a.id")
                .query(rs -> {
                    areas.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                });
        return areas;
    }

    Map<String, Set<String>> ofYear(int year) {
        Map<String, Set<String>> areas = new TreeMap<>();
        jdbc.sql("select a.classification_code, m.municipality_code from employment_area a"
                        + " join employment_area_year_member m on m.area_id = a.id where m.year = ?")
                .param(year)
                .query(rs -> {
                    areas.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                });
        return areas;
    }

    String areaOf(String municipality) {
        return jdbc.sql("select area_id from employment_area_member where municipality_code = ?")
                .param(municipality)
                .query(String.class)
                .single();
    }

    ReferenceImporter importer() {
        return importers.stream()
                .filter(i -> i.id().equals(EmploymentAreaKeyImporter.ID))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void all45AreasEqualTheClassificationOf2025And2026AndAreVerified() throws IOException {
        SharedData.assumePresent();
        Map<String, Set<String>> of2025 = classification(SharedData.REGIONS.resolve("municipality_key_2025.csv"));
        Map<String, Set<String>> of2026 = classification(SharedData.REGIONS.resolve("municipality_key_2026.csv"));
        assertThat(of2025).hasSize(45);
        assertThat(today()).isEqualTo(of2025);
        assertThat(ofYear(2025)).isEqualTo(of2025);
        assertThat(ofYear(2026)).isEqualTo(of2026);
        // the classification puts Keitele and Lapinlahti in Kuopio's area, not in Ylä-Savo
        assertThat(areaOf("239")).isEqualTo("kuopio");
        assertThat(areaOf("402")).isEqualTo("kuopio");
        assertThat(jdbc.sql("select source_note from employment_area")
                        .query(String.class)
                        .list())
                .hasSize(45)
                .allSatisfy(note -> assertThat(note)
                        .startsWith("verified: Statistics Finland, classification of employment areas"));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void theKeyTableImporterAppliesTheYearInForceAndMovesAMunicipality() throws IOException {
        SharedData.assumePresent();
        String real = Files.readString(SharedData.REGIONS.resolve("municipality_key_2026.csv"));
        String moved = real.lines()
                .map(l -> l.startsWith("239,")
                        ? l.replaceFirst(",17,Kuopio,Kuopio,Kuopio,", ",45,Ylä-Savo,Övre Savolax,Ylä-Savo,")
                        : l)
                .reduce((a, b) -> a + "\n" + b)
                .orElseThrow();
        assertThat(moved).isNotEqualTo(real);
        try {
            var report = importer().importFile("key-2026-moved.csv", stream(moved));
            assertThat(report.rowsRead()).isEqualTo(308);
            assertThat(report.rowsStored()).isEqualTo(292);
            assertThat(areaOf("239")).isEqualTo("yla-savo");
            assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'employment_area_member'"
                                    + " and entity_id = '239'")
                            .query(Integer.class)
                            .single())
                    .isPositive();
        } finally {
            importer().importFile("municipality_key_2026.csv", stream(real));
        }
        assertThat(areaOf("239")).isEqualTo("kuopio");
        assertThat(ofYear(2026)).isEqualTo(today());
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void refusesAnUnknownAreaAndAMissingMunicipalityStoringNothing() {
        String file = """
                kunta,year,tyollisyysalue_code
                "091",2026.0,8
                "049",2026.0,99
                """;
        Map<String, Set<String>> before = ofYear(2026);
        assertThatThrownBy(() -> importer().importFile("bad.csv", stream(file)))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::messageKey)
                                .containsExactly("area.import.unknown-employment-area", "area.import.not-classified"));
        assertThat(ofYear(2026)).isEqualTo(before);
        assertThat(areaOf("049")).isEqualTo("espoo");
    }

    static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
