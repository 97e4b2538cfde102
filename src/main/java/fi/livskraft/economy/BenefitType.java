package fi.livskraft.economy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A benefit whose paid days the home municipality co-finances under AN2024, in force from {@code
 * validFrom} to {@code validTo} (inclusive; null while in force). The general support benefit
 * (yleistuki, from 1.5.2026) replaces the labour market subsidy and the basic daily allowance at the
 * same daily amount; {@code shareConfirmed} is false while that the municipal share applies to it in
 * the same bands is an assumption.
 *
 * @param code {@code LABOUR_MARKET_SUBSIDY}, {@code BASIC_DAILY_ALLOWANCE}, {@code
 *     EARNINGS_RELATED_BASIC_PART} or {@code GENERAL_SUPPORT}
 * @param dailyAmount daily amount in euros (2 decimals)
 */
public record BenefitType(
        String code,
        LocalDate validFrom,
        LocalDate validTo,
        BigDecimal dailyAmount,
        boolean shareConfirmed,
        String source) {

    public static final String GENERAL_SUPPORT = "GENERAL_SUPPORT";

    public BenefitType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(dailyAmount, "dailyAmount");
    }

    /** Whether the benefit is in force on a day. */
    public boolean inForce(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Message key of the benefit's name. */
    public String labelKey() {
        return "economy.benefit-type." + code;
    }
}
