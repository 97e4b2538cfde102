package fi.livskraft.economy;

import java.math.BigDecimal;
import java.util.List;

/**
 * The cost of many persons: {@code municipalCost} is the sum of the persons' totals, each rounded
 * half up to the cent first; {@code byBand} lists every band of the parameters with the summed days
 * and exact (unrounded) cost, so the band costs may differ from {@code municipalCost} by the
 * persons' rounding (at most half a cent a person).
 */
public record CostResult(
        CostParameters parameters, BigDecimal municipalCost, List<BandCost> byBand, List<PersonCost> persons) {

    public CostResult {
        byBand = List.copyOf(byBand);
        persons = List.copyOf(persons);
    }
}
