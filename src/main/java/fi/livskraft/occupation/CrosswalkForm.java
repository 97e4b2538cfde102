package fi.livskraft.occupation;

import fi.livskraft.common.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coordinator's form for a qualification's crosswalk: the rows as typed (text, so that a wrong
 * value is shown back as it was), the version the form was opened at, and spare empty rows.
 */
record CrosswalkForm(String version, List<Line> lines) {

    static final int SPARE_LINES = 3;
    private static final Pattern ROW_FIELD = Pattern.compile("^rows\\[(\\d+)]\\.(.*)$");

    /** One line of the form; {@code remove} marks an existing row to close. */
    record Line(String iscoCode, String weight, String confidence, String source, String note, boolean remove) {

        boolean blank() {
            return iscoCode.isBlank() && weight.isBlank() && source.isBlank() && note.isBlank();
        }

        static Line empty() {
            return new Line("", "", "", "", "", false);
        }
    }

    static CrosswalkForm of(long version, List<CrosswalkRow> rows) {
        List<Line> lines = new ArrayList<>();
        for (CrosswalkRow r : rows) {
            lines.add(new Line(
                    r.iscoCode(),
                    r.weight().stripTrailingZeros().toPlainString(),
                    r.confidence().name(),
                    r.source(),
                    r.note(),
                    false));
        }
        return new CrosswalkForm(String.valueOf(version), lines).withSpareLines();
    }

    static CrosswalkForm read(Map<String, String> params) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; params.containsKey("rows[" + i + "].iscoCode"); i++) {
            String at = "rows[" + i + "].";
            lines.add(new Line(
                    params.getOrDefault(at + "iscoCode", "").strip(),
                    params.getOrDefault(at + "weight", "").strip(),
                    params.getOrDefault(at + "confidence", "").strip(),
                    params.getOrDefault(at + "source", "").strip(),
                    params.getOrDefault(at + "note", "").strip(),
                    params.containsKey(at + "remove")));
        }
        return new CrosswalkForm(params.getOrDefault("version", "").strip(), lines);
    }

    CrosswalkForm withSpareLines() {
        List<Line> all = new ArrayList<>(lines.stream().filter(l -> !l.blank()).toList());
        for (int i = 0; i < SPARE_LINES; i++) {
            all.add(Line.empty());
        }
        return new CrosswalkForm(version, all);
    }

    /** The version as a number, or null when the form lacks it. */
    Long expectedVersion() {
        try {
            return Long.valueOf(version);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The rows to store (blank and removed lines left out) and the form line of each, or the
     * errors of values that are not numbers or confidences at all.
     */
    Parsed parse() {
        List<CrosswalkEntry> entries = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank() || line.remove()) {
                continue;
            }
            BigDecimal weight = null;
            if (!line.weight().isEmpty()) {
                try {
                    weight = new BigDecimal(line.weight().replace(',', '.').replace(" ", ""));
                } catch (NumberFormatException e) {
                    errors.add(FieldError.of(
                            "rows[" + i + "].weight", "occupation.crosswalk.error.weight-number", line.weight()));
                }
            }
            Confidence confidence = Arrays.stream(Confidence.values())
                    .filter(c -> c.name().equals(line.confidence()))
                    .findFirst()
                    .orElse(null);
            entries.add(new CrosswalkEntry(line.iscoCode(), weight, confidence, line.source(), line.note()));
            lineOf.add(i);
        }
        return new Parsed(entries, lineOf, errors);
    }

    /** Parsed rows, the form line of each row, and the errors found while parsing. */
    record Parsed(List<CrosswalkEntry> entries, List<Integer> lineOf, List<FieldError> errors) {

        /** An error of the stored rows renamed to the field of its form line. */
        FieldError toForm(FieldError error) {
            Matcher m = ROW_FIELD.matcher(error.field());
            if (!m.matches()) {
                return error;
            }
            int line = lineOf.get(Integer.parseInt(m.group(1)));
            return new FieldError("rows[" + line + "]." + m.group(2), error.messageKey(), error.arguments());
        }
    }

    /** The id of the input of a field: {@code rows[2].weight} -> {@code rows-2-weight}. */
    static String inputId(String field) {
        Matcher m = ROW_FIELD.matcher(field);
        if (m.matches()) {
            return "rows-" + m.group(1) + "-" + m.group(2);
        }
        return "weights".equals(field) ? "rows-0-weight" : "rows-0-iscoCode";
    }
}
