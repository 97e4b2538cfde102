package fi.livskraft.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import fi.livskraft.IntegrationTest;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportReport;
import fi.livskraft.evidence.Source;
import fi.livskraft.evidence.Sources;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class EducationImportTests {

    static final String HEADER =
            "# publisher: Test publisher\n# dataset: refusals\n# vintage: 2025\n# licence: CC BY 4.0\n"
                    + "provider_code;provider_name;qualification;year;language;measure;value;area\n";

    @Autowired
    EducationCsvImporter csv;

    @Autowired
    VipunenJsonImporter vipunen;

    @Autowired
    EducationFacts facts;

    @Autowired
    Sources sources;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signInAsCoordinator() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "coordinator", null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static InputStream fixture(String name) {
        return EducationImportTests.class.getResourceAsStream("/education/" + name);
    }

    static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private long count(String table, long sourceId) {
        return jdbc.sql("select count(*) from " + table + " where source_id = ?")
                .param(sourceId)
                .query(Long.class)
                .single();
    }

    @Test
    void storesTheLongCsvCellByCellWithItsSourceAndWarnsAboutProvidersNotInTheRegistry() {
        List<long[]> progress = new ArrayList<>();
        ImportReport report = csv.importFile(
                "supply-good.csv", fixture("supply-good.csv"), (d, t) -> progress.add(new long[] {d, t}));

        assertThat(report.rowsRead()).isEqualTo(15);
        assertThat(report.rowsStored()).isEqualTo(6);
        assertThat(progress.get(progress.size() - 1)).containsExactly(15, 15);
        Source source = sources.find("Opetushallitus", "test-vocational-supply", "2025-06")
                .orElseThrow();
        assertThat(source.demo()).isFalse();
        assertThat(source.format()).isEqualTo("education-csv");
        assertThat(source.title()).isEqualTo("Test supply and outcomes");
        assertThat(source.cellsRead()).isEqualTo(15);
        assertThat(source.cellsStored()).isEqualTo(6);
        assertThat(source.retrievedAt()).isNotNull();
        assertThat(count("education_supply", source.id())).isEqualTo(3);
        assertThat(count("graduate_outcome", source.id())).isEqualTo(3);

        List<SupplyFact> supply = facts.supply(new FactFilter("9990004-0", "371101", 2024, "sv")).stream()
                .filter(f -> f.sourceId() == source.id())
                .toList();
        assertThat(supply).singleElement().satisfies(f -> {
            assertThat(f.startPlaces()).isEqualTo(60);
            assertThat(f.newStudents()).isEqualTo(54);
            assertThat(f.students()).isEqualTo(140);
            assertThat(f.graduates()).isEqualTo(38);
            assertThat(f.providerId()).isNotNull();
            assertThat(f.providerName()).isEqualTo("Yrkesakademin i Österbotten");
        });
        SupplyFact small = facts.supply(new FactFilter("9990004-0", "381142", 2024, null)).stream()
                .filter(f -> f.sourceId() == source.id())
                .findFirst()
                .orElseThrow();
        assertThat(small.language()).isEqualTo("sv");
        assertThat(small.newStudents()).isEqualTo(3);
        assertThat(small.startPlaces()).as("not published, not zero").isNull();
        SupplyFact unknown = facts.supply(new FactFilter("0201689-0", null, null, null)).stream()
                .filter(f -> f.sourceId() == source.id())
                .findFirst()
                .orElseThrow();
        assertThat(unknown.providerId()).isNull();
        assertThat(unknown.providerName()).isEqualTo("Rastor-instituutti ry; Helsinki");
        assertThat(report.warnings())
                .extracting(ImportProblem::row, ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(tuple(13, "provider_code", "education.import.warning.unknown-provider"));

        List<OutcomeFact> outcomes = facts.outcomes(new FactFilter(null, "371101", 2023, null)).stream()
                .filter(o -> o.sourceId() == source.id())
                .toList();
        assertThat(outcomes)
                .extracting(
                        OutcomeFact::providerCode,
                        OutcomeFact::areaCode,
                        OutcomeFact::language,
                        OutcomeFact::graduates,
                        OutcomeFact::employed,
                        OutcomeFact::other)
                .containsExactly(
                        tuple("9990004-0", "SSS", "all", 36, 25, 2),
                        tuple(null, "MK15", "all", 900, 610, null),
                        tuple(null, "SSS", "all", 9000, 6400, null));
        assertThat(outcomes.get(0).providerId()).isNotNull();
        assertThat(facts.source(source.id())).contains(source);
    }

    @Test
    void reimportingTheSameVintageReplacesIt() {
        csv.importFile("supply-good.csv", fixture("supply-good.csv"), (d, t) -> {});
        long sourcesBefore = count("evidence_source");
        ImportReport report = csv.importFile("supply-replacement.csv", fixture("supply-replacement.csv"), (d, t) -> {});

        assertThat(report.rowsStored()).isEqualTo(1);
        assertThat(count("evidence_source")).isEqualTo(sourcesBefore);
        Source source = sources.find("Opetushallitus", "test-vocational-supply", "2025-06")
                .orElseThrow();
        assertThat(source.fileName()).isEqualTo("supply-replacement.csv");
        assertThat(count("education_supply", source.id())).isEqualTo(1);
        assertThat(count("graduate_outcome", source.id())).isZero();
        assertThat(facts.supply(new FactFilter("9990004-0", "371101", 2024, "sv")).stream()
                        .filter(f -> f.sourceId() == source.id()))
                .singleElement()
                .satisfies(f -> assertThat(f.startPlaces()).isEqualTo(62));
    }

    @Test
    void storesAVipunenResponseSummingSubcontractedRowsAndTakingTheLanguageFromTheRegistry() {
        List<long[]> progress = new ArrayList<>();
        ImportReport report = vipunen.importFile(
                "amm_opiskelijat_ja_tutkinnot_vuosi_tutkinto.json",
                fixture("amm_opiskelijat_ja_tutkinnot_vuosi_tutkinto.json"),
                (d, t) -> progress.add(new long[] {d, t}));

        assertThat(report.rowsRead()).isEqualTo(7);
        assertThat(report.rowsStored()).isEqualTo(6);
        assertThat(progress.get(progress.size() - 1)).containsExactly(7, 7);
        Source source = sources.find(
                        VipunenJsonImporter.PUBLISHER, "amm_opiskelijat_ja_tutkinnot_vuosi_tutkinto", "2024-03-15")
                .orElseThrow();
        assertThat(source.licence()).isEqualTo("CC BY 4.0");
        assertThat(source.format()).isEqualTo("vipunen-json");
        assertThat(count("education_supply", source.id())).isEqualTo(4);
        assertThat(count("graduate_outcome", source.id())).isEqualTo(2);

        List<SupplyFact> supply = facts.supply(FactFilter.ALL).stream()
                .filter(f -> f.sourceId() == source.id())
                .toList();
        assertThat(supply)
                .extracting(
                        SupplyFact::providerCode,
                        SupplyFact::qualificationCode,
                        SupplyFact::language,
                        SupplyFact::newStudents,
                        SupplyFact::students,
                        SupplyFact::graduates)
                .containsExactlyInAnyOrder(
                        tuple("9990007-5", "371101", "fi", 116, 407, 97),
                        tuple("9990004-0", "371101", "sv", 61, 170, 44),
                        tuple("9990003-2", "351407", "sv", 38, 101, 3),
                        tuple("0201689-0", "331101", "fi", 20, 57, 14));
        assertThat(supply)
                .filteredOn(f -> !f.providerCode().equals("0201689-0"))
                .allSatisfy(f -> assertThat(f.providerId()).isNotNull());
        assertThat(supply).allSatisfy(f -> assertThat(f.startPlaces()).isNull());
        assertThat(report.warnings())
                .extracting(ImportProblem::row, ImportProblem::field)
                .containsExactly(tuple(5, "provider_code"));

        List<OutcomeFact> outcomes = facts.outcomes(FactFilter.ALL).stream()
                .filter(o -> o.sourceId() == source.id())
                .toList();
        assertThat(outcomes)
                .extracting(
                        OutcomeFact::providerCode,
                        OutcomeFact::areaCode,
                        OutcomeFact::cohortYear,
                        OutcomeFact::graduates,
                        OutcomeFact::employed,
                        OutcomeFact::furtherStudies,
                        OutcomeFact::unemployed,
                        OutcomeFact::other)
                .containsExactly(
                        tuple("9990007-5", "SSS", 2022, 90, 61, 9, 12, 8),
                        tuple(null, "MK15", 2022, 480, 330, 50, 60, 40));
    }

    @Test
    void refusesUnknownQualificationBadLanguageAndNegativeValueNamingRowAndFieldAndStoresNothing() {
        long supply = count("education_supply");
        long outcomes = count("graduate_outcome");
        long sourceCount = count("evidence_source");
        String file = HEADER
                + "9990004-0;Yrkesakademin;999999;2024;sv;STUDENTS;10;\n"
                + "9990004-0;Yrkesakademin;371101;2024;de;STUDENTS;10;\n"
                + "9990004-0;Yrkesakademin;371101;2024;sv;STUDENTS;-3;\n"
                + "9990004-0;Yrkesakademin;371101;1850;sv;STUDENTS;4.5;\n"
                + "9990004-0;Yrkesakademin;371101;2024;sv;PLACES;4;\n";
        assertThatThrownBy(() -> csv.importFile("bad.csv", text(file), (d, t) -> {}))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        ImportProblem::file,
                                        ImportProblem::row,
                                        ImportProblem::field,
                                        ImportProblem::messageKey)
                                .containsExactly(
                                        tuple(
                                                "bad.csv",
                                                6,
                                                "qualification",
                                                "education.import.error.unknown-qualification"),
                                        tuple("bad.csv", 7, "language", "education.import.error.bad-language"),
                                        tuple("bad.csv", 8, "value", "education.import.error.negative"),
                                        tuple("bad.csv", 9, "year", "education.import.error.bad-year"),
                                        tuple("bad.csv", 9, "value", "education.import.error.not-a-count"),
                                        tuple("bad.csv", 10, "measure", "education.import.error.unknown-measure")));
        assertThat(count("education_supply")).isEqualTo(supply);
        assertThat(count("graduate_outcome")).isEqualTo(outcomes);
        assertThat(count("evidence_source")).isEqualTo(sourceCount);
    }

    @Test
    void refusesADuplicateCellAndOutcomesAboveTheGraduatesAndKeepsTheEarlierVintage() {
        csv.importFile("supply-good.csv", fixture("supply-good.csv"), (d, t) -> {});
        Source earlier = sources.find("Opetushallitus", "test-vocational-supply", "2025-06")
                .orElseThrow();
        long supply = count("education_supply");
        String file = "# publisher: Opetushallitus\n# dataset: test-vocational-supply\n# vintage: 2025-06\n"
                + "# licence: CC BY 4.0\n"
                + "provider_code;provider_name;qualification;year;language;measure;value;area\n"
                + "9990004-0;Yrkesakademin;371101;2024;sv;STUDENTS;10;\n"
                + "9990004-0;Yrkesakademin;371101;2024;sv;STUDENTS;11;\n"
                + ";;371101;2023;all;OUTCOME_GRADUATES;10;MK15\n"
                + ";;371101;2023;all;EMPLOYED;8;MK15\n"
                + ";;371101;2023;all;UNEMPLOYED;3;MK15\n";
        assertThatThrownBy(() -> csv.importFile("dup.csv", text(file), (d, t) -> {}))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::row, ImportProblem::field, ImportProblem::messageKey)
                                .containsExactly(
                                        tuple(7, "value", "education.import.error.duplicate"),
                                        tuple(10, "value", "education.import.error.outcome-exceeds")));
        assertThat(sources.find("Opetushallitus", "test-vocational-supply", "2025-06"))
                .get()
                .extracting(Source::id, Source::fileName)
                .containsExactly(earlier.id(), "supply-good.csv");
        assertThat(count("education_supply")).isEqualTo(supply);
    }

    @Test
    void refusesMissingMetadataAndColumns() {
        String file = "# publisher: X\n# dataset: y\nprovider_code;qualification;year;language;measure;value\n";
        assertThatThrownBy(() -> csv.importFile("meta.csv", text(file), (d, t) -> {}))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::field)
                                .containsExactly("# vintage", "# licence", "provider_name"));
    }

    @Test
    void refusesTruncatedJsonAndStoresNothing() {
        long supply = count("education_supply");
        long sourceCount = count("evidence_source");
        String truncated = "[{\"tilastovuosi\": 2023, \"koodiTutkinto\": \"371101\", \"koodiKoulutuksenJarjestaja\":"
                + " \"9990007-5\", \"uudetOpiskelijatLkm\": 12}, {\"tilastovuosi\": 2023, \"koodiTut";
        assertThatThrownBy(() -> vipunen.importFile("cut.json", text(truncated), (d, t) -> {}))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::file, ImportProblem::messageKey)
                                .containsExactly(tuple("cut.json", "import.error.not-json")));
        assertThat(count("education_supply")).isEqualTo(supply);
        assertThat(count("evidence_source")).isEqualTo(sourceCount);
    }

    @Test
    void refusesVipunenRowsWithBadValuesNamingTheApiField() {
        String json =
                "[{\"tilastovuosi\": 2023, \"koodiTutkinto\": \"371101\", \"koodiKoulutuksenJarjestaja\": \"9990007-5\","
                        + " \"suorituskieli\": \"saame\", \"opiskelijatLkm\": -1},"
                        + " {\"tilastovuosi\": 2022, \"koodiTutkinto\": \"371101\", \"koodiMaakunta\": \"15\","
                        + " \"tutkinnonSuorittaneetLkm\": 10, \"tyollisetLkm\": 9, \"tyottomatLkm\": 2}]";
        assertThatThrownBy(() -> vipunen.importFile("bad.json", text(json), (d, t) -> {}))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::row, ImportProblem::field, ImportProblem::messageKey)
                                .containsExactly(
                                        tuple(1, "suorituskieli", "education.import.error.bad-language"),
                                        tuple(1, "opiskelijatLkm", "education.import.error.negative")));
        String exceeding = "[{\"tilastovuosi\": 2022, \"koodiTutkinto\": \"371101\", \"koodiMaakunta\": \"15\","
                + " \"tutkinnonSuorittaneetLkm\": 10, \"tyollisetLkm\": 9, \"tyottomatLkm\": 2}]";
        assertThatThrownBy(() -> vipunen.importFile("exceeding.json", text(exceeding), (d, t) -> {}))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::row, ImportProblem::messageKey)
                                .containsExactly(tuple(1, "education.import.error.outcome-exceeds")));
    }
}
