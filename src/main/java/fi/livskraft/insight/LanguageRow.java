package fi.livskraft.insight;

import java.math.BigDecimal;
import java.util.List;

/**
 * Needs against supply of one occupation in one group of municipalities (a language status or a
 * region), for Swedish and for Finnish. {@code needIds} are the needs behind the figures (shown only
 * to those who may see them).
 */
record LanguageRow(String group, String iscoCode, Side sv, Side fi, List<Long> needIds, boolean demo) {

    LanguageRow {
        needIds = List.copyOf(needIds);
    }

    /**
     * One language: persons needed in confirmed needs that require it; graduates and start places
     * taught in it, each x crosswalk weight; difference = needed - weighted graduates (positive: the
     * needs exceed a year's graduates). {@code graduateCount} is the unweighted count behind the
     * weighted graduates. A null figure is suppressed (or has no input).
     */
    record Side(
            BigDecimal needed,
            BigDecimal graduates,
            Integer graduateCount,
            BigDecimal startPlaces,
            BigDecimal difference) {

        Side suppressed(Suppression s) {
            boolean hideNeeded = s.hides(needed);
            boolean hideGraduates = s.hides(graduateCount);
            if (!hideNeeded && !hideGraduates) {
                return this;
            }
            return new Side(
                    hideNeeded ? null : needed,
                    hideGraduates ? null : graduates,
                    hideGraduates ? null : graduateCount,
                    startPlaces,
                    null);
        }
    }

    LanguageRow suppressed(Suppression s) {
        return new LanguageRow(group, iscoCode, sv.suppressed(s), fi.suppressed(s), needIds, demo);
    }
}
