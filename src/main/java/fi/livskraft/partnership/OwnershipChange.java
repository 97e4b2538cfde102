package fi.livskraft.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A new ownership set for a provider, taking effect on {@code validFrom}, with the provider version
 * read (optimistic locking). Shares are percentages and must sum to exactly 100.
 */
public record OwnershipChange(int version, LocalDate validFrom, List<Share> owners) {

    /** One owner (municipality code or business ID) and its share in percent (null when not given). */
    public record Share(String code, BigDecimal share) {
        public Share {
            code = code == null ? "" : code.strip();
        }
    }

    public OwnershipChange {
        owners = owners == null ? List.of() : List.copyOf(owners);
    }
}
