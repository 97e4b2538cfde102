package fi.livskraft.insight;

import java.math.BigDecimal;
import java.util.List;

/**
 * Needs open to international recruitment for one occupation in one region: persons (each need's
 * head count split equally across its confirmed occupations), persons by the language the need
 * requires (fi, sv, en, any: the language training recruitment would need), the shortage test of the
 * occupation in the region, and the language-training and short-module offers providers made for
 * these needs. A null count is suppressed.
 */
record RecruitmentRow(
        String regionCode,
        String iscoCode,
        BigDecimal persons,
        ByLanguage byLanguage,
        PersistentShortage shortage,
        int languageOffers,
        int moduleOffers,
        List<String> offeredQualifications,
        List<Long> needIds,
        boolean demo) {

    /** Persons by the language the need requires; null = suppressed. */
    record ByLanguage(BigDecimal fi, BigDecimal sv, BigDecimal en, BigDecimal any) {

        ByLanguage suppressed(Suppression s) {
            return new ByLanguage(s.count(fi), s.count(sv), s.count(en), s.count(any));
        }
    }

    RecruitmentRow {
        offeredQualifications = List.copyOf(offeredQualifications);
        needIds = List.copyOf(needIds);
    }

    public boolean qualifies() {
        return shortage.qualifies();
    }

    RecruitmentRow suppressed(Suppression s) {
        return new RecruitmentRow(
                regionCode,
                iscoCode,
                s.hides(persons) ? null : persons,
                byLanguage.suppressed(s),
                shortage.suppressed(s),
                languageOffers,
                moduleOffers,
                offeredQualifications,
                needIds,
                demo);
    }
}
