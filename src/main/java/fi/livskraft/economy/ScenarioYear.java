package fi.livskraft.economy;

import java.math.BigDecimal;
import java.util.List;

/**
 * One year of a provision scenario. People counts have 2 decimals (rounded half up), money 2
 * decimals (rounded half up to the cent); avoided days by band are exact (persons x days).
 *
 * @param year 1 .. horizon
 * @param calendarYear startYear + year - 1
 * @param studentsInEducation students of the extra intake in education this year
 * @param graduates graduating at the end of this year
 * @param employedGraduates graduates employed this year (from the year after graduation)
 * @param avoidedPersons persons whose unemployment is avoided this year
 * @param avoidedDaysByBand avoided paid days by band (all persons), with the exact cost avoided
 * @param avoidedDays all avoided paid days
 * @param saving the municipality's AN2024 cost avoided
 * @param educationCost students x unit price
 * @param net saving - educationCost
 * @param cumulativeNet sum of net over years 1 .. year
 */
public record ScenarioYear(
        int year,
        int calendarYear,
        BigDecimal studentsInEducation,
        BigDecimal graduates,
        BigDecimal employedGraduates,
        BigDecimal avoidedPersons,
        List<BandCost> avoidedDaysByBand,
        BigDecimal avoidedDays,
        BigDecimal saving,
        BigDecimal educationCost,
        BigDecimal net,
        BigDecimal cumulativeNet) {

    public ScenarioYear {
        avoidedDaysByBand = List.copyOf(avoidedDaysByBand);
    }
}
