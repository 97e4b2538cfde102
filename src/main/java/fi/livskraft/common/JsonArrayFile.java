package fi.livskraft.common;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a JSON file whose top level is an array of objects, one object at a time (memory does not
 * grow with the file). Rows are the 1-based positions in the array. Broken JSON becomes a problem
 * naming the parser's line and column.
 */
public final class JsonArrayFile {

    /** Receives each object of the array with its position. */
    public interface ItemHandler {
        void item(int row, JsonNode item);
    }

    private JsonArrayFile() {}

    /** Reads the whole array; returns the problems of the file's shape (empty when it was read). */
    public static List<ImportProblem> read(String file, InputStream content, JsonMapper json, ItemHandler handler) {
        List<ImportProblem> problems = new ArrayList<>();
        int row = 0;
        // one item at a time: the rest of the array follows each item, so trailing tokens are expected
        ObjectReader itemReader =
                json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = json.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(ImportProblem.of(file, 0, "", "import.error.empty-file"));
                return problems;
            }
            if (first != JsonToken.START_ARRAY) {
                problems.add(ImportProblem.of(file, 0, "", "import.error.wrong-shape", "[ ... ]"));
                return problems;
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    problems.add(ImportProblem.of(file, row, "", "import.error.not-json", "unexpected end of file"));
                    return problems;
                }
                row++;
                if (token != JsonToken.START_OBJECT) {
                    problems.add(ImportProblem.of(file, row, "", "import.error.wrong-shape", "{ ... }"));
                    parser.skipChildren();
                    continue;
                }
                handler.item(row, itemReader.readValue(parser));
            }
            if (parser.nextToken() != null) {
                problems.add(ImportProblem.of(file, row, "", "import.error.wrong-shape", "]"));
            }
        } catch (JacksonException e) {
            problems.add(ImportProblem.of(
                    file, row, "", "import.error.not-json", where(e.getLocation()) + e.getOriginalMessage()));
        }
        return problems;
    }

    private static String where(TokenStreamLocation location) {
        return location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    /** Reads the whole array, or refuses the file with the problems of its shape. */
    public static void readOrFail(String file, InputStream content, JsonMapper json, ItemHandler handler) {
        List<ImportProblem> problems = read(file, content, json, handler);
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
    }

    /** The text of a field, or null when it is absent, null or not a string. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue().strip() : null;
    }

    /** The text of a field (a number as its digits), stripped, or empty when absent or not a value. */
    public static String textOrEmpty(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull()
                ? ""
                : value.asString().strip();
    }
}
