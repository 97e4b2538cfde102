package fi.livskraft.area;

import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.ReferenceImporter;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refreshes municipalities from the Opetushallitus Koodistopalvelu code list {@code kunta}: for a
 * municipality of today its region and its language status (names of today's municipalities come
 * from Statistics Finland's classification, which the code list does not always follow); for a
 * former municipality its Finnish and Swedish names. Codes known as neither are ignored and reported as warnings. The
 * sub-region is not taken from the code list (out of date for 12 municipalities). All or nothing.
 */
@Component
class KoodistoMunicipalityImporter implements ReferenceImporter {

    static final String ID = "oph-koodisto-kunta";
    static final String SOURCE =
            "Opetushallitus Koodistopalvelu, code list kunta (with relations maakunta," + " kielisuhde)";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final ImportLog log;

    KoodistoMunicipalityImporter(JdbcClient jdbc, TransactionTemplate tx, JsonMapper json, ImportLog log) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.log = log;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "area.import.oph-kunta";
    }

    @Override
    public ImportReport importFile(String fileName, InputStream content) {
        KoodistoFile.Content file = KoodistoFile.read(fileName, content, json);
        List<ImportProblem> problems = new ArrayList<>(file.problems());
        if (problems.isEmpty() && file.entries().isEmpty()) {
            problems.add(ImportProblem.of(fileName, 0, "", "import.error.empty-file"));
        }
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        Set<String> regions = new HashSet<>(
                jdbc.sql("select code from region").query(String.class).list());
        Map<String, Map<String, String>> current = current();
        Map<String, Map<String, String>> former = former();
        List<ImportProblem> warnings = new ArrayList<>();
        Set<String> absent = new TreeSet<>(current.keySet());
        for (KoodistoEntry entry : file.entries()) {
            absent.remove(entry.code());
            if (current.containsKey(entry.code())) {
                if (entry.regionCode() != null && !regions.contains(entry.regionCode())) {
                    problems.add(ImportProblem.of(
                            fileName,
                            entry.row(),
                            "includesCodeElements",
                            "import.error.unknown-reference",
                            "maakunta_" + entry.regionCode()));
                }
                if (entry.kielisuhde() != null && entry.languageStatus() == null) {
                    problems.add(ImportProblem.of(
                            fileName,
                            entry.row(),
                            "includesCodeElements",
                            "import.error.bad-value",
                            "kielisuhde_" + entry.kielisuhde()));
                }
                if (entry.regionCode() == null || entry.languageStatus() == null) {
                    warnings.add(ImportProblem.of(
                            fileName,
                            entry.row(),
                            "includesCodeElements",
                            "area.import.relation-missing",
                            entry.code()));
                }
            } else if (!former.containsKey(entry.code())) {
                warnings.add(
                        ImportProblem.of(fileName, entry.row(), "koodiArvo", "area.import.code-ignored", entry.code()));
            }
            if (entry.nameSv() == null && (current.containsKey(entry.code()) || former.containsKey(entry.code()))) {
                warnings.add(
                        ImportProblem.of(fileName, entry.row(), "metadata", "area.import.sv-name-kept", entry.code()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        if (!absent.isEmpty()) {
            warnings.add(ImportProblem.of(
                    fileName, 0, "koodiArvo", "area.import.not-in-file", absent.size(), String.join(", ", absent)));
        }
        int changed = tx.execute(status -> store(fileName, file.entries()));
        return new ImportReport("municipality", fileName, file.entries().size(), changed, warnings);
    }

    private int store(String fileName, List<KoodistoEntry> entries) {
        Map<String, Map<String, String>> current = current();
        Map<String, Map<String, String>> former = former();
        int changed = 0;
        for (KoodistoEntry entry : entries) {
            Map<String, String> before = current.get(entry.code());
            if (before != null) {
                // Today's names come from Statistics Finland (statfin-classification-kunta): the code
                // list spells 28 of them differently (e.g. Akaa for Ackas), so it changes only the
                // region and the language status of a current municipality.
                Map<String, String> after = new LinkedHashMap<>(before);
                if (entry.regionCode() != null) {
                    after.put("region", entry.regionCode());
                }
                if (entry.languageStatus() != null) {
                    after.put("languageStatus", entry.languageStatus().name());
                }
                if (!after.equals(before)) {
                    jdbc.sql("update municipality set region_code = ?, language_status = ? where code = ?")
                            .params(after.get("region"), after.get("languageStatus"), entry.code())
                            .update();
                    log.changed("municipality", entry.code(), fileName, before, after);
                    changed++;
                }
                continue;
            }
            before = former.get(entry.code());
            if (before != null) {
                Map<String, String> after = new LinkedHashMap<>(before);
                after.put("fi", entry.nameFi());
                if (entry.nameSv() != null) {
                    after.put("sv", entry.nameSv());
                }
                if (!after.equals(before)) {
                    jdbc.sql("update former_municipality set name_fi = ?, name_sv = ? where code = ?")
                            .params(after.get("fi"), after.get("sv"), entry.code())
                            .update();
                    log.changed("former_municipality", entry.code(), fileName, before, after);
                    changed++;
                }
            }
        }
        log.record("municipality", ID, fileName, SOURCE, entries.size(), changed);
        return changed;
    }

    private Map<String, Map<String, String>> current() {
        Map<String, Map<String, String>> rows = new HashMap<>();
        jdbc.sql("select code, name_fi, name_sv, region_code, language_status from municipality")
                .query(rs -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("fi", rs.getString("name_fi"));
                    row.put("sv", rs.getString("name_sv"));
                    row.put("region", rs.getString("region_code"));
                    row.put("languageStatus", rs.getString("language_status"));
                    rows.put(rs.getString("code"), row);
                });
        return rows;
    }

    private Map<String, Map<String, String>> former() {
        Map<String, Map<String, String>> rows = new HashMap<>();
        jdbc.sql("select code, name_fi, name_sv from former_municipality").query(rs -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("fi", rs.getString("name_fi"));
            row.put("sv", rs.getString("name_sv"));
            rows.put(rs.getString("code"), row);
        });
        return rows;
    }
}
