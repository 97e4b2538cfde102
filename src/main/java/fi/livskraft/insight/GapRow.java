package fi.livskraft.insight;

import java.math.BigDecimal;
import java.util.List;

/**
 * Supply against demand of one occupation in one area and language, every term kept.
 * demand = vacancies + replacement + confirmed needs; supply = graduate supply + unemployed;
 * gap = demand - supply (positive: more demand than supply). Terms have two decimals (half-up);
 * the totals add the rounded terms, so the row adds up as shown. A null term is suppressed.
 */
public record GapRow(
        int rank,
        String areaCode,
        String iscoCode,
        String language,
        int months,
        BigDecimal vacancies,
        BigDecimal replacement,
        boolean replacementKnown,
        BigDecimal confirmedNeeds,
        boolean confirmedNeedsAvailable,
        BigDecimal demand,
        List<GraduateTerm> graduateTerms,
        BigDecimal graduateSupply,
        BigDecimal unemployed,
        BigDecimal supply,
        BigDecimal gap,
        boolean estimated,
        boolean suppressed) {

    public static final int SCALE = 2;

    public GapRow {
        graduateTerms = List.copyOf(graduateTerms);
    }

    GapRow withRank(int r) {
        return new GapRow(
                r,
                areaCode,
                iscoCode,
                language,
                months,
                vacancies,
                replacement,
                replacementKnown,
                confirmedNeeds,
                confirmedNeedsAvailable,
                demand,
                graduateTerms,
                graduateSupply,
                unemployed,
                supply,
                gap,
                estimated,
                suppressed);
    }

    /**
     * The row as the public sees it: unemployed (an average of person counts) or any graduate count
     * under the threshold hides itself, its contribution, the supply and the gap; confirmed needs of
     * fewer persons than the threshold hide themselves, the demand and the gap.
     */
    GapRow suppressed(Suppression s) {
        boolean hideUnemployed = s.hides(unemployed);
        boolean hideGraduates = graduateTerms.stream().anyMatch(t -> s.hides(t.graduates()));
        boolean hideNeeds = s.hides(confirmedNeeds);
        if (!hideUnemployed && !hideGraduates && !hideNeeds) {
            return this;
        }
        List<GraduateTerm> terms = graduateTerms.stream()
                .map(t -> s.hides(t.graduates())
                        ? new GraduateTerm(
                                t.qualificationCode(),
                                t.language(),
                                null,
                                t.weight(),
                                t.employedShare(),
                                t.shareScope())
                        : t)
                .toList();
        return new GapRow(
                rank,
                areaCode,
                iscoCode,
                language,
                months,
                vacancies,
                replacement,
                replacementKnown,
                hideNeeds ? null : confirmedNeeds,
                confirmedNeedsAvailable,
                hideNeeds ? null : demand,
                terms,
                hideGraduates ? null : graduateSupply,
                hideUnemployed ? null : unemployed,
                hideUnemployed || hideGraduates ? null : supply,
                null,
                estimated,
                true);
    }
}
