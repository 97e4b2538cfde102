package fi.livskraft.economy;

import fi.livskraft.common.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a parameter set must follow before it is stored; each broken rule is a field error
 * naming the field ({@code bands[2].fromDay}) and why.
 *
 * <ul>
 *   <li>model, valid-from date and legal source are given;
 *   <li>daily amount over 0 and under 1000 euros, at most 2 decimals;
 *   <li>paid days per week over 0 and at most 7; per month over 0 and at most 31; at most 2 decimals;
 *   <li>at least one band; the first starts at day 1; each next band starts the day after the previous
 *       ends (no gap, no overlap); every band but the last ends, at or after its start; the last is
 *       open-ended; shares 0-100 % with at most 2 decimals.
 * </ul>
 */
final class ParameterRules {

    static final BigDecimal MAX_DAILY_AMOUNT = new BigDecimal("1000");

    private ParameterRules() {}

    static List<FieldError> check(CostParameters p) {
        List<FieldError> errors = new ArrayList<>();
        if (p.source().isBlank()) {
            errors.add(FieldError.of("source", "economy.error.source-required"));
        }
        BigDecimal amount = p.dailyAmount();
        if (amount.signum() <= 0 || amount.compareTo(MAX_DAILY_AMOUNT) >= 0) {
            errors.add(FieldError.of("dailyAmount", "economy.error.daily-amount-range"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of("dailyAmount", "economy.error.two-decimals"));
        }
        checkDays(errors, "paidDaysPerWeek", p.paidDaysPerWeek(), 7);
        checkDays(errors, "paidDaysPerMonth", p.paidDaysPerMonth(), 31);
        checkBands(errors, p.bands());
        return errors;
    }

    private static void checkDays(List<FieldError> errors, String field, BigDecimal value, int max) {
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(FieldError.of(field, "economy.error.days-range", max));
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of(field, "economy.error.two-decimals"));
        }
    }

    static void checkBands(List<FieldError> errors, List<Band> bands) {
        if (bands.isEmpty()) {
            errors.add(FieldError.of("bands", "economy.error.bands-empty"));
            return;
        }
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            String at = "bands[" + i + "].";
            boolean last = i == bands.size() - 1;
            if (i == 0 && band.fromDay() != 1) {
                errors.add(FieldError.of(at + "fromDay", "economy.error.band-first-day", band.fromDay()));
            }
            if (i > 0) {
                Integer previousEnd = bands.get(i - 1).toDay();
                if (previousEnd != null && band.fromDay() > previousEnd + 1) {
                    errors.add(FieldError.of(
                            at + "fromDay", "economy.error.band-gap", band.fromDay(), previousEnd, previousEnd + 1));
                } else if (previousEnd != null && band.fromDay() <= previousEnd) {
                    errors.add(FieldError.of(
                            at + "fromDay",
                            "economy.error.band-overlap",
                            band.fromDay(),
                            previousEnd,
                            previousEnd + 1));
                }
            }
            if (band.toDay() == null && !last) {
                errors.add(FieldError.of(at + "toDay", "economy.error.band-open-not-last"));
            } else if (band.toDay() != null && last) {
                errors.add(FieldError.of(at + "toDay", "economy.error.band-last-open"));
            }
            if (band.toDay() != null && band.toDay() < band.fromDay()) {
                errors.add(FieldError.of(
                        at + "toDay", "economy.error.band-ends-before-start", band.toDay(), band.fromDay()));
            }
            BigDecimal share = band.sharePercent();
            if (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.add(FieldError.of(at + "sharePercent", "economy.error.share-range"));
            } else if (share.stripTrailingZeros().scale() > 2) {
                errors.add(FieldError.of(at + "sharePercent", "economy.error.two-decimals"));
            }
        }
    }
}
