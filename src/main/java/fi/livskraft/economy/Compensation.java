package fi.livskraft.economy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The state-share compensation of AN2024 for a municipality and year (euros), as entered by the
 * coordinator with its source.
 */
public record Compensation(
        String municipalityCode,
        int year,
        BigDecimal amountEur,
        String source,
        String enteredBy,
        Instant enteredAt,
        int version) {

    public Compensation {
        Objects.requireNonNull(municipalityCode);
        Objects.requireNonNull(amountEur);
        Objects.requireNonNull(source);
    }
}
