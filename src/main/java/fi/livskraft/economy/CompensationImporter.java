package fi.livskraft.economy;

import fi.livskraft.common.CsvLine;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.ReferenceImporter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the state-share compensation per municipality and year from the Ministry of Finance's
 * calculation: a CSV with a header and three columns, municipality code, year, euros (separator
 * {@code ,} or {@code ;}; in a {@code ;} file the euros may use a decimal comma). Every row goes
 * through {@link Compensations#put} (coordinator, checks, audit) in one transaction: all or nothing.
 */
@Component
class CompensationImporter implements ReferenceImporter {

    static final String ID = "economy-compensation-csv";

    private final Compensations compensations;
    private final TransactionTemplate tx;

    CompensationImporter(Compensations compensations, TransactionTemplate tx) {
        this.compensations = compensations;
        this.tx = tx;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "economy.import.compensation";
    }

    @Override
    public ImportReport importFile(String fileName, InputStream content) {
        List<String[]> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                throw new ImportFailedException(ImportProblem.of(fileName, 1, "", "import.error.empty-file"));
            }
            String separator = header.contains(";") ? ";" : ",";
            if (header.replace("\uFEFF", "").split(separator, -1).length != 3) {
                throw new ImportFailedException(ImportProblem.of(fileName, 1, "header", "economy.import.columns"));
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = separator.equals(";") ? List.of(line.split(";", -1)) : CsvLine.split(line);
                if (fields == null || fields.size() != 3) {
                    problems.add(ImportProblem.of(
                            fileName, number, "", "import.error.field-count", 3, fields == null ? 0 : fields.size()));
                    continue;
                }
                String[] v = fields.stream().map(f -> f.replace("\"", "")).toArray(String[]::new);
                String euros = v[2].strip().replace(" ", "").replace("\u00a0", "");
                rows.add(new String[] {
                    String.valueOf(number),
                    v[0].strip(),
                    v[1].strip(),
                    separator.equals(";") ? euros.replace(',', '.') : euros
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        List<Object[]> parsed = new ArrayList<>();
        for (String[] r : rows) {
            int row = Integer.parseInt(r[0]);
            String code = r[1].length() < 3 && r[1].matches("\\d+") ? "0".repeat(3 - r[1].length()) + r[1] : r[1];
            if (!code.matches("\\d{3}")) {
                problems.add(ImportProblem.of(fileName, row, "municipality", "import.error.bad-code", r[1]));
            } else if (!r[2].matches("\\d{4}")) {
                problems.add(ImportProblem.of(fileName, row, "year", "import.error.bad-value", r[2]));
            } else {
                try {
                    parsed.add(new Object[] {row, code, Integer.valueOf(r[2]), new BigDecimal(r[3])});
                } catch (NumberFormatException e) {
                    problems.add(ImportProblem.of(fileName, row, "euros", "import.error.bad-value", r[3]));
                }
            }
        }
        if (problems.isEmpty() && parsed.isEmpty()) {
            problems.add(ImportProblem.of(fileName, 0, "", "import.error.empty-file"));
        }
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        String source = "Ministry of Finance, calculation of the AN2024 compensation (" + fileName + ")";
        Integer changed = tx.execute(status -> store(fileName, parsed, source));
        return new ImportReport(
                "economy_compensation", fileName, parsed.size(), changed == null ? 0 : changed, List.of());
    }

    private int store(String fileName, List<Object[]> rows, String source) {
        List<ImportProblem> problems = new ArrayList<>();
        int changed = 0;
        for (Object[] r : rows) {
            String code = (String) r[1];
            int year = (Integer) r[2];
            BigDecimal amount = (BigDecimal) r[3];
            Optional<Compensation> before = compensations.find(code, year);
            if (before.isPresent() && before.get().amountEur().compareTo(amount) == 0) {
                continue;
            }
            try {
                compensations.put(
                        code,
                        year,
                        amount,
                        source,
                        before.map(Compensation::version).orElse(null));
                changed++;
            } catch (InvalidInputException e) {
                for (FieldError error : e.errors()) {
                    problems.add(ImportProblem.of(
                            fileName,
                            (Integer) r[0],
                            error.field(),
                            error.messageKey(),
                            error.arguments().toArray()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        return changed;
    }
}
