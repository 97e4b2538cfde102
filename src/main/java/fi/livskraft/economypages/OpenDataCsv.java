package fi.livskraft.economypages;

import fi.livskraft.common.ImportProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a CSV file in the style of Kela's open data, row by row: UTF-8 (a byte-order mark is
 * skipped), a header row, fields separated by {@code ;} or {@code ,} (whichever the header uses),
 * values optionally in double quotes ({@code ""} inside quotes is a quote). Header names are
 * compared in lower case.
 */
final class OpenDataCsv {

    private OpenDataCsv() {}

    /** One data row: its number in the file (the header is row 1) and its values by column. */
    record Row(String file, int number, Map<String, String> values, char separator) {

        String get(String column) {
            return values.getOrDefault(column, "").strip();
        }

        ImportProblem problem(String column, String messageKey, Object... arguments) {
            return ImportProblem.of(file, number, column, messageKey, arguments);
        }
    }

    /** Streams the rows to the consumer; returns the file-level and row-shape problems. */
    static List<ImportProblem> read(String file, InputStream in, List<String> required, Consumer<Row> consumer) {
        List<ImportProblem> problems = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || header.isBlank()) {
                problems.add(ImportProblem.of(file, 1, "", "import.error.empty-file"));
                return problems;
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            char separator = header.indexOf(';') >= 0 ? ';' : ',';
            List<String> names = split(header, separator).stream()
                    .map(n -> n.strip().toLowerCase(Locale.ROOT))
                    .toList();
            for (String column : required) {
                if (!names.contains(column)) {
                    problems.add(ImportProblem.of(file, 1, column, "import.error.missing-column", column));
                }
            }
            if (!problems.isEmpty()) {
                return problems;
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = split(line, separator);
                if (fields.size() != names.size()) {
                    problems.add(ImportProblem.of(
                            file, number, "", "import.error.field-count", names.size(), fields.size()));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    values.put(names.get(i), fields.get(i));
                }
                consumer.accept(new Row(file, number, values, separator));
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
