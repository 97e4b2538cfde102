package fi.livskraft.insight;

import java.math.BigDecimal;
import java.util.Objects;

/** Open vacancies and unemployed jobseekers of one occupation in one month (null = missing in the source). */
public record MonthlyCell(String iscoCode, String period, BigDecimal vacancies, BigDecimal unemployed) {

    public MonthlyCell {
        Objects.requireNonNull(iscoCode, "iscoCode");
        Objects.requireNonNull(period, "period");
    }
}
