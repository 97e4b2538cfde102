package fi.livskraft.classification;

import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.JsonArrayFile;
import fi.livskraft.common.ReferenceImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports Statistics Finland's occupation classification (Ammattiluokitus 2010,
 * {@code ammatti_1_20100101}, based on ISCO-08) from the classification API JSON (an array of
 * classificationItem with {@code code, level, parentCode, classificationItemNames[{lang, name}]}).
 * Updates the names of the ISCO-08 groups at levels 1-4 in the languages of the items and inserts
 * missing groups whose parent exists; the national level-5 codes are skipped. Any other
 * classification is refused. Validates the whole file first, then writes in one transaction.
 */
@Component
class AmmattiImporter implements ReferenceImporter {

    static final String ID = "statfin-classification-ammatti";
    static final String CLASSIFICATION_PREFIX = "ammatti_";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ImportRecorder recorder;
    private final JsonMapper json;

    AmmattiImporter(JdbcClient jdbc, TransactionTemplate tx, ImportRecorder recorder, JsonMapper json) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.recorder = recorder;
        this.json = json;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "classification.importer." + ID;
    }

    /** One classification item, as read; names by language (fi, sv, en). */
    record Item(String classification, String code, int level, String parentCode, Map<String, String> names) {

        boolean isIscoLevel() {
            return level >= 1 && level <= 4;
        }

        /** Codes of unknown occupation (X, XX, ...) are outside ISCO-08. */
        boolean isUnknownOccupation() {
            return code.matches("X+");
        }
    }

    /** What validation found: the warnings and the classification the file belongs to. */
    private record Checked(String classification, List<ImportProblem> warnings) {}

    @Override
    public ImportReport importFile(String fileName, InputStream content) {
        try (SpooledUpload upload = SpooledUpload.of(content)) {
            Checked checked = validate(fileName, upload);
            return tx.execute(status -> write(fileName, upload, checked));
        }
    }

    private Checked validate(String fileName, SpooledUpload upload) {
        List<ImportProblem> problems = new ProblemList();
        List<ImportProblem> warnings = new ProblemList();
        Set<String> stored = new HashSet<>(
                jdbc.sql("select code from isco_group").query(String.class).list());
        Set<String> seen = new HashSet<>();
        String[] classification = {null};
        int[] skipped = {0, 0}; // national level 5, unknown occupation
        read(fileName, upload, (position, item) -> {
            checkClassification(fileName, position, item, classification);
            if (item.isUnknownOccupation()) {
                skipped[1]++;
                return;
            }
            if (item.level() == 5) {
                skipped[0]++;
                return;
            }
            if (item.level() < 0) {
                problems.add(ImportProblem.of(fileName, position, "level", "import.error.required"));
                return;
            }
            if (!item.isIscoLevel()) {
                problems.add(ImportProblem.of(
                        fileName, position, "level", "import.error.bad-value", String.valueOf(item.level())));
                return;
            }
            if (!item.code().matches("\\d{" + item.level() + "}")) {
                problems.add(ImportProblem.of(fileName, position, "code", "import.error.bad-code", item.code()));
                return;
            }
            if (!seen.add(item.code())) {
                problems.add(ImportProblem.of(fileName, position, "code", "import.error.duplicate", item.code()));
                return;
            }
            String expectedParent = item.level() == 1 ? "" : item.code().substring(0, item.level() - 1);
            if (!expectedParent.equals(item.parentCode())) {
                problems.add(ImportProblem.of(
                        fileName,
                        position,
                        "parentCode",
                        "classification.import.error.wrong-parent",
                        item.parentCode(),
                        item.code()));
            } else if (!expectedParent.isEmpty()
                    && !stored.contains(expectedParent)
                    && !seen.contains(expectedParent)) {
                problems.add(ImportProblem.of(
                        fileName, position, "parentCode", "import.error.unknown-reference", expectedParent));
            }
            if (item.names().isEmpty()) {
                problems.add(ImportProblem.of(fileName, position, "classificationItemNames", "import.error.required"));
            } else if (!stored.contains(item.code())
                    && !item.names().containsKey("fi")
                    && !item.names().containsKey("sv")) {
                problems.add(ImportProblem.of(
                        fileName,
                        position,
                        "classificationItemNames",
                        "classification.import.error.new-group-needs-name",
                        item.code()));
            }
        });
        if (classification[0] == null) {
            problems.add(ImportProblem.of(fileName, 0, "", "import.error.empty-file"));
        }
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        if (skipped[0] > 0) {
            warnings.add(ImportProblem.of(
                    fileName, 0, "level", "classification.import.warning.skipped-national-level", skipped[0]));
        }
        if (skipped[1] > 0) {
            warnings.add(
                    ImportProblem.of(fileName, 0, "code", "classification.import.warning.skipped-unknown", skipped[1]));
        }
        return new Checked(classification[0], warnings);
    }

    /** Refuses at once a file of another classification, or one that mixes classifications. */
    private static void checkClassification(String fileName, int position, Item item, String[] classification) {
        String field = "classification.localId";
        if (item.classification().isEmpty()) {
            throw new ImportFailedException(ImportProblem.of(fileName, position, field, "import.error.required"));
        }
        if (!item.classification().startsWith(CLASSIFICATION_PREFIX)) {
            throw new ImportFailedException(ImportProblem.of(
                    fileName,
                    position,
                    field,
                    "classification.import.error.not-occupation-classification",
                    item.classification()));
        }
        if (classification[0] == null) {
            classification[0] = item.classification();
        } else if (!classification[0].equals(item.classification())) {
            throw new ImportFailedException(ImportProblem.of(
                    fileName,
                    position,
                    field,
                    "classification.import.error.mixed-classifications",
                    classification[0],
                    item.classification()));
        }
    }

    private ImportReport write(String fileName, SpooledUpload upload, Checked checked) {
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        int[] counts = new int[3]; // read, inserted, updated
        int[] isco = {0};
        read(fileName, upload, (position, item) -> {
            counts[0]++;
            if (item.isUnknownOccupation() || !item.isIscoLevel()) {
                return;
            }
            isco[0]++;
            Optional<IscoGroup> existing = jdbc.sql(Classifications.ISCO_SELECT + " where code = ?")
                    .param(item.code())
                    .query(Classifications::iscoGroup)
                    .optional();
            if (existing.isEmpty()) {
                Map<String, String> names = item.names();
                jdbc.sql("insert into isco_group (code, level, parent_code, name_fi, name_sv, name_en)"
                                + " values (?, ?, ?, ?, ?, ?)")
                        .params(
                                item.code(),
                                item.level(),
                                item.level() == 1 ? null : item.parentCode(),
                                names.getOrDefault("fi", ""),
                                names.getOrDefault("sv", ""),
                                names.getOrDefault("en", ""))
                        .update();
                after.put(item.code(), row(item.level(), names));
                counts[1]++;
                return;
            }
            IscoGroup old = existing.get();
            Map<String, String> oldNames = names(old);
            Map<String, String> newNames = new LinkedHashMap<>(oldNames);
            newNames.putAll(item.names());
            if (newNames.equals(oldNames)) {
                return;
            }
            jdbc.sql("update isco_group set name_fi = ?, name_sv = ?, name_en = ? where code = ?")
                    .params(newNames.get("fi"), newNames.get("sv"), newNames.get("en"), item.code())
                    .update();
            before.put(item.code(), row(old.level(), oldNames));
            after.put(item.code(), row(old.level(), newNames));
            counts[2]++;
        });
        int stored = counts[1] + counts[2];
        Map<String, Integer> summary = new LinkedHashMap<>();
        summary.put("read", counts[0]);
        summary.put("iscoGroups", isco[0]);
        summary.put("inserted", counts[1]);
        summary.put("updated", counts[2]);
        summary.put("unchanged", isco[0] - stored);
        summary.put("skipped", counts[0] - isco[0]);
        String source = "Statistics Finland, classification " + checked.classification() + " (CC BY 4.0)";
        recorder.record(
                new ImportRecorder.Outcome("isco", ID, fileName, source, counts[0], stored, summary, before, after));
        return new ImportReport("isco", fileName, counts[0], stored, checked.warnings());
    }

    private static Map<String, String> names(IscoGroup group) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("fi", group.names().fi());
        names.put("sv", group.names().sv());
        names.put("en", group.names().en());
        return names;
    }

    private static Map<String, Object> row(int level, Map<String, String> names) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("level", level);
        row.put("nameFi", names.getOrDefault("fi", ""));
        row.put("nameSv", names.getOrDefault("sv", ""));
        row.put("nameEn", names.getOrDefault("en", ""));
        return row;
    }

    private interface ItemConsumer {
        void accept(int position, Item item);
    }

    private void read(String fileName, SpooledUpload upload, ItemConsumer consumer) {
        try (InputStream in = upload.open()) {
            JsonArrayFile.readOrFail(fileName, in, json, (position, node) -> consumer.accept(position, item(node)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Item item(JsonNode node) {
        JsonNode classification = node.get("classification");
        String localId = classification == null ? "" : JsonArrayFile.textOrEmpty(classification, "localId");
        JsonNode level = node.get("level");
        Map<String, String> names = new LinkedHashMap<>();
        JsonNode itemNames = node.get("classificationItemNames");
        if (itemNames != null && itemNames.isArray()) {
            for (JsonNode n : itemNames) {
                String lang = JsonArrayFile.textOrEmpty(n, "lang").toLowerCase(Locale.ROOT);
                String name = JsonArrayFile.textOrEmpty(n, "name");
                if (!name.isEmpty() && (lang.equals("fi") || lang.equals("sv") || lang.equals("en"))) {
                    names.put(lang, name);
                }
            }
        }
        return new Item(
                localId,
                JsonArrayFile.textOrEmpty(node, "code"),
                level != null && level.isIntegralNumber() && level.canConvertToInt() ? level.asInt() : -1,
                JsonArrayFile.textOrEmpty(node, "parentCode"),
                names);
    }
}
