package fi.livskraft.insight;

/**
 * Graduates of one cohort and where they were one year after graduation (null = missing in the
 * source). Employed, further studies, unemployed and other are shares of the graduates.
 */
public record OutcomeCounts(
        Integer graduates, Integer employed, Integer furtherStudies, Integer unemployed, Integer other) {

    public static final OutcomeCounts NONE = new OutcomeCounts(null, null, null, null, null);

    /** Adds two sets of counts (a missing count stays missing only when it is missing on both sides). */
    public OutcomeCounts plus(OutcomeCounts o) {
        return new OutcomeCounts(
                add(graduates, o.graduates),
                add(employed, o.employed),
                add(furtherStudies, o.furtherStudies),
                add(unemployed, o.unemployed),
                add(other, o.other));
    }

    private static Integer add(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + b;
    }
}
