package fi.livskraft.education;

/**
 * Vocational supply of one provider, qualification, year and language of instruction, as one
 * source published it. A null count was not published (never read it as zero). {@code providerId}
 * is the registry's provider when the source's provider code (business ID) matched one.
 */
public record SupplyFact(
        long sourceId,
        String providerCode,
        Long providerId,
        String providerName,
        String qualificationCode,
        int year,
        String language,
        Integer startPlaces,
        Integer newStudents,
        Integer students,
        Integer graduates) {}
