package fi.livskraft.economy;

import java.math.BigDecimal;
import java.util.List;

/**
 * The municipality's cost of paying one person {@code paidDays} more days after {@code
 * accumulatedDays} paid days so far: the bands touched (exact) and the total, exact and rounded
 * half up to the cent ({@code cost}; only this total is rounded).
 */
public record PersonCost(
        BigDecimal accumulatedDays, BigDecimal paidDays, List<BandCost> byBand, BigDecimal exactCost, BigDecimal cost) {

    public PersonCost {
        byBand = List.copyOf(byBand);
    }
}
