package fi.livskraft.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One ownership set of a provider and the period it was (or is, or will be) in effect. */
public record OwnershipPeriod(LocalDate validFrom, LocalDate validTo, List<OwnerShare> owners) {

    public OwnershipPeriod {
        owners = List.copyOf(owners);
    }

    public BigDecimal total() {
        return owners.stream().map(OwnerShare::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether the set is in effect on the day. */
    public boolean inEffectOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }
}
