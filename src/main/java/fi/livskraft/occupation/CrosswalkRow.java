package fi.livskraft.occupation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of the qualification -> occupation crosswalk: the share ({@code weight}, 0-1) of the
 * qualification's graduates expected to work in an ISCO-08 unit group, where the row came from and
 * how sure it is. Current while {@code validTo} is null; {@code changedBy} opened it,
 * {@code closedBy} closed it.
 */
public record CrosswalkRow(
        long id,
        String qualificationCode,
        String iscoCode,
        BigDecimal weight,
        String source,
        Confidence confidence,
        String note,
        Instant validFrom,
        Instant validTo,
        String changedBy,
        String closedBy,
        int version) {

    public boolean current() {
        return validTo == null;
    }
}
