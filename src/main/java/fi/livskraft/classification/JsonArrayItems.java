package fi.livskraft.classification;

import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a JSON array item by item (Jackson streaming): only the current item is held in memory.
 * A file that is not JSON, or not an array of objects, is refused with the position of the item
 * where reading stopped.
 */
final class JsonArrayItems {

    /** Receives each item with its 1-based position in the array. */
    interface ItemConsumer {
        void accept(int position, JsonNode item);
    }

    private JsonArrayItems() {}

    static void read(JsonMapper json, String fileName, InputStream in, ItemConsumer consumer) {
        int position = 0;
        try (JsonParser parser = json.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new ImportFailedException(
                        ImportProblem.of(fileName, 0, "", "import.error.wrong-shape", "[ ... ]"));
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                position++;
                if (token != JsonToken.START_OBJECT) {
                    throw new ImportFailedException(
                            ImportProblem.of(fileName, position, "", "import.error.wrong-shape", "{ ... }"));
                }
                JsonNode item = parser.readValueAsTree();
                consumer.accept(position, item);
            }
        } catch (JacksonException e) {
            throw new ImportFailedException(ImportProblem.of(
                    fileName, Math.max(position, 1), "", "import.error.not-json", e.getOriginalMessage()));
        }
    }

    /** The text of a field, stripped, or empty when absent or not a value. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull()
                ? ""
                : value.asString().strip();
    }
}
