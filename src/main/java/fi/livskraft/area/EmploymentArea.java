package fi.livskraft.area;

import fi.livskraft.common.Names;
import java.util.List;
import java.util.Objects;

/**
 * An employment area of 2025 (työllisyysalue / sysselsättningsområde): its member municipalities, the
 * lead municipality (vastuukunta), where the row came from, and its version for optimistic locking.
 */
public record EmploymentArea(
        String id,
        Names names,
        String leadMunicipalityCode,
        List<String> municipalityCodes,
        String sourceNote,
        int version) {

    public EmploymentArea {
        Objects.requireNonNull(id);
        Objects.requireNonNull(names);
        municipalityCodes = List.copyOf(municipalityCodes);
        sourceNote = sourceNote == null ? "" : sourceNote;
    }

    /** The row was confirmed from a named source (otherwise it is a best reading to verify). */
    public boolean verified() {
        return sourceNote.startsWith("verified");
    }

    public boolean hasMember(String municipalityCode) {
        return municipalityCodes.contains(municipalityCode);
    }
}
