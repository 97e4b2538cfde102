package fi.livskraft.area;

import fi.livskraft.common.CsvLine;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.ReferenceImporter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Imports the employment-area membership of one year from a municipality key table: a
 * comma-separated file with a header and at least the columns {@code kunta} (3-digit municipality
 * code), {@code year} and {@code tyollisyysalue_code}, as Statistics Finland's classification service
 * gives them (the key tables of 2025 and 2026, e.g. as built by the R package geofi). Values may be
 * quoted. The rows go to {@link EmploymentAreaClassification}.
 */
@Component
class EmploymentAreaKeyImporter implements ReferenceImporter {

    static final String ID = "statfin-tyollisyysalue-key";
    private static final List<String> COLUMNS = List.of("kunta", "year", "tyollisyysalue_code");

    private final EmploymentAreaClassification classification;

    EmploymentAreaKeyImporter(EmploymentAreaClassification classification) {
        this.classification = classification;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "area.import.statfin-tyollisyysalue";
    }

    @Override
    public ImportReport importFile(String fileName, InputStream content) {
        List<ImportProblem> problems = new ArrayList<>();
        List<EmploymentAreaClassification.Assignment> rows = new ArrayList<>();
        TreeSet<Integer> years = new TreeSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                throw new ImportFailedException(ImportProblem.of(fileName, 1, "", "import.error.empty-file"));
            }
            List<String> names = fields(header.startsWith("\uFEFF") ? header.substring(1) : header);
            if (names == null) {
                throw new ImportFailedException(
                        ImportProblem.of(fileName, 1, "header", "import.error.bad-value", header));
            }
            Map<String, Integer> column = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                column.put(names.get(i).strip(), i);
            }
            for (String required : COLUMNS) {
                if (!column.containsKey(required)) {
                    problems.add(ImportProblem.of(fileName, 1, required, "import.error.missing-column", required));
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportFailedException(problems);
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> values = fields(line);
                if (values == null || values.size() != names.size()) {
                    problems.add(ImportProblem.of(
                            fileName,
                            number,
                            "",
                            "import.error.field-count",
                            names.size(),
                            values == null ? 0 : values.size()));
                    continue;
                }
                String code = values.get(column.get("kunta")).strip();
                String year = values.get(column.get("year")).strip();
                String area = values.get(column.get("tyollisyysalue_code")).strip();
                if (!code.matches("\\d{1,3}")) {
                    problems.add(ImportProblem.of(fileName, number, "kunta", "import.error.bad-code", code));
                } else if (!year.matches("\\d{4}(\\.0)?")) {
                    problems.add(ImportProblem.of(fileName, number, "year", "import.error.bad-value", year));
                } else if (!area.matches("\\d{1,3}")) {
                    problems.add(
                            ImportProblem.of(fileName, number, "tyollisyysalue_code", "import.error.bad-code", area));
                } else {
                    years.add(Integer.valueOf(year.substring(0, 4)));
                    rows.add(new EmploymentAreaClassification.Assignment(
                            number, "0".repeat(3 - code.length()) + code, area));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        return apply(classification, fileName, problems, rows, years, ID);
    }

    /**
     * Applies the rows of one year read from a file, or refuses the file with the rows' problems, as
     * empty, or as holding several years; reports whether the year is in force and how many
     * municipalities moved.
     */
    static ImportReport apply(
            EmploymentAreaClassification classification,
            String fileName,
            List<ImportProblem> problems,
            List<EmploymentAreaClassification.Assignment> rows,
            TreeSet<Integer> years,
            String format) {
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(ImportProblem.of(fileName, 0, "", "import.error.empty-file"));
        }
        if (problems.isEmpty() && years.size() > 1) {
            problems.add(ImportProblem.of(fileName, 0, "year", "area.import.one-year", years.toString()));
        }
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        EmploymentAreaClassification.Outcome outcome = classification.apply(fileName, years.first(), rows, format);
        List<ImportProblem> notes = new ArrayList<>();
        notes.add(ImportProblem.of(
                fileName,
                0,
                "year",
                outcome.inForce() ? "area.import.classification-in-force" : "area.import.classification-stored",
                String.valueOf(outcome.year()),
                outcome.moved()));
        return new ImportReport("employment_area_year_member", fileName, rows.size(), outcome.stored(), notes);
    }

    /** The fields of a comma-separated line (quoted fields may hold commas), or null when a quote is open. */
    static List<String> fields(String line) {
        return CsvLine.split(line);
    }
}
