package fi.livskraft.education;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.IntegrationTest;
import fi.livskraft.evidence.Source;
import fi.livskraft.evidence.Sources;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DemoEducationTests {

    @Autowired
    Sources sources;

    @Autowired
    EducationFacts facts;

    @Autowired
    JdbcClient jdbc;

    private Source demo() {
        return sources.find(DemoEducationFigures.PUBLISHER, DemoEducationFigures.DATASET, DemoEducationFigures.VINTAGE)
                .orElseThrow();
    }

    @Test
    void demonstrationFiguresAreLoadedThroughTheImporterAndLabelledDemo() {
        Source source = demo();
        assertThat(source.demo()).isTrue();
        assertThat(source.format()).isEqualTo(EducationCsvImporter.FORMAT);
        assertThat(source.cellsStored()).isPositive();

        List<SupplyFact> supply = facts.supply(FactFilter.ALL).stream()
                .filter(f -> f.sourceId() == source.id())
                .toList();
        assertThat(supply)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.providerId()).isNotNull());
        assertThat(supply).extracting(SupplyFact::year).containsOnly(2021, 2022, 2023, 2024, 2025);
        assertThat(supply).extracting(SupplyFact::language).contains("sv", "fi");
        assertThat(supply)
                .extracting(SupplyFact::providerName)
                .contains("Yrkesakademin i Österbotten", "Optima kuntayhtymä", "Vamia");
        assertThat(supply).as("some cells under 5 persons").anyMatch(f -> f.graduates() < 5);
        // Yrkesakademin teaches in Swedish only
        assertThat(facts.supply(new FactFilter("9990004-0", null, null, null)).stream()
                        .filter(f -> f.sourceId() == source.id()))
                .extracting(SupplyFact::language)
                .containsOnly("sv");

        List<OutcomeFact> outcomes = facts.outcomes(FactFilter.ALL).stream()
                .filter(o -> o.sourceId() == source.id())
                .toList();
        assertThat(outcomes).extracting(OutcomeFact::areaCode).contains("SSS", "MK15");
        assertThat(outcomes).anyMatch(OutcomeFact::perProvider).anyMatch(o -> !o.perProvider());
        assertThat(outcomes).extracting(OutcomeFact::cohortYear).containsOnly(2021, 2022, 2023, 2024);
        assertThat(outcomes)
                .allSatisfy(o -> assertThat(o.employed() + o.furtherStudies() + o.unemployed() + o.other())
                        .isEqualTo(o.graduates()));
        assertThat(facts.areaOutcomes("371101", 2024)).isNotEmpty();
    }

    @Test
    void demonstrationFiguresAreDeterministic() {
        var providers = List.of(new DemoEducationFigures.DemoProvider(
                "9990004-0", "Yrkesakademin i Österbotten", "15", List.of("sv"), List.of("371101", "381142")));
        String first = DemoEducationFigures.csv(providers);
        assertThat(DemoEducationFigures.csv(providers)).isEqualTo(first);
        assertThat(first).contains("# publisher: Livskraft demonstration data");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'demo-education'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
