package fi.livskraft.economy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A dated parameter set of one model: in force from {@code validFrom} until the next set of the
 * same model starts. Every value carries the legal source of the set and whether it has been
 * verified against the statute. The structural rules (bands from day 1, contiguous, only the last
 * open-ended, shares 0-100) are checked by {@link ParameterRules} when a set is stored; the
 * calculations assume a stored set.
 *
 * @param id database id, null before it is stored
 * @param dailyAmount basic daily amount in euros (2 decimals)
 * @param paidDaysPerWeek at most this many paid days a week (5)
 * @param paidDaysPerMonth paid days in an average month (21.5), used for the cost of one more month
 * @param version optimistic-locking version
 */
public record CostParameters(
        Long id,
        Model model,
        LocalDate validFrom,
        BigDecimal dailyAmount,
        BigDecimal paidDaysPerWeek,
        BigDecimal paidDaysPerMonth,
        List<Band> bands,
        String source,
        boolean verified,
        String note,
        int version) {

    public CostParameters {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(dailyAmount, "dailyAmount");
        Objects.requireNonNull(paidDaysPerWeek, "paidDaysPerWeek");
        Objects.requireNonNull(paidDaysPerMonth, "paidDaysPerMonth");
        bands = List.copyOf(bands);
        source = source == null ? "" : source;
        note = note == null ? "" : note;
    }

    /** The band a paid day (1-based) falls in. */
    public Band bandOf(long day) {
        return bands.stream()
                .filter(b -> b.contains(day))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no band covers day " + day + " in " + model));
    }
}
