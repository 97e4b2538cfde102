package fi.livskraft.occupation;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ReferenceData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shipped crosswalk ({@code referencedata/qualification-occupation.csv}): rows grouped by
 * qualification, checked with the same rules as the coordinator's corrections. A problem in the
 * shipped file is a build defect and fails loudly with file, row and field.
 */
final class CrosswalkSeed {

    static final String FILE = "qualification-occupation.csv";
    static final List<String> COLUMNS =
            List.of("qualification_code", "isco_code", "weight", "confidence", "source", "note");

    private CrosswalkSeed() {}

    static Map<String, List<CrosswalkEntry>> read(Set<String> qualifications, Set<String> unitGroups) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, List<CrosswalkEntry>> byQualification = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new LinkedHashMap<>();
        ReferenceData.read(FILE, COLUMNS, row -> {
            String code = row.get("qualification_code");
            if (!qualifications.contains(code)) {
                problems.add(row.problem("qualification_code", "import.error.unknown-reference", code));
                return null;
            }
            BigDecimal weight;
            Confidence confidence;
            try {
                weight = new BigDecimal(row.get("weight"));
                confidence = Confidence.valueOf(row.get("confidence"));
            } catch (IllegalArgumentException e) {
                problems.add(row.problem("weight", "import.error.bad-value", row.get("weight")));
                return null;
            }
            firstRow.putIfAbsent(code, row.number());
            byQualification
                    .computeIfAbsent(code, c -> new ArrayList<>())
                    .add(new CrosswalkEntry(
                            row.get("isco_code"), weight, confidence, row.get("source"), row.get("note")));
            return null;
        });
        byQualification.forEach((code, rows) -> {
            for (FieldError error : CrosswalkRules.check(rows, unitGroups)) {
                problems.add(ImportProblem.of(
                        FILE,
                        firstRow.get(code),
                        code + " " + error.field(),
                        error.messageKey(),
                        error.arguments().toArray()));
            }
        });
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        return byQualification;
    }
}
