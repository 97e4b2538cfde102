package fi.livskraft.economy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The assumptions of a provision scenario, every one editable and shown next to the result.
 *
 * @param qualificationCode the qualification Q (6-digit education code)
 * @param area municipality code (3 digits) or employment area id
 * @param extraStartPlaces N: one extra intake of N students in {@code startYear}
 * @param startYear calendar year of year 1
 * @param studyYears years in education; graduation at the end of the last one (default 3, upper
 *     secondary)
 * @param completionRate share of the intake that graduates (default 0.70)
 * @param employedShare share of graduates employed one year after (default 0.75)
 * @param counterfactualUnemployedShare share of the employed graduates who without the education
 *     would be unemployed (default 0.5)
 * @param avoidedDaysPerYear paid unemployment days a year each of them would have had (default 150)
 * @param startAccumulatedDays their accumulated paid days when the avoided unemployment would begin
 *     (default 200: many are long-term unemployed)
 * @param unitPricePerStudentYear cost of one student-year in euros (default 11,000: an assumption)
 * @param horizonYears years computed (default 5)
 */
public record ScenarioInputs(
        String qualificationCode,
        String area,
        int extraStartPlaces,
        int startYear,
        int studyYears,
        BigDecimal completionRate,
        BigDecimal employedShare,
        BigDecimal counterfactualUnemployedShare,
        int avoidedDaysPerYear,
        int startAccumulatedDays,
        BigDecimal unitPricePerStudentYear,
        int horizonYears) {

    public static final int DEFAULT_STUDY_YEARS = 3;
    public static final BigDecimal DEFAULT_COMPLETION_RATE = new BigDecimal("0.70");
    public static final BigDecimal DEFAULT_EMPLOYED_SHARE = new BigDecimal("0.75");
    public static final BigDecimal DEFAULT_COUNTERFACTUAL_SHARE = new BigDecimal("0.50");
    public static final int DEFAULT_AVOIDED_DAYS_PER_YEAR = 150;
    public static final int DEFAULT_START_ACCUMULATED_DAYS = 200;
    public static final BigDecimal DEFAULT_UNIT_PRICE = new BigDecimal("11000.00");
    public static final int DEFAULT_HORIZON_YEARS = 5;

    public ScenarioInputs {
        Objects.requireNonNull(qualificationCode, "qualificationCode");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(completionRate, "completionRate");
        Objects.requireNonNull(employedShare, "employedShare");
        Objects.requireNonNull(counterfactualUnemployedShare, "counterfactualUnemployedShare");
        Objects.requireNonNull(unitPricePerStudentYear, "unitPricePerStudentYear");
    }

    /** The scenario with every assumption at its default. */
    public static ScenarioInputs withDefaults(
            String qualificationCode, String area, int extraStartPlaces, int startYear) {
        return new ScenarioInputs(
                qualificationCode,
                area,
                extraStartPlaces,
                startYear,
                DEFAULT_STUDY_YEARS,
                DEFAULT_COMPLETION_RATE,
                DEFAULT_EMPLOYED_SHARE,
                DEFAULT_COUNTERFACTUAL_SHARE,
                DEFAULT_AVOIDED_DAYS_PER_YEAR,
                DEFAULT_START_ACCUMULATED_DAYS,
                DEFAULT_UNIT_PRICE,
                DEFAULT_HORIZON_YEARS);
    }
}
