package fi.livskraft.common;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of comma-separated values; a field may be quoted ("a, b"), "" is a quote. */
public final class CsvLine {

    private CsvLine() {}

    /** The fields, or null when a quote is not closed on the line. */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString().strip());
        return fields;
    }

    /** A field for a CSV file: quoted when it holds a comma, quote or leading/trailing space. */
    public static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || !value.equals(value.strip())) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
