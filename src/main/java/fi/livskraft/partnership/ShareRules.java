package fi.livskraft.partnership;

import fi.livskraft.common.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules an ownership set must meet on its own, before any owner is looked up: at least one
 * owner, no owner twice, every share above 0 and at most 100 with at most four decimals, and the
 * shares summing to exactly 100 (no rounding: 99.99 and 100.01 are both refused).
 */
final class ShareRules {

    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final int MAX_DECIMALS = 4;

    private ShareRules() {}

    static List<FieldError> check(OwnershipChange change) {
        List<FieldError> errors = new ArrayList<>();
        if (change.validFrom() == null) {
            errors.add(FieldError.of("validFrom", "partnership.error.required"));
        }
        List<OwnershipChange.Share> owners = change.owners();
        if (owners.isEmpty()) {
            errors.add(FieldError.of("owners", "partnership.error.owners-required"));
            return errors;
        }
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < owners.size(); i++) {
            OwnershipChange.Share row = owners.get(i);
            String prefix = "owners[" + i + "].";
            if (row.code().isEmpty()) {
                errors.add(FieldError.of(prefix + "code", "partnership.error.required"));
            } else if (!seen.add(row.code())) {
                errors.add(FieldError.of(prefix + "code", "partnership.error.owner-twice", row.code()));
            }
            BigDecimal share = row.share();
            if (share == null) {
                errors.add(FieldError.of(prefix + "share", "partnership.error.share-number"));
                continue;
            }
            if (share.signum() <= 0) {
                errors.add(FieldError.of(prefix + "share", "partnership.error.share-positive"));
            } else if (share.compareTo(HUNDRED) > 0) {
                errors.add(FieldError.of(prefix + "share", "partnership.error.share-max"));
            } else if (share.stripTrailingZeros().scale() > MAX_DECIMALS) {
                errors.add(FieldError.of(prefix + "share", "partnership.error.share-decimals", MAX_DECIMALS));
            }
            sum = sum.add(share);
        }
        if (sum.compareTo(HUNDRED) != 0) {
            errors.add(FieldError.of("owners", "partnership.error.shares-sum", plain(sum)));
        }
        return errors;
    }

    /** A date rule against the latest set: the new set may not start before it. */
    static List<FieldError> checkStart(LocalDate validFrom, LocalDate latestFrom) {
        if (validFrom != null && latestFrom != null && validFrom.isBefore(latestFrom)) {
            return List.of(FieldError.of("validFrom", "partnership.error.valid-from-before", latestFrom.toString()));
        }
        return List.of();
    }

    /** A share as people write it: no exponent, no trailing zeros ({@code 100}, {@code 12.5}). */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
