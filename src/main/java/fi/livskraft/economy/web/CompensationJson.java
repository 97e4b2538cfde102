package fi.livskraft.economy.web;

import fi.livskraft.economy.Compensation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/** The state-share compensation of a municipality and year. */
@Schema(name = "EconomyCompensation")
record CompensationJson(
        String municipalityCode,
        int year,
        BigDecimal amountEur,
        String source,
        String enteredBy,
        Instant enteredAt,
        int version) {

    static CompensationJson from(Compensation c) {
        return new CompensationJson(
                c.municipalityCode(), c.year(), c.amountEur(), c.source(), c.enteredBy(), c.enteredAt(), c.version());
    }

    /** What the coordinator sends: the amount, its source, and the version when correcting. */
    @Schema(name = "EconomyCompensationEdit")
    record Edit(
            @Schema(example = "1250000.00") BigDecimal amountEur,

            @Schema(example = "Valtiovarainministeriö, peruspalvelujen valtionosuus 2025; verify")
            String source,

            @Schema(description = "the version read; omit when entering a new year", nullable = true)
            Integer version) {}
}
