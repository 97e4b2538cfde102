package fi.livskraft.education;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.common.ImportProblem;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CellChecksTests {

    private final CellChecks checks = new CellChecks("f.csv", Set.of("371101"));

    @Test
    void readsLanguagesAsTheSourcesWriteThem() {
        assertThat(checks.language(2, "language", "ruotsi", false)).isEqualTo("sv");
        assertThat(checks.language(2, "language", "Svenska", false)).isEqualTo("sv");
        assertThat(checks.language(2, "language", "suomi", false)).isEqualTo("fi");
        assertThat(checks.language(2, "language", "English", false)).isEqualTo("en");
        assertThat(checks.language(2, "language", "", true)).isEqualTo("all");
        assertThat(checks.problems()).isEmpty();
        assertThat(checks.language(3, "language", "all", false)).isNull();
        assertThat(checks.language(4, "language", "saame", true)).isNull();
        assertThat(checks.problems())
                .extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "education.import.error.bad-language"),
                        org.assertj.core.groups.Tuple.tuple(4, "education.import.error.bad-language"));
    }

    @Test
    void countsAreWholeAndNotNegativeAndBlankMeansNotPublished() {
        assertThat(checks.count(1, "v", "12")).isEqualTo(12L);
        assertThat(checks.count(1, "v", "12.0")).isEqualTo(12L);
        assertThat(checks.count(1, "v", "0")).isZero();
        assertThat(checks.count(1, "v", " ")).isNull();
        assertThat(checks.failed()).isFalse();
        assertThat(checks.count(2, "v", "1.5")).isNull();
        assertThat(checks.count(3, "v", "-1")).isNull();
        assertThat(checks.count(4, "v", "many")).isNull();
        assertThat(checks.problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly(
                        "education.import.error.not-a-count",
                        "education.import.error.negative",
                        "education.import.error.not-a-count");
    }

    @Test
    void areasAreTheWholeCountryOrARegion() {
        assertThat(checks.area(1, "area", "SSS")).isEqualTo("SSS");
        assertThat(checks.area(1, "area", "koko maa")).isEqualTo("SSS");
        assertThat(checks.area(1, "area", "mk15")).isEqualTo("MK15");
        assertThat(checks.area(1, "area", "15")).isEqualTo("MK15");
        assertThat(checks.failed()).isFalse();
        assertThat(checks.area(2, "area", "MK22")).isNull();
        assertThat(checks.area(3, "area", "KU905")).isNull();
        assertThat(checks.problems()).hasSize(2);
    }

    @Test
    void qualificationsMustBeKnownAndYearsInRange() {
        assertThat(checks.qualification(1, "q", "371101")).isEqualTo("371101");
        assertThat(checks.qualification(2, "q", "371102")).isNull();
        assertThat(checks.year(3, "year", "2024")).isEqualTo(2024);
        assertThat(checks.year(4, "year", "1989")).isNull();
        assertThat(checks.year(5, "year", "2024M01")).isNull();
        assertThat(checks.problems()).extracting(ImportProblem::row).containsExactly(2, 4, 5);
    }
}
