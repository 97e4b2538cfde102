package fi.livskraft.economypages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One cell of Kela's statistics on municipally co-financed unemployment benefits: in a month, in an
 * employment area ({@code areaId} null for the whole country), for a benefit and an accumulated
 * paid-day class, the recipients, the paid days and the euros paid.
 */
record KelaFact(
        LocalDate month,
        String areaId,
        KelaBenefit benefit,
        DayClass dayClass,
        int recipients,
        long paidDays,
        BigDecimal euros) {

    KelaFact {
        Objects.requireNonNull(month);
        Objects.requireNonNull(benefit);
        Objects.requireNonNull(dayClass);
        Objects.requireNonNull(euros);
        if (month.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a month starts on day 1: " + month);
        }
        if (recipients < 0 || paidDays < 0 || euros.signum() < 0) {
            throw new IllegalArgumentException("negative figure in " + month + " " + areaId);
        }
    }

    /** The key of the cell: one value per month, area, benefit and class in a file. */
    String cell() {
        return month + "|" + areaId + "|" + benefit + "|" + dayClass.fromDay();
    }
}
