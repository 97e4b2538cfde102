package fi.livskraft.area;

import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.JsonArrayFile;
import fi.livskraft.common.ReferenceImporter;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the employment-area membership of one year from Statistics Finland's classification API
 * correspondence table {@code kunta_1_YYYY0101#tyollisyysalue_1_YYYY0101}
 * ({@code GET .../correspondenceTables/{id}/maps}): a JSON array of maps, each with
 * {@code correspondenceTable.localId}, {@code sourceItem.code} (the municipality) and
 * {@code targetItem.code} (the employment area's classification code). The year is read from the
 * target classification's id ({@code tyollisyysalue_1_YYYY0101}); a map of another classification is
 * refused. The rows go to {@link EmploymentAreaClassification}, like the key table's.
 */
@Component
class EmploymentAreaMapsImporter implements ReferenceImporter {

    static final String ID = "statfin-tyollisyysalue-maps";
    private static final Pattern TARGET = Pattern.compile("(?:^|#)tyollisyysalue_\\d+_(\\d{4})\\d{4}(?:/|$)");

    private final EmploymentAreaClassification classification;
    private final JsonMapper json;

    EmploymentAreaMapsImporter(EmploymentAreaClassification classification, JsonMapper json) {
        this.classification = classification;
        this.json = json;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "area.import.statfin-tyollisyysalue-maps";
    }

    @Override
    public ImportReport importFile(String fileName, InputStream content) {
        List<ImportProblem> problems = new ArrayList<>();
        List<EmploymentAreaClassification.Assignment> rows = new ArrayList<>();
        TreeSet<Integer> years = new TreeSet<>();
        problems.addAll(JsonArrayFile.read(fileName, content, json, (row, map) -> {
            String table = JsonArrayFile.text(map.path("correspondenceTable"), "localId");
            JsonNode target = map.path("targetItem");
            String targetId = JsonArrayFile.text(target, "localId");
            Matcher year = TARGET.matcher(table != null ? table : targetId == null ? "" : targetId);
            String municipality = JsonArrayFile.text(map.path("sourceItem"), "code");
            String area = JsonArrayFile.text(target, "code");
            if (!year.find()) {
                problems.add(ImportProblem.of(
                        fileName,
                        row,
                        "correspondenceTable.localId",
                        "area.import.wrong-classification",
                        String.valueOf(table != null ? table : targetId),
                        "tyollisyysalue"));
            } else if (municipality == null || !municipality.matches("\\d{3}")) {
                problems.add(ImportProblem.of(
                        fileName, row, "sourceItem.code", "import.error.bad-code", String.valueOf(municipality)));
            } else if (area == null || !area.matches("\\d{1,3}")) {
                problems.add(ImportProblem.of(
                        fileName, row, "targetItem.code", "import.error.bad-code", String.valueOf(area)));
            } else {
                years.add(Integer.valueOf(year.group(1)));
                rows.add(new EmploymentAreaClassification.Assignment(
                        row, municipality, String.valueOf(Integer.parseInt(area))));
            }
        }));
        return EmploymentAreaKeyImporter.apply(classification, fileName, problems, rows, years, ID);
    }
}
