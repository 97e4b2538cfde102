package fi.livskraft.economypages;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.economy.ScenarioInputs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The calculator's form as typed: shares in percent, a decimal comma or point, spaces as thousands
 * separators. {@link #toInputs} checks every field and names the ones it refuses.
 */
record ScenarioForm(
        String title,
        String qualificationCode,
        String area,
        String extraStartPlaces,
        String startYear,
        String studyYears,
        String completionPercent,
        String employedPercent,
        String counterfactualPercent,
        String avoidedDaysPerYear,
        String startAccumulatedDays,
        String unitPrice,
        String horizonYears) {

    /** The fields in the order of the form. */
    static final List<String> FIELDS = List.of(
            "qualificationCode",
            "area",
            "extraStartPlaces",
            "startYear",
            "studyYears",
            "completionPercent",
            "employedPercent",
            "counterfactualPercent",
            "avoidedDaysPerYear",
            "startAccumulatedDays",
            "unitPrice",
            "horizonYears");

    static ScenarioForm of(ScenarioInputs in, String title) {
        return new ScenarioForm(
                title,
                in.qualificationCode(),
                in.area(),
                String.valueOf(in.extraStartPlaces()),
                String.valueOf(in.startYear()),
                String.valueOf(in.studyYears()),
                percent(in.completionRate()),
                percent(in.employedShare()),
                percent(in.counterfactualUnemployedShare()),
                String.valueOf(in.avoidedDaysPerYear()),
                String.valueOf(in.startAccumulatedDays()),
                in.unitPricePerStudentYear().stripTrailingZeros().toPlainString(),
                String.valueOf(in.horizonYears()));
    }

    /** The values as a map by field name, for the form template. */
    public Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("qualificationCode", qualificationCode);
        v.put("area", area);
        v.put("extraStartPlaces", extraStartPlaces);
        v.put("startYear", startYear);
        v.put("studyYears", studyYears);
        v.put("completionPercent", completionPercent);
        v.put("employedPercent", employedPercent);
        v.put("counterfactualPercent", counterfactualPercent);
        v.put("avoidedDaysPerYear", avoidedDaysPerYear);
        v.put("startAccumulatedDays", startAccumulatedDays);
        v.put("unitPrice", unitPrice);
        v.put("horizonYears", horizonYears);
        return v;
    }

    /**
     * The inputs, or {@link InvalidInputException} naming every refused field. {@code knownQualification}
     * and {@code knownArea} say whether a code exists.
     */
    ScenarioInputs toInputs(Predicate<String> knownQualification, Predicate<String> knownArea) {
        List<FieldError> errors = new ArrayList<>();
        String q = strip(qualificationCode);
        if (!q.matches("\\d{6}")) {
            errors.add(FieldError.of("qualificationCode", "economypages.scenario.error.qualification-format"));
        } else if (!knownQualification.test(q)) {
            errors.add(FieldError.of("qualificationCode", "economypages.scenario.error.qualification-unknown", q));
        }
        String a = strip(area);
        if (a.isEmpty() || !knownArea.test(a)) {
            errors.add(FieldError.of("area", "economypages.scenario.error.area-unknown", a));
        }
        Integer places = whole("extraStartPlaces", extraStartPlaces, 1, 10_000, errors);
        Integer start = whole("startYear", startYear, 2025, 2100, errors);
        Integer study = whole("studyYears", studyYears, 1, 6, errors);
        BigDecimal completion = share("completionPercent", completionPercent, errors);
        BigDecimal employed = share("employedPercent", employedPercent, errors);
        BigDecimal counterfactual = share("counterfactualPercent", counterfactualPercent, errors);
        Integer days = whole("avoidedDaysPerYear", avoidedDaysPerYear, 0, 260, errors);
        Integer a0 = whole("startAccumulatedDays", startAccumulatedDays, 0, 5000, errors);
        BigDecimal price = decimal("unitPrice", unitPrice, BigDecimal.ZERO, new BigDecimal("1000000"), errors);
        Integer horizon = whole("horizonYears", horizonYears, 1, 20, errors);
        if (study != null && horizon != null && horizon < study) {
            errors.add(FieldError.of("horizonYears", "economypages.scenario.error.horizon-short", study));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ScenarioInputs(
                q,
                a,
                places,
                start,
                study,
                completion,
                employed,
                counterfactual,
                days,
                a0,
                price.setScale(2, RoundingMode.HALF_UP),
                horizon);
    }

    private static Integer whole(String field, String raw, int min, int max, List<FieldError> errors) {
        String v = compact(raw);
        if (v.isEmpty()) {
            errors.add(FieldError.of(field, "economypages.scenario.error.required"));
            return null;
        }
        if (!v.matches("-?\\d{1,9}")) {
            errors.add(FieldError.of(field, "economypages.scenario.error.whole-number", raw.strip()));
            return null;
        }
        int value = Integer.parseInt(v);
        if (value < min || value > max) {
            errors.add(FieldError.of(field, "economypages.scenario.error.range", min, max));
            return null;
        }
        return value;
    }

    private static BigDecimal share(String field, String raw, List<FieldError> errors) {
        BigDecimal percent = decimal(field, raw, BigDecimal.ZERO, new BigDecimal("100"), errors);
        return percent == null
                ? null
                : percent.movePointLeft(2).stripTrailingZeros().max(BigDecimal.ZERO);
    }

    private static BigDecimal decimal(
            String field, String raw, BigDecimal min, BigDecimal max, List<FieldError> errors) {
        String v = compact(raw).replace(',', '.');
        if (v.isEmpty()) {
            errors.add(FieldError.of(field, "economypages.scenario.error.required"));
            return null;
        }
        if (!v.matches("-?\\d{1,9}(\\.\\d{1,4})?")) {
            errors.add(FieldError.of(field, "economypages.scenario.error.number", raw.strip()));
            return null;
        }
        BigDecimal value = new BigDecimal(v);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            errors.add(FieldError.of(
                    field, "economypages.scenario.error.range", min.toPlainString(), max.toPlainString()));
            return null;
        }
        return value;
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String compact(String value) {
        return strip(value).replace(" ", "").replace("\u00A0", "");
    }
}
