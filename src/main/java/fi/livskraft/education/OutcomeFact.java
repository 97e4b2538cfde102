package fi.livskraft.education;

/**
 * Where the graduates of a cohort were one year after graduation: per provider ({@code
 * providerCode} set) or per area ({@code providerCode} null; {@code areaCode} SSS = whole country,
 * MKnn = region). Language {@code all} = every language of instruction. Null = not published.
 */
public record OutcomeFact(
        long sourceId,
        String providerCode,
        Long providerId,
        String areaCode,
        String qualificationCode,
        int cohortYear,
        String language,
        Integer graduates,
        Integer employed,
        Integer furtherStudies,
        Integer unemployed,
        Integer other) {

    public boolean perProvider() {
        return providerCode != null;
    }
}
