package fi.livskraft.education;

/**
 * Which facts to read; a null field means any. {@code provider} is a provider code (business ID),
 * {@code year} the statistical year (supply) or graduation cohort (outcomes).
 */
public record FactFilter(String provider, String qualification, Integer year, String language) {

    public static final FactFilter ALL = new FactFilter(null, null, null, null);

    public FactFilter {
        provider = blankToNull(provider);
        qualification = blankToNull(qualification);
        language = blankToNull(language);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
