package fi.livskraft.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class KoodistoFileTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsNamesAndOnlyActiveRegionAndLanguageRelations() {
        var content = read("[{\"koodiArvo\":\"049\",\"metadata\":[{\"nimi\":\"Espoo\",\"kieli\":\"FI\"},"
                + "{\"nimi\":\"Esbo\",\"kieli\":\"SV\"},{\"nimi\":null,\"kieli\":\"EN\"}],"
                + "\"includesCodeElements\":[{\"codeElementUri\":\"maakunta_01\",\"passive\":false},"
                + "{\"codeElementUri\":\"maakunta_02\",\"passive\":true},"
                + "{\"codeElementUri\":\"seutukunta_011\",\"passive\":false},"
                + "{\"codeElementUri\":\"kielisuhde_1\",\"passive\":false}]}]");
        assertThat(content.problems()).isEmpty();
        KoodistoEntry entry = content.entries().get(0);
        assertThat(entry).isEqualTo(new KoodistoEntry(1, "049", "Espoo", "Esbo", "01", "1"));
        assertThat(entry.languageStatus()).isEqualTo(LanguageStatus.BILINGUAL_FINNISH_MAJORITY);
    }

    @Test
    void mapsKielisuhdeCodes() {
        assertThat(KoodistoFile.languageStatus("0")).isEqualTo(LanguageStatus.FINNISH);
        assertThat(KoodistoFile.languageStatus("1")).isEqualTo(LanguageStatus.BILINGUAL_FINNISH_MAJORITY);
        assertThat(KoodistoFile.languageStatus("2")).isEqualTo(LanguageStatus.SWEDISH);
        assertThat(KoodistoFile.languageStatus("3")).isEqualTo(LanguageStatus.BILINGUAL_SWEDISH_MAJORITY);
        assertThat(KoodistoFile.languageStatus("9")).isNull();
    }

    @Test
    void namesRowAndFieldOfEachProblem() {
        var content = read("[{\"koodiArvo\":\"49\",\"metadata\":[{\"nimi\":\"Espoo\",\"kieli\":\"FI\"}]},"
                + "{\"koodiArvo\":\"091\",\"metadata\":[{\"nimi\":\"Helsingfors\",\"kieli\":\"SV\"}]},"
                + "{\"koodiArvo\":\"092\",\"metadata\":[{\"nimi\":\"Vantaa\",\"kieli\":\"FI\"}],"
                + "\"includesCodeElements\":[{\"codeElementUri\":\"maakunta_01\",\"passive\":false},"
                + "{\"codeElementUri\":\"maakunta_02\",\"passive\":false}]},"
                + "{\"koodiArvo\":\"092\",\"metadata\":[{\"nimi\":\"Vantaa\",\"kieli\":\"FI\"}]}]");
        assertThat(content.problems())
                .extracting(p -> p.row() + "|" + p.field() + "|" + p.messageKey())
                .containsExactly(
                        "1|koodiArvo|import.error.bad-code",
                        "2|metadata|area.import.name-missing",
                        "3|includesCodeElements|area.import.several-relations",
                        "4|koodiArvo|import.error.duplicate");
    }

    private KoodistoFile.Content read(String text) {
        return KoodistoFile.read("kunta.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), json);
    }
}
