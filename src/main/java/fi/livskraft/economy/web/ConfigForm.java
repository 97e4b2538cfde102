package fi.livskraft.economy.web;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.economy.Band;
import fi.livskraft.economy.CostParameters;
import fi.livskraft.economy.Model;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameter-set form as typed: every value as text, bands as rows ({@code bands[0].fromDay}
 * ...). Blank rows are left out; a decimal comma is accepted. Field errors name the row as shown.
 */
record ConfigForm(
        String model,
        String validFrom,
        String dailyAmount,
        String paidDaysPerWeek,
        String paidDaysPerMonth,
        List<Row> bands,
        String source,
        boolean verified,
        String note,
        String version) {

    /** Blank rows offered under the bands for adding one. */
    static final int SPARE_ROWS = 2;

    static final int MAX_ROWS = 30;

    private static final Pattern BAND_FIELD = Pattern.compile("bands\\[(\\d+)]\\.(.+)");

    record Row(String fromDay, String toDay, String sharePercent) {

        boolean blank() {
            return isBlank(fromDay) && isBlank(toDay) && isBlank(sharePercent);
        }
    }

    ConfigForm {
        bands = List.copyOf(bands);
    }

    /** The form of an existing set (or a copy of it for a new set: no version, date left for the user). */
    static ConfigForm of(CostParameters p, boolean copy) {
        List<Row> rows = new ArrayList<>();
        for (Band b : p.bands()) {
            rows.add(new Row(
                    String.valueOf(b.fromDay()),
                    b.toDay() == null ? "" : String.valueOf(b.toDay()),
                    b.sharePercent().stripTrailingZeros().toPlainString()));
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new Row("", "", ""));
        }
        return new ConfigForm(
                p.model().name(),
                copy ? "" : p.validFrom().toString(),
                p.dailyAmount().toPlainString(),
                p.paidDaysPerWeek().stripTrailingZeros().toPlainString(),
                p.paidDaysPerMonth().stripTrailingZeros().toPlainString(),
                rows,
                p.source(),
                !copy && p.verified(),
                copy ? "" : p.note(),
                copy ? "" : String.valueOf(p.version()));
    }

    static ConfigForm read(Map<String, String> params) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String prefix = "bands[" + i + "].";
            if (!params.containsKey(prefix + "fromDay")) {
                break;
            }
            rows.add(new Row(
                    params.get(prefix + "fromDay"), params.get(prefix + "toDay"), params.get(prefix + "sharePercent")));
        }
        return new ConfigForm(
                params.get("model"),
                params.get("validFrom"),
                params.get("dailyAmount"),
                params.get("paidDaysPerWeek"),
                params.get("paidDaysPerMonth"),
                rows,
                params.get("source"),
                params.containsKey("verified"),
                params.get("note"),
                params.get("version"));
    }

    /** The form with its blank rows topped up, for showing it again. */
    ConfigForm withSpareRows() {
        List<Row> rows = new ArrayList<>(bands);
        while (rows.size() < MAX_ROWS && rows.stream().filter(Row::blank).count() < SPARE_ROWS) {
            rows.add(new Row("", "", ""));
        }
        return new ConfigForm(
                model,
                validFrom,
                dailyAmount,
                paidDaysPerWeek,
                paidDaysPerMonth,
                rows,
                source,
                verified,
                note,
                version);
    }

    /** The set typed, or a 400 naming each field that is not a number or date. */
    CostParameters toParameters() {
        List<FieldError> errors = new ArrayList<>();
        Model m = null;
        try {
            m = Model.valueOf(model == null ? "" : model.strip());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("model", "economy.error.model", String.valueOf(model)));
        }
        LocalDate from = null;
        if (isBlank(validFrom)) {
            errors.add(FieldError.of("validFrom", "economy.error.required"));
        } else {
            try {
                from = LocalDate.parse(validFrom.strip());
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("validFrom", "economy.error.date-format", validFrom));
            }
        }
        BigDecimal amount = decimal(errors, "dailyAmount", dailyAmount);
        BigDecimal week = decimal(errors, "paidDaysPerWeek", paidDaysPerWeek);
        BigDecimal month = decimal(errors, "paidDaysPerMonth", paidDaysPerMonth);
        List<Band> parsed = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            Row row = bands.get(i);
            if (row.blank()) {
                continue;
            }
            String at = "bands[" + i + "].";
            Integer fromDay = integer(errors, at + "fromDay", row.fromDay(), true);
            Integer toDay = integer(errors, at + "toDay", row.toDay(), false);
            BigDecimal share = decimal(errors, at + "sharePercent", row.sharePercent());
            if (fromDay != null && share != null) {
                parsed.add(new Band(fromDay, toDay, share));
            }
        }
        Integer v = null;
        if (!isBlank(version)) {
            v = integer(errors, "version", version, true);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CostParameters(
                null, m, from, amount, week, month, parsed, source, verified, note, v == null ? -1 : v);
    }

    /**
     * A service error on {@code bands[k]} (k-th non-blank row) renamed to the row as shown; other
     * errors as they are.
     */
    FieldError toShown(FieldError error) {
        Matcher m = BAND_FIELD.matcher(error.field());
        if (!m.matches()) {
            return error;
        }
        List<Integer> shown = shownRows();
        int k = Integer.parseInt(m.group(1));
        int row = k < shown.size() ? shown.get(k) : k;
        return new FieldError("bands[" + row + "]." + m.group(2), error.messageKey(), error.arguments());
    }

    /** Indexes of the non-blank rows, in order (for mapping service errors back to rows). */
    List<Integer> shownRows() {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            if (!bands.get(i).blank()) {
                shown.add(i);
            }
        }
        return shown;
    }

    /** The id of the input of a field: {@code bands[2].fromDay} is {@code bands-2-fromDay}. */
    static String inputId(String field) {
        return field.replace("[", "-").replace("].", "-").replace(".", "-");
    }

    private static BigDecimal decimal(List<FieldError> errors, String field, String text) {
        if (isBlank(text)) {
            errors.add(FieldError.of(field, "economy.error.required"));
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, "economy.error.not-a-number", text));
            return null;
        }
    }

    private static Integer integer(List<FieldError> errors, String field, String text, boolean required) {
        if (isBlank(text)) {
            if (required) {
                errors.add(FieldError.of(field, "economy.error.required"));
            }
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, "economy.error.not-a-whole-number", text));
            return null;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
