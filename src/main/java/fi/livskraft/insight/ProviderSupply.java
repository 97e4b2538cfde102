package fi.livskraft.insight;

/** One supply row: provider x qualification x year x language of instruction (null = missing in the source). */
public record ProviderSupply(
        Long providerId,
        String providerName,
        String providerSlug,
        String qualificationCode,
        String language,
        int year,
        Integer startPlaces,
        Integer newStudents,
        Integer students,
        Integer graduates,
        String regionCode) {}
