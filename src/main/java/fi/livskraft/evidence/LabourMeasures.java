package fi.livskraft.evidence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The measures of {@code labour_market_fact} and the StatFin employment-service ("Tiedot") codes
 * that carry them.
 */
final class LabourMeasures {

    static final Set<String> MEASURES =
            Set.of("UNEMPLOYED_JOBSEEKERS", "OPEN_VACANCIES", "LABOUR_FORCE", "EMPLOYED", "NEW_VACANCIES");

    /** StatFin employment-service statistics code -> measure. */
    static final Map<String, String> STATFIN_CODES = Map.of(
            "TYOTTOMATLOPUSSA", "UNEMPLOYED_JOBSEEKERS",
            "AVPAIKATLOPUSSA", "OPEN_VACANCIES",
            "TYOVOIMATK", "LABOUR_FORCE");

    static final Pattern MONTH = Pattern.compile("\\d{4}M(0[1-9]|1[0-2])");

    /** The duration classes of labour_market_fact.duration_class ('ALL' = any duration). */
    static final List<String> DURATION_CLASSES = List.of("LT3M", "3-6M", "6-12M", "12-24M", "GE24M");

    private LabourMeasures() {}

    static Optional<String> measureOfStatFinCode(String code) {
        return Optional.ofNullable(STATFIN_CODES.get(code));
    }
}
