package fi.livskraft.insight;

import java.math.BigDecimal;

/**
 * Effectiveness of one provider in one qualification: its graduate outcome rates against the
 * region's and the nation's for the same qualification and cohort, with the differences in
 * percentage points (provider minus comparison; positive employment is better, positive
 * unemployment worse).
 */
public record Effectiveness(
        String qualificationCode,
        int cohortYear,
        OutcomeRates provider,
        OutcomeRates region,
        OutcomeRates nation,
        BigDecimal employmentVsRegion,
        BigDecimal employmentVsNation,
        BigDecimal furtherVsRegion,
        BigDecimal furtherVsNation,
        BigDecimal unemploymentVsRegion,
        BigDecimal unemploymentVsNation) {

    /** Compares the provider's counts with the region's and the nation's, suppressing small cells. */
    public static Effectiveness compare(
            String qualificationCode,
            int cohortYear,
            OutcomeCounts provider,
            OutcomeCounts region,
            OutcomeCounts nation,
            Suppression suppression) {
        OutcomeRates p = OutcomeRates.of(provider, suppression);
        OutcomeRates r = OutcomeRates.of(region, suppression);
        OutcomeRates n = OutcomeRates.of(nation, suppression);
        return new Effectiveness(
                qualificationCode,
                cohortYear,
                p,
                r,
                n,
                OutcomeRates.difference(p.employmentRate(), r.employmentRate()),
                OutcomeRates.difference(p.employmentRate(), n.employmentRate()),
                OutcomeRates.difference(p.furtherStudiesRate(), r.furtherStudiesRate()),
                OutcomeRates.difference(p.furtherStudiesRate(), n.furtherStudiesRate()),
                OutcomeRates.difference(p.unemploymentRate(), r.unemploymentRate()),
                OutcomeRates.difference(p.unemploymentRate(), n.unemploymentRate()));
    }
}
