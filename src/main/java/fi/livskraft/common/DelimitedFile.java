package fi.livskraft.common;

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
import java.util.function.Consumer;

/**
 * Reads the product's own reference files: UTF-8, one header row, fields separated by
 * {@code ;}, no quoting (values never contain the separator). Streams row by row; every problem
 * names the file, the row and the field.
 */
public final class DelimitedFile {

    private DelimitedFile() {}

    /** One data row, with access by column name. */
    public record Row(String file, int number, Map<String, Integer> columns, String[] values) {

        public String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalArgumentException("no column " + column + " in " + file);
            }
            return values[index].strip();
        }

        public ImportProblem problem(String column, String messageKey, Object... arguments) {
            return ImportProblem.of(file, number, column, messageKey, arguments);
        }
    }

    /**
     * Reads every row and hands it to the consumer. Fails before the first row when a required
     * column is missing; a row with the wrong number of fields is a problem of that row.
     */
    public static List<ImportProblem> read(
            String file, InputStream in, List<String> requiredColumns, Consumer<Row> consumer) {
        List<ImportProblem> problems = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                problems.add(ImportProblem.of(file, 1, "", "import.error.empty-file"));
                return problems;
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            String[] names = header.split(";", -1);
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < names.length; i++) {
                columns.put(names[i].strip(), i);
            }
            for (String required : requiredColumns) {
                if (!columns.containsKey(required)) {
                    problems.add(ImportProblem.of(file, 1, required, "import.error.missing-column", required));
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
                String[] values = line.split(";", -1);
                if (values.length != names.length) {
                    problems.add(ImportProblem.of(
                            file, number, "", "import.error.field-count", names.length, values.length));
                    continue;
                }
                consumer.accept(new Row(file, number, columns, values));
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
