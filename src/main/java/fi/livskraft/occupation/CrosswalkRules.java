package fi.livskraft.occupation;

import fi.livskraft.common.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a qualification's crosswalk rows: each names a known ISCO-08 unit group once, has a
 * weight above 0 and at most 1 with at most four decimals, a confidence and a source, and the
 * weights together are at most 1. Fields are named {@code rows[i].field}; the sum is {@code weights}.
 */
final class CrosswalkRules {

    static final BigDecimal MAX_TOTAL = BigDecimal.ONE;

    private CrosswalkRules() {}

    static List<FieldError> check(List<CrosswalkEntry> rows, Set<String> unitGroups) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            CrosswalkEntry row = rows.get(i);
            String at = "rows[" + i + "].";
            if (row.iscoCode().isEmpty()) {
                errors.add(FieldError.of(at + "iscoCode", "occupation.crosswalk.error.isco-required"));
            } else if (!unitGroups.contains(row.iscoCode())) {
                errors.add(FieldError.of(at + "iscoCode", "occupation.crosswalk.error.isco-unknown", row.iscoCode()));
            } else if (!seen.add(row.iscoCode())) {
                errors.add(FieldError.of(at + "iscoCode", "occupation.crosswalk.error.isco-twice", row.iscoCode()));
            }
            if (row.weight() == null) {
                errors.add(FieldError.of(at + "weight", "occupation.crosswalk.error.weight-required"));
            } else if (row.weight().signum() <= 0 || row.weight().compareTo(BigDecimal.ONE) > 0) {
                errors.add(FieldError.of(
                        at + "weight",
                        "occupation.crosswalk.error.weight-range",
                        row.weight().toPlainString()));
            } else if (row.weight().stripTrailingZeros().scale() > 4) {
                errors.add(FieldError.of(
                        at + "weight",
                        "occupation.crosswalk.error.weight-decimals",
                        row.weight().toPlainString()));
            } else {
                total = total.add(row.weight());
            }
            if (row.confidence() == null) {
                errors.add(FieldError.of(at + "confidence", "occupation.crosswalk.error.confidence-required"));
            }
            if (row.source().isEmpty()) {
                errors.add(FieldError.of(at + "source", "occupation.crosswalk.error.source-required"));
            }
        }
        if (total.compareTo(MAX_TOTAL) > 0) {
            errors.add(FieldError.of("weights", "occupation.crosswalk.error.weights-sum", total.toPlainString()));
        }
        return errors;
    }
}
