package fi.livskraft.education;

import fi.livskraft.common.FactImporter;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProgress;
import fi.livskraft.common.ImportReport;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code education-csv}: the documented long CSV of vocational supply and graduate outcomes (one
 * figure a row: provider_code, provider_name, qualification, year, language, measure, value, and
 * area for outcomes), after {@code # publisher:}, {@code # dataset:}, {@code # vintage:},
 * {@code # licence:} lines (optional {@code # title:} and {@code # retrieved:}). See the README.
 */
@Component
class EducationCsvImporter implements FactImporter {

    static final String FORMAT = "education-csv";
    static final List<String> COLUMNS =
            List.of("provider_code", "provider_name", "qualification", "year", "language", "measure", "value");
    static final List<String> METADATA = List.of("publisher", "dataset", "vintage", "licence");

    private final EducationImport education;

    EducationCsvImporter(EducationImport education) {
        this.education = education;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String labelKey() {
        return "education.import.csv.label";
    }

    @Override
    public String descriptionKey() {
        return "education.import.csv.description";
    }

    @Override
    @Transactional
    public ImportReport importFile(String fileName, InputStream content, ImportProgress progress) {
        return read(fileName, content, progress, false);
    }

    /** The demonstration data takes this same path, flagged demo. */
    @Transactional
    ImportReport importDemo(String fileName, InputStream content) {
        return read(fileName, content, ImportProgress.NONE, true);
    }

    private ImportReport read(String fileName, InputStream content, ImportProgress progress, boolean demo) {
        CellChecks checks = education.checks(fileName);
        EducationStage.Batch batch = education.begin();
        SourceMetadata[] metadata = new SourceMetadata[1];
        int rows = LongCsv.read(content, new LongCsv.Handler() {
            @Override
            public boolean header(Map<String, String> meta, Map<String, Integer> columns, int headerLine) {
                if (headerLine == 0) {
                    checks.problem(1, "", "import.error.empty-file");
                    return false;
                }
                metadata[0] = metadata(checks, meta);
                for (String column : COLUMNS) {
                    if (!columns.containsKey(column)) {
                        checks.problem(headerLine, column, "import.error.missing-column", column);
                    }
                }
                return !checks.failed();
            }

            @Override
            public void row(LongCsv.Row row) {
                stage(checks, batch, row);
                if (row.line() % 500 == 0) {
                    progress.update(row.line(), -1);
                }
            }

            @Override
            public void badRow(int line, int expected, int found) {
                checks.problem(line, "", "import.error.field-count", expected, found);
            }
        });
        progress.update(rows, rows);
        if (metadata[0] == null) {
            throw new ImportFailedException(checks.problems());
        }
        return education.finish(checks, batch, metadata[0], FORMAT, demo, rows, List.of());
    }

    private static SourceMetadata metadata(CellChecks checks, Map<String, String> meta) {
        for (String key : METADATA) {
            if (CellChecks.blankToNull(meta.get(key)) == null) {
                checks.problem(1, "# " + key, "education.import.error.missing-metadata", key);
            }
        }
        Instant retrieved = null;
        String text = CellChecks.blankToNull(meta.get("retrieved"));
        if (text != null) {
            try {
                retrieved = text.length() == 10
                        ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : Instant.parse(text);
            } catch (DateTimeParseException e) {
                checks.problem(1, "# retrieved", "import.error.bad-value", text);
            }
        }
        return new SourceMetadata(
                nonNull(meta.get("publisher")),
                nonNull(meta.get("dataset")),
                nonNull(meta.get("vintage")),
                nonNull(meta.get("licence")),
                nonNull(meta.get("title")),
                retrieved);
    }

    private static void stage(CellChecks checks, EducationStage.Batch batch, LongCsv.Row row) {
        int line = row.line();
        var measure = Measure.parse(row.get("measure"));
        if (measure.isEmpty()) {
            checks.problem(line, "measure", "education.import.error.unknown-measure", row.get("measure"));
            return;
        }
        boolean outcome = measure.get().kind() == Measure.Kind.OUTCOME;
        String providerCode = checks.providerCode(line, "provider_code", row.get("provider_code"), !outcome);
        String providerName = CellChecks.blankToNull(row.get("provider_name"));
        if (providerCode != null && providerName == null) {
            checks.required(line, "provider_name", "");
        }
        String area = null;
        if (outcome) {
            String areaText = row.get("area");
            area = providerCode != null && CellChecks.blankToNull(areaText) == null
                    ? CellChecks.WHOLE_COUNTRY
                    : checks.area(line, "area", areaText);
        }
        String qualification = checks.qualification(line, "qualification", row.get("qualification"));
        Integer year = checks.year(line, "year", row.get("year"));
        String language = checks.language(line, "language", row.get("language"), outcome);
        Long value = checks.count(line, "value", row.get("value"));
        if (checks.failed() || value == null) {
            return; // nothing more is staged once a problem is found; a blank value is not published
        }
        batch.add(new StagedValue(
                line,
                "value",
                measure.get(),
                providerCode,
                providerName,
                area,
                qualification,
                year,
                language,
                value,
                ""));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s.strip();
    }
}
