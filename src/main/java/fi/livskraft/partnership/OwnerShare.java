package fi.livskraft.partnership;

import fi.livskraft.common.Names;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One owner's share (in percent) of a provider, valid from a date until a date (exclusive, or open). */
public record OwnerShare(
        String code,
        OwnerKind kind,
        Names names,
        BigDecimal share,
        LocalDate validFrom,
        LocalDate validTo,
        boolean demo) {}
