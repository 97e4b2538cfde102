package fi.livskraft.area;

import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.JsonArrayFile;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks a Statistics Finland classification API response (a JSON array of
 * classificationItem objects with {@code code}, {@code level}, {@code parentCode} and
 * {@code classificationItemNames[{lang, name}]}). Pure: no database.
 */
final class ClassificationFile {

    static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    /** What was read: valid items and every problem found, each with file, row and field. */
    record Content(String classificationId, List<ClassificationItem> items, List<ImportProblem> problems) {}

    private ClassificationFile() {}

    /**
     * @param localIdPrefix the classification expected, e.g. {@code kunta_} ({@code classification.localId})
     * @param code the form of a valid code, e.g. three digits
     */
    static Content read(String file, InputStream content, JsonMapper json, String localIdPrefix, Pattern code) {
        List<ClassificationItem> items = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> classificationIds = new TreeSet<>();
        problems.addAll(JsonArrayFile.read(file, content, json, (row, item) -> {
            int before = problems.size();
            JsonNode classification = item.get("classification");
            String localId = classification == null ? null : JsonArrayFile.text(classification, "localId");
            if (localId != null) {
                classificationIds.add(localId);
            }
            if (localId != null && !localId.startsWith(localIdPrefix)) {
                problems.add(ImportProblem.of(
                        file,
                        row,
                        "classification.localId",
                        "area.import.wrong-classification",
                        localId,
                        localIdPrefix));
            }
            String value = JsonArrayFile.text(item, "code");
            if (value == null || value.isEmpty()) {
                problems.add(ImportProblem.of(file, row, "code", "import.error.required"));
            } else if (!code.matcher(value).matches()) {
                problems.add(ImportProblem.of(file, row, "code", "import.error.bad-code", value));
            } else if (!seen.add(value)) {
                problems.add(ImportProblem.of(file, row, "code", "import.error.duplicate", value));
            }
            Map<String, String> names = names(item.get("classificationItemNames"));
            if (names.isEmpty()) {
                problems.add(ImportProblem.of(file, row, "classificationItemNames", "area.import.name-missing"));
            }
            if (problems.size() == before) {
                items.add(new ClassificationItem(row, value, names));
            }
        }));
        return new Content(String.join(", ", classificationIds), items, problems);
    }

    private static Map<String, String> names(JsonNode array) {
        Map<String, String> names = new LinkedHashMap<>();
        if (array == null || !array.isArray()) {
            return names;
        }
        for (JsonNode entry : array) {
            String lang = JsonArrayFile.text(entry, "lang");
            String name = JsonArrayFile.text(entry, "name");
            if (lang != null && LANGUAGES.contains(lang) && name != null && !name.isEmpty()) {
                names.putIfAbsent(lang, name);
            }
        }
        return names;
    }
}
