package fi.livskraft.economy.web;

import fi.livskraft.economy.BandCost;
import fi.livskraft.economy.CostResult;
import fi.livskraft.economy.Model;
import fi.livskraft.economy.MunicipalCost;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The municipality's cost of the persons, by band and by person, with the rounding rule. */
@Schema(name = "EconomyCost")
record CostResponseJson(
        @Schema(description = "sum of the persons' costs, each rounded half up to the cent")
        BigDecimal municipalCost,

        @Schema(description = "every band with the summed days and exact (unrounded) cost")
        List<BandCostJson> byBand,

        List<PersonCostJson> persons,
        String rounding,
        Model model,
        LocalDate validFrom,
        BigDecimal dailyAmount,
        String source,
        boolean verified) {

    @Schema(name = "EconomyBandCost")
    record BandCostJson(int fromDay, Integer toDay, BigDecimal sharePercent, BigDecimal days, BigDecimal cost) {

        static BandCostJson from(BandCost b) {
            return new BandCostJson(b.fromDay(), b.toDay(), b.sharePercent(), b.days(), b.cost());
        }
    }

    @Schema(name = "EconomyPersonCost")
    record PersonCostJson(BigDecimal accumulatedDays, BigDecimal paidDays, BigDecimal cost) {}

    static CostResponseJson from(CostResult result) {
        var p = result.parameters();
        return new CostResponseJson(
                result.municipalCost(),
                result.byBand().stream().map(BandCostJson::from).toList(),
                result.persons().stream()
                        .map(c -> new PersonCostJson(c.accumulatedDays(), c.paidDays(), c.cost()))
                        .toList(),
                MunicipalCost.ROUNDING_RULE,
                p.model(),
                p.validFrom(),
                p.dailyAmount(),
                p.source(),
                p.verified());
    }
}
