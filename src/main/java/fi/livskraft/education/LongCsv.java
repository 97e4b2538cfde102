package fi.livskraft.education;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a long CSV with leading metadata lines ({@code # key: value}), then a header, then data
 * rows; UTF-8, separator {@code ;} or {@code ,} (taken from the header), values may be quoted with
 * {@code "}. Rows are the physical line numbers of the file (the first line is 1), so that an
 * error points at the line an editor shows. Streams: one line at a time.
 */
final class LongCsv {

    /** A data row with access by lower-case column name. */
    record Row(int line, Map<String, Integer> columns, List<String> values) {

        String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= values.size()
                    ? ""
                    : values.get(index).strip();
        }

        boolean has(String column) {
            return columns.containsKey(column);
        }
    }

    interface Handler {
        /** The metadata lines and the header were read; answers false to stop reading. */
        boolean header(Map<String, String> metadata, Map<String, Integer> columns, int headerLine);

        void row(Row row);

        void badRow(int line, int expected, int found);
    }

    private LongCsv() {}

    /** Reads the file; answers the number of data rows read. */
    static int read(InputStream in, Handler handler) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> metadata = new LinkedHashMap<>();
            String line;
            int number = 0;
            String header = null;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        String key = line.substring(1, colon).strip().toLowerCase(Locale.ROOT);
                        metadata.putIfAbsent(key, line.substring(colon + 1).strip());
                    }
                    continue;
                }
                header = line;
                break;
            }
            if (header == null) {
                handler.header(metadata, Map.of(), 0);
                return 0;
            }
            char separator = header.indexOf(';') >= 0 ? ';' : ',';
            List<String> names = split(header, separator);
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                columns.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            if (!handler.header(metadata, columns, number)) {
                return 0;
            }
            int rows = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows++;
                List<String> values = split(line, separator);
                if (values.size() != names.size()) {
                    handler.badRow(number, names.size(), values.size());
                    continue;
                }
                handler.row(new Row(number, columns, values));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a line at the separator; a field in double quotes may hold the separator and "" for ". */
    static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** Quotes a value for a CSV written with the given separator when it needs it. */
    static String quote(String value, char separator) {
        String v = value == null ? "" : value;
        if (v.indexOf(separator) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
