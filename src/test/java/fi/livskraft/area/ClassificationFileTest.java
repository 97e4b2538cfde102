package fi.livskraft.area;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.common.ImportProblem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ClassificationFileTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsCodesAndNamesByLanguage() {
        var content = read("[{\"classification\":{\"localId\":\"kunta_1_20250101\"},\"code\":\"049\","
                + "\"classificationItemNames\":[{\"lang\":\"sv\",\"name\":\" Esbo \"}]}]");
        assertThat(content.problems()).isEmpty();
        assertThat(content.classificationId()).isEqualTo("kunta_1_20250101");
        assertThat(content.items()).containsExactly(new ClassificationItem(1, "049", Map.of("sv", "Esbo")));
    }

    @Test
    void refusesItemsOfAnotherClassification() {
        var content = read("[{\"classification\":{\"localId\":\"maakunta_1_20250101\"},\"code\":\"049\","
                + "\"classificationItemNames\":[{\"lang\":\"sv\",\"name\":\"Esbo\"}]}]");
        assertThat(content.problems()).extracting(ImportProblem::field).containsExactly("classification.localId");
    }

    @Test
    void namesTheRowAndFieldOfEachProblem() {
        var content = read("[{\"code\":\"49\",\"classificationItemNames\":[{\"lang\":\"sv\",\"name\":\"Esbo\"}]},"
                + "{\"classificationItemNames\":[{\"lang\":\"sv\",\"name\":\"X\"}]},"
                + "{\"code\":\"091\",\"classificationItemNames\":[{\"lang\":\"de\",\"name\":\"Helsinki\"}]},"
                + "\"not an object\"]");
        assertThat(content.problems())
                .extracting(p -> p.row() + "|" + p.field() + "|" + p.messageKey())
                .containsExactly(
                        "1|code|import.error.bad-code",
                        "2|code|import.error.required",
                        "3|classificationItemNames|area.import.name-missing",
                        "4||import.error.wrong-shape");
        assertThat(content.items()).isEmpty();
    }

    @Test
    void reportsWhereTheJsonBreaks() {
        var content = read("[\n  {\"code\": \"049\",,}\n]");
        assertThat(content.problems()).hasSize(1);
        assertThat(content.problems().get(0).messageKey()).isEqualTo("import.error.not-json");
        assertThat(content.problems().get(0).arguments().get(0).toString()).startsWith("line 2, column");
    }

    @Test
    void refusesAFileThatIsNotAnArray() {
        assertThat(read("{\"code\":\"049\"}").problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.error.wrong-shape");
        assertThat(read("").problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.error.empty-file");
    }

    private ClassificationFile.Content read(String text) {
        return ClassificationFile.read(
                "test.json",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                json,
                "kunta_",
                Pattern.compile("\\d{3}"));
    }
}
