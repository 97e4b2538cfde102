package fi.livskraft.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.common.ReferenceData;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShippedCrosswalkTest {

    static final Set<String> UNIT_GROUPS = new HashSet<>(
            ReferenceData.read(
                            "isco.csv", List.of("code", "level"), r -> "4".equals(r.get("level")) ? r.get("code") : "")
                    .stream()
                    .filter(c -> !c.isEmpty())
                    .toList());

    static final Map<String, String> TYPES =
            ReferenceData.read(
                            "qualifications.csv", List.of("code", "type"), r -> Map.entry(r.get("code"), r.get("type")))
                    .stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    Map<String, List<CrosswalkEntry>> seed = CrosswalkSeed.read(TYPES.keySet(), UNIT_GROUPS);

    @Test
    void everyVocationalUpperSecondaryQualificationHasAtLeastOneRow() {
        List<String> upperSecondary = TYPES.entrySet().stream()
                .filter(e -> e.getValue().equals("UPPER_SECONDARY"))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(upperSecondary).hasSize(119);
        assertThat(upperSecondary)
                .allSatisfy(code -> assertThat(seed.get(code))
                        .as("crosswalk rows of " + code)
                        .isNotEmpty());
    }

    @Test
    void weightsOfAQualificationSumToAtMostOne() {
        seed.forEach((code, rows) -> assertThat(
                        rows.stream().map(CrosswalkEntry::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("sum of weights of " + code)
                .isLessThanOrEqualTo(BigDecimal.ONE));
    }

    @Test
    void everyRowNamesAnIscoUnitGroupOnceWithASourceAndConfidence() {
        assertThat(UNIT_GROUPS).hasSize(436);
        seed.forEach((code, rows) -> {
            assertThat(rows).extracting(CrosswalkEntry::iscoCode).doesNotHaveDuplicates();
            assertThat(rows).allSatisfy(r -> {
                assertThat(UNIT_GROUPS).contains(r.iscoCode());
                assertThat(r.iscoCode()).hasSize(4);
                assertThat(r.source()).isNotBlank();
                assertThat(r.confidence()).isNotNull();
                assertThat(r.weight()).isPositive();
            });
        });
    }

    @Test
    void coversFurtherAndSpecialistQualificationsToo() {
        assertThat(seed.keySet().stream().filter(c -> TYPES.get(c).equals("FURTHER")))
                .hasSizeGreaterThan(100);
        assertThat(seed.keySet().stream().filter(c -> TYPES.get(c).equals("SPECIALIST")))
                .hasSizeGreaterThan(40);
    }

    @Test
    void practicalNursesWorkAsHealthCareAndHomeCareAndChildCareWorkers() {
        assertThat(seed.get("371101")).extracting(CrosswalkEntry::iscoCode).contains("5321", "5322", "5311");
    }

    @Test
    void rulesRefuseWeightsOverOneNamingTheField() {
        var errors = CrosswalkRules.check(
                List.of(
                        new CrosswalkEntry("5321", new BigDecimal("0.7"), Confidence.HIGH, "s", ""),
                        new CrosswalkEntry("5322", new BigDecimal("0.4"), Confidence.LOW, "s", ""),
                        new CrosswalkEntry("9999", new BigDecimal("1.5"), null, "", "")),
                UNIT_GROUPS);
        assertThat(errors)
                .extracting(fi.livskraft.common.FieldError::field)
                .containsExactly(
                        "rows[2].iscoCode", "rows[2].weight", "rows[2].confidence", "rows[2].source", "weights");
    }
}
