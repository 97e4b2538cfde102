package fi.livskraft.area;

import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.ReferenceImporter;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refreshes the names of municipalities or regions from a Statistics Finland classification API
 * response, in the language(s) of its items. A names-only file cannot create anything: every code must
 * already exist. All or nothing; each changed row is audited with its names before and after.
 */
class ClassificationNamesImporter implements ReferenceImporter {

    /** What one instance imports: the table, the classification and the form of its codes. */
    record Target(
            String id, String labelKey, String table, String localIdPrefix, Pattern code, String unknownCodeKey) {}

    private final Target target;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final ImportLog log;

    ClassificationNamesImporter(
            Target target, JdbcClient jdbc, TransactionTemplate tx, JsonMapper json, ImportLog log) {
        this.target = target;
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.log = log;
    }

    @Override
    public String id() {
        return target.id();
    }

    @Override
    public String labelKey() {
        return target.labelKey();
    }

    @Override
    public ImportReport importFile(String fileName, InputStream content) {
        ClassificationFile.Content file =
                ClassificationFile.read(fileName, content, json, target.localIdPrefix(), target.code());
        List<ImportProblem> problems = new ArrayList<>(file.problems());
        if (problems.isEmpty() && file.items().isEmpty()) {
            problems.add(ImportProblem.of(fileName, 0, "", "import.error.empty-file"));
        }
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        Map<String, Map<String, String>> existing = existingNames();
        for (ClassificationItem item : file.items()) {
            if (!existing.containsKey(item.code())) {
                problems.add(ImportProblem.of(fileName, item.row(), "code", target.unknownCodeKey(), item.code()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        List<ImportProblem> warnings = new ArrayList<>();
        Set<String> missing = new TreeSet<>(existing.keySet());
        file.items().forEach(i -> missing.remove(i.code()));
        if (!missing.isEmpty()) {
            warnings.add(ImportProblem.of(
                    fileName, 0, "code", "area.import.not-in-file", missing.size(), String.join(", ", missing)));
        }
        int changed = tx.execute(status -> store(fileName, file));
        return new ImportReport(target.table(), fileName, file.items().size(), changed, warnings);
    }

    private int store(String fileName, ClassificationFile.Content file) {
        Map<String, Map<String, String>> existing = existingNames();
        int changed = 0;
        for (ClassificationItem item : file.items()) {
            Map<String, String> before = existing.get(item.code());
            Map<String, String> after = new LinkedHashMap<>(before);
            after.putAll(item.names());
            if (after.equals(before)) {
                continue;
            }
            for (Map.Entry<String, String> name : item.names().entrySet()) {
                // the column comes from a fixed set (fi, sv, en), never from the file as such
                String column = "name_"
                        + ClassificationFile.LANGUAGES.stream()
                                .filter(name.getKey()::equals)
                                .findFirst()
                                .orElseThrow();
                jdbc.sql("update " + target.table() + " set " + column + " = ? where code = ?")
                        .params(name.getValue(), item.code())
                        .update();
            }
            log.changed(target.table(), item.code(), fileName, before, after);
            changed++;
        }
        String source = "Statistics Finland classification API " + file.classificationId()
                + " (CC BY 4.0, Source: Statistics Finland)";
        log.record(target.table(), id(), fileName, source, file.items().size(), changed);
        return changed;
    }

    private Map<String, Map<String, String>> existingNames() {
        Map<String, Map<String, String>> names = new HashMap<>();
        jdbc.sql("select code, name_fi, name_sv, name_en from " + target.table())
                .query(rs -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("fi", rs.getString("name_fi"));
                    row.put("sv", rs.getString("name_sv"));
                    row.put("en", rs.getString("name_en"));
                    names.put(rs.getString("code"), row);
                });
        return names;
    }
}
