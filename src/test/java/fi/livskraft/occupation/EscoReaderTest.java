package fi.livskraft.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.common.ImportProblem;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EscoReaderTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PREF = "\"prefLabel\": {\"fi\": \"ohjelmistokehittäjä\", \"sv\": \"mjukvaruutvecklare\","
            + " \"en\": \"software developer\"}";

    EscoReader reader = new EscoReader("esco.json", Set.of("2512", "5321"));

    Optional<EscoEntry> read(int row, String json) {
        JsonNode node = JSON.readTree(json);
        return reader.read(row, node);
    }

    @Test
    void skipsIscoGroupsAndPlacesAnOccupationUnderTheGroupItsBroaderNames() {
        assertThat(read(
                        1,
                        "{\"uri\": \"http://data.europa.eu/esco/isco/C2512\", \"notation\": \"2512\","
                                + " \"prefLabel\": {\"fi\": \"x\", \"sv\": \"x\", \"en\": \"x\"}, \"broader\": []}"))
                .isEmpty();
        EscoEntry entry = read(
                        2,
                        "{\"uri\": \"u:1\", \"notation\": \"2512.4\", " + PREF
                                + ", \"broader\": [\"http://data.europa.eu/esco/isco/C2512\"]}")
                .orElseThrow();
        assertThat(entry.occupation().iscoCode()).isEqualTo("2512");
        assertThat(entry.occupation().code()).isEqualTo("2512.4");
        assertThat(entry.occupation().names().sv()).isEqualTo("mjukvaruutvecklare");
        assertThat(entry.labels()).extracting(EscoLabel::kind).containsOnly(LabelKind.PREFERRED);
        assertThat(reader.iscoItems()).isEqualTo(1);
        assertThat(reader.problems()).isEmpty();
    }

    @Test
    void placesANarrowerOccupationUnderTheGroupOfItsBroaderOccupationOrItsNotation() {
        read(
                1,
                "{\"uri\": \"u:1\", \"notation\": \"2512.4\", " + PREF
                        + ", \"broader\": [\"http://data.europa.eu/esco/isco/C2512\"]}");
        assertThat(read(2, "{\"uri\": \"u:2\", \"notation\": \"2512.4.1\", " + PREF + ", \"broader\": [\"u:1\"]}")
                        .orElseThrow()
                        .occupation()
                        .iscoCode())
                .isEqualTo("2512");
        assertThat(read(3, "{\"uri\": \"u:3\", \"notation\": \"5321.1\", " + PREF + "}")
                        .orElseThrow()
                        .occupation()
                        .iscoCode())
                .isEqualTo("5321");
    }

    @Test
    void readsAlternativeAndHiddenLabelsUnderEveryAcceptedKey() {
        EscoEntry entry = read(
                        1,
                        "{\"uri\": \"u:1\", \"notation\": \"2512.4\", " + PREF
                                + ", \"altLabels\": {\"fi\": [\"koodari\", \"ohjelmoija\"], \"de\": [\"Entwickler\"]},"
                                + " \"alternativeLabel\": {\"sv\": \"programmerare\"},"
                                + " \"hiddenLabels\": {\"en\": [\"coder\"]}}")
                .orElseThrow();
        assertThat(entry.labels())
                .contains(
                        new EscoLabel("u:1", "fi", LabelKind.ALTERNATIVE, "koodari"),
                        new EscoLabel("u:1", "fi", LabelKind.ALTERNATIVE, "ohjelmoija"),
                        new EscoLabel("u:1", "sv", LabelKind.ALTERNATIVE, "programmerare"),
                        new EscoLabel("u:1", "en", LabelKind.HIDDEN, "coder"))
                .hasSize(7);
    }

    @Test
    void refusesAMissingPreferredLabelNamingTheLanguage() {
        assertThat(read(
                        4,
                        "{\"uri\": \"u:1\", \"notation\": \"2512.4\","
                                + " \"prefLabel\": {\"fi\": \"ohjelmistokehittäjä\", \"en\": \"software developer\"}}"))
                .isEmpty();
        assertThat(reader.problems())
                .extracting(ImportProblem::row, ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "prefLabel.sv", "import.error.required"));
        read(5, "{\"uri\": \"u:2\", \"notation\": \"2512.5\"}");
        assertThat(reader.problems().get(1).field()).isEqualTo("prefLabel");
    }

    @Test
    void refusesAnUnknownIscoGroupAndListsIt() {
        assertThat(read(
                        7,
                        "{\"uri\": \"u:1\", \"notation\": \"9999.1\", " + PREF
                                + ", \"broader\": [\"http://data.europa.eu/esco/isco/C9999\"]}"))
                .isEmpty();
        assertThat(reader.unknownGroups()).containsExactly("9999");
        ImportProblem problem = reader.problems().get(0);
        assertThat(problem.file()).isEqualTo("esco.json");
        assertThat(problem.row()).isEqualTo(7);
        assertThat(problem.field()).isEqualTo("broader");
        assertThat(problem.messageKey()).isEqualTo("occupation.import.error.unknown-group");
    }

    @Test
    void refusesABroaderGroupThatContradictsTheNotationAndADuplicateUri() {
        read(
                1,
                "{\"uri\": \"u:1\", \"notation\": \"5321.1\", " + PREF
                        + ", \"broader\": [\"http://data.europa.eu/esco/isco/C2512\"]}");
        read(2, "{\"uri\": \"u:2\", \"notation\": \"2512.1\", " + PREF + "}");
        read(3, "{\"uri\": \"u:2\", \"notation\": \"2512.2\", " + PREF + "}");
        assertThat(reader.problems())
                .extracting(ImportProblem::row, ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "broader", "occupation.import.error.placement"),
                        org.assertj.core.groups.Tuple.tuple(3, "uri", "import.error.duplicate"));
    }

    @Test
    void readsTheVintageFromTheFileName() {
        assertThat(EscoImporter.vintage("esco_v1_1_1_occupations_isco_fi_sv_en.json"))
                .isEqualTo("v1.1.1");
        assertThat(EscoImporter.vintage("occupations-v1.2.0.json")).isEqualTo("v1.2.0");
        assertThat(EscoImporter.vintage("occupations.json")).isNull();
    }
}
