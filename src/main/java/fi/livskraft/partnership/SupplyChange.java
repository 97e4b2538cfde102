package fi.livskraft.partnership;

import java.util.List;

/**
 * What provider staff may change about their own provider: the languages of instruction and the
 * qualifications offered, with the version read (optimistic locking).
 */
public record SupplyChange(int version, List<String> languages, List<String> qualificationCodes) {

    public SupplyChange {
        languages = languages == null ? List.of() : List.copyOf(languages);
        qualificationCodes = qualificationCodes == null ? List.of() : List.copyOf(qualificationCodes);
    }
}
