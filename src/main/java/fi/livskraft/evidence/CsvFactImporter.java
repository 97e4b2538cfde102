package fi.livskraft.evidence;

import fi.livskraft.common.CsvLine;
import fi.livskraft.common.FactImporter;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportProgress;
import fi.livskraft.common.ImportReport;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code format=csv}: the documented long CSV for facts of any kind (README "Evidence import
 * formats"). UTF-8, comma-separated, fields may be quoted. Leading {@code # key: value} lines carry
 * the source: publisher, dataset, vintage, licence (required), title and demo (optional). Then a
 * header with the columns area, period, measure, value (required) and occupation, qualification,
 * language, duration, status (optional), one fact per row. A labour-market measure
 * (UNEMPLOYED_JOBSEEKERS, OPEN_VACANCIES, LABOUR_FORCE, EMPLOYED, NEW_VACANCIES) with an occupation
 * and a month (2023M01) goes to {@code labour_market_fact} (area and occupation checked against the
 * reference data); anything else to {@code evidence_fact}. An empty value is a missing figure (status
 * '..' unless given), never zero. All or nothing; errors name file, row (line) and field.
 */
@Component
class CsvFactImporter implements FactImporter {

    static final String FORMAT = "csv";
    static final List<String> REQUIRED_META = List.of("publisher", "dataset", "vintage", "licence");
    static final List<String> REQUIRED_COLUMNS = List.of("area", "period", "measure", "value");
    static final List<String> OPTIONAL_COLUMNS =
            List.of("occupation", "qualification", "language", "duration", "status");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(M(0[1-9]|1[0-2])|Q[1-4]|H[12])?");
    private static final Pattern MEASURE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Set<String> LANGUAGES = Set.of("all", "fi", "sv", "en", "oth");
    private static final int MAX_PROBLEMS = 200;
    private static final int PROGRESS_STEP = 1 << 14;

    private final Sources sources;
    private final ReferenceCodes referenceCodes;
    private final DataSource dataSource;

    CsvFactImporter(Sources sources, ReferenceCodes referenceCodes, DataSource dataSource) {
        this.sources = sources;
        this.referenceCodes = referenceCodes;
        this.dataSource = dataSource;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String labelKey() {
        return "evidence.format.csv";
    }

    @Override
    public String descriptionKey() {
        return "evidence.format.csv.description";
    }

    @Override
    @Transactional
    public ImportReport importFile(String fileName, InputStream content, ImportProgress progress) {
        List<ImportProblem> problems = new ArrayList<>();
        Path genericSpool = null;
        RowLines labourLines = null;
        RowLines genericLines = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16)) {
            Map<String, String> meta = new HashMap<>();
            int line = 0;
            String text;
            String header = null;
            while ((text = in.readLine()) != null) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                if (!text.startsWith("#")) {
                    header = text;
                    break;
                }
                int colon = text.indexOf(':');
                if (colon < 0) {
                    problems.add(ImportProblem.of(fileName, line, "#", "evidence.csv.bad-meta", text));
                    continue;
                }
                meta.put(
                        text.substring(1, colon).strip().toLowerCase(Locale.ROOT),
                        text.substring(colon + 1).strip());
            }
            for (String key : REQUIRED_META) {
                if (meta.getOrDefault(key, "").isBlank()) {
                    problems.add(ImportProblem.of(fileName, 0, "# " + key, "evidence.csv.missing-meta", key));
                }
            }
            if (header == null) {
                problems.add(ImportProblem.of(fileName, line, "", "import.error.empty-file"));
                throw new ImportFailedException(problems);
            }
            int headerLine = line;
            List<String> names = CsvLine.split(header);
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; names != null && i < names.size(); i++) {
                String name = names.get(i).toLowerCase(Locale.ROOT);
                if (!REQUIRED_COLUMNS.contains(name) && !OPTIONAL_COLUMNS.contains(name)) {
                    // a column without a name is named by its position
                    String field = names.get(i).isBlank() ? "column " + (i + 1) : names.get(i);
                    problems.add(
                            ImportProblem.of(fileName, headerLine, field, "evidence.csv.unknown-column", names.get(i)));
                }
                columns.put(name, i);
            }
            for (String required : REQUIRED_COLUMNS) {
                if (!columns.containsKey(required)) {
                    problems.add(
                            ImportProblem.of(fileName, headerLine, required, "import.error.missing-column", required));
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportFailedException(problems);
            }
            NewSource source = new NewSource(
                    meta.get("publisher"),
                    meta.get("dataset"),
                    meta.get("vintage"),
                    meta.get("licence"),
                    meta.getOrDefault("title", ""),
                    FORMAT,
                    fileName,
                    Instant.now(),
                    Boolean.parseBoolean(meta.getOrDefault("demo", "false")));
            long sourceId = sources.open(source);
            ReferenceCodes.Snapshot codes = referenceCodes.snapshot();
            genericSpool = Files.createTempFile("livskraft-facts-", ".tsv");
            labourLines = new RowLines();
            genericLines = new RowLines();
            long read = 0;
            long generic = 0;
            long labour;
            try (BufferedWriter spool = Files.newBufferedWriter(genericSpool, StandardCharsets.UTF_8);
                    CopyIn copy = new CopyIn(
                            dataSource,
                            "labour_market_fact",
                            "source_id, area_code, occupation_code, period, measure, duration_class, language, value, status")) {
                StringBuilder row = new StringBuilder(256);
                while ((text = in.readLine()) != null) {
                    line++;
                    if (text.isBlank()) {
                        continue;
                    }
                    read++;
                    if (read % PROGRESS_STEP == 0) {
                        progress.update(read, -1);
                    }
                    Fact fact = parse(fileName, line, text, names.size(), columns, problems);
                    if (fact == null) {
                        continue;
                    }
                    if (fact.labour()) {
                        if (!codes.area(fact.area())) {
                            problems.add(
                                    ImportProblem.of(fileName, line, "area", "evidence.csv.unknown-area", fact.area()));
                        }
                        if (!codes.occupation(fact.occupation())) {
                            problems.add(ImportProblem.of(
                                    fileName,
                                    line,
                                    "occupation",
                                    "evidence.csv.unknown-occupation",
                                    fact.occupation()));
                        }
                    }
                    if (!problems.isEmpty()) {
                        if (problems.size() >= MAX_PROBLEMS) {
                            break;
                        }
                        continue;
                    }
                    if (fact.labour()) {
                        copy.field(sourceId)
                                .field(fact.area())
                                .field(fact.occupation())
                                .field(fact.period())
                                .field(fact.measure())
                                .field(fact.duration())
                                .field(fact.language())
                                .field(
                                        fact.value() == null
                                                ? null
                                                : fact.value().toPlainString())
                                .field(fact.status())
                                .endRow();
                        labourLines.add(line);
                    } else {
                        row.setLength(0);
                        Object[] fields = {
                            sourceId,
                            fact.area(),
                            fact.occupation(),
                            fact.qualification(),
                            fact.period(),
                            fact.measure(),
                            fact.language(),
                            fact.value() == null ? null : fact.value().toPlainString(),
                            fact.status()
                        };
                        for (int i = 0; i < fields.length; i++) {
                            if (i > 0) {
                                row.append('\t');
                            }
                            CopyIn.append(row, fields[i]);
                        }
                        spool.append(row).append('\n');
                        genericLines.add(line);
                        generic++;
                    }
                }
                if (!problems.isEmpty()) {
                    copy.end(); // end the COPY cleanly; the transaction rolls back on the exception
                    throw new ImportFailedException(problems);
                }
                labour = copy.end();
            }
            try (CopyIn copy = new CopyIn(
                            dataSource,
                            "evidence_fact",
                            "source_id, area_code, occupation_code, qualification_code, period, measure, language, value, status");
                    InputStream rows = Files.newInputStream(genericSpool)) {
                copy.raw(rows, generic);
                copy.end();
            }
            long stored = labour + generic;
            sources.complete(sourceId, read, stored);
            progress.update(read, read);
            List<ImportProblem> warnings = new ArrayList<>();
            if (read == 0) {
                warnings.add(ImportProblem.of(fileName, headerLine, "", "evidence.csv.no-rows"));
            }
            return new ImportReport(
                    source.dataset(),
                    fileName,
                    (int) Math.min(Integer.MAX_VALUE, read),
                    (int) Math.min(Integer.MAX_VALUE, stored),
                    warnings);
        } catch (CopyIn.CopyFailed e) {
            throw new ImportFailedException(refused(fileName, e, labourLines, genericLines));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        } finally {
            if (labourLines != null) {
                labourLines.close();
            }
            if (genericLines != null) {
                genericLines.close();
            }
            if (genericSpool != null) {
                try {
                    Files.deleteIfExists(genericSpool);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    private static final Pattern COPY_LINE = Pattern.compile("COPY (\\w+), line (\\d+)");

    /**
     * A row the database refused, named by its line in the file: a fact given twice (the unique
     * cell index) or a value the column cannot hold. Without the place, the database's message.
     */
    static ImportProblem refused(String fileName, CopyIn.CopyFailed e, RowLines labour, RowLines generic) {
        if (e.getCause() instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage m = p.getServerErrorMessage();
            Matcher where = COPY_LINE.matcher(String.valueOf(m.getWhere()));
            if (where.find()) {
                RowLines lines = where.group(1).equals("labour_market_fact") ? labour : generic;
                int line = lines == null ? 0 : lines.line(Long.parseLong(where.group(2)));
                if (line > 0) {
                    return "23505".equals(m.getSQLState())
                            ? ImportProblem.of(fileName, line, "measure", "evidence.csv.duplicate-fact")
                            : ImportProblem.of(
                                    fileName,
                                    line,
                                    "value",
                                    "evidence.csv.refused-row",
                                    String.valueOf(m.getMessage()));
                }
            }
        }
        return ImportProblem.of(fileName, 0, "", "evidence.import.database-refused", e.getMessage());
    }

    /** One parsed row. */
    record Fact(
            String area,
            String occupation,
            String qualification,
            String period,
            String measure,
            BigDecimal value,
            String language,
            String duration,
            String status) {

        boolean labour() {
            return LabourMeasures.MEASURES.contains(measure)
                    && !occupation.isEmpty()
                    && qualification.isEmpty()
                    && LabourMeasures.MONTH.matcher(period).matches();
        }
    }

    private static Fact parse(
            String file, int line, String text, int width, Map<String, Integer> columns, List<ImportProblem> problems) {
        List<String> fields = CsvLine.split(text);
        if (fields == null) {
            problems.add(ImportProblem.of(file, line, "", "evidence.csv.unclosed-quote"));
            return null;
        }
        if (fields.size() != width) {
            problems.add(ImportProblem.of(file, line, "", "import.error.field-count", width, fields.size()));
            return null;
        }
        int before = problems.size();
        String area = get(fields, columns, "area");
        String occupation = get(fields, columns, "occupation");
        String qualification = get(fields, columns, "qualification");
        String period = get(fields, columns, "period");
        String measure = get(fields, columns, "measure");
        String valueText = get(fields, columns, "value");
        String language = get(fields, columns, "language");
        String duration = get(fields, columns, "duration");
        String status = get(fields, columns, "status");
        if (area.isEmpty()) {
            problems.add(ImportProblem.of(file, line, "area", "import.error.required"));
        } else if (area.length() > 72) {
            problems.add(ImportProblem.of(file, line, "area", "import.error.bad-code", area));
        }
        if (occupation.length() > 8) {
            problems.add(ImportProblem.of(file, line, "occupation", "import.error.bad-code", occupation));
        }
        if (qualification.length() > 6) {
            problems.add(ImportProblem.of(file, line, "qualification", "import.error.bad-code", qualification));
        }
        if (!PERIOD.matcher(period).matches()) {
            problems.add(ImportProblem.of(file, line, "period", "evidence.csv.bad-period", period));
        }
        if (!MEASURE.matcher(measure).matches()) {
            problems.add(ImportProblem.of(file, line, "measure", "evidence.csv.bad-measure", measure));
        }
        language = language.isEmpty() ? "all" : language.toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            problems.add(ImportProblem.of(file, line, "language", "evidence.csv.bad-language", language));
        }
        duration = duration.isEmpty() ? "ALL" : duration;
        if (!duration.equals("ALL") && !LabourMeasures.DURATION_CLASSES.contains(duration)) {
            problems.add(ImportProblem.of(file, line, "duration", "evidence.csv.bad-duration", duration));
        }
        if (status.length() > 16) {
            problems.add(ImportProblem.of(file, line, "status", "import.error.bad-value", status));
        }
        BigDecimal value = null;
        if (!valueText.isEmpty()) {
            try {
                value = new BigDecimal(valueText);
                if (value.abs().compareTo(new BigDecimal("1e14")) >= 0) {
                    problems.add(ImportProblem.of(file, line, "value", "import.error.bad-value", valueText));
                }
            } catch (NumberFormatException e) {
                problems.add(ImportProblem.of(file, line, "value", "evidence.csv.bad-number", valueText));
            }
        }
        String finalStatus = status.isEmpty() ? (value == null ? ".." : null) : status;
        Fact fact = new Fact(area, occupation, qualification, period, measure, value, language, duration, finalStatus);
        if (fact.labour() && value != null && value.signum() < 0) {
            problems.add(ImportProblem.of(file, line, "value", "evidence.csv.negative", valueText));
        }
        return problems.size() == before ? fact : null;
    }

    private static String get(List<String> fields, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        return i == null ? "" : fields.get(i);
    }
}
