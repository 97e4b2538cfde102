package fi.livskraft.economy.web;

import fi.livskraft.economy.BenefitType;
import fi.livskraft.economy.CostParameters;
import fi.livskraft.economy.Model;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A dated parameter set with its legal source. */
@Schema(name = "EconomyConfiguration")
record ConfigJson(
        Long id,
        Model model,
        LocalDate validFrom,

        @Schema(nullable = true, description = "the day before the next set of the model starts; null while none")
        LocalDate validUntil,

        @Schema(example = "37.21") BigDecimal dailyAmount,
        @Schema(example = "5") BigDecimal paidDaysPerWeek,
        @Schema(example = "21.5") BigDecimal paidDaysPerMonth,
        List<BandJson> bands,
        String source,

        @Schema(description = "false: best reading of the statute, still to verify")
        boolean verified,

        String note,
        int version,

        @Schema(
                nullable = true,
                description = "GET /config only: the benefit types counted on the date asked, each with its"
                        + " daily amount and whether the municipal share in these bands is confirmed"
                        + " (false: an assumption)")
        List<BenefitTypeJson> benefitTypes) {

    /** A benefit type in force on the date asked. */
    @Schema(name = "BenefitType")
    record BenefitTypeJson(
            String code,
            LocalDate validFrom,
            @Schema(nullable = true) LocalDate validTo,
            BigDecimal dailyAmount,
            boolean shareConfirmed,
            String source) {

        static BenefitTypeJson from(BenefitType b) {
            return new BenefitTypeJson(
                    b.code(), b.validFrom(), b.validTo(), b.dailyAmount(), b.shareConfirmed(), b.source());
        }
    }

    ConfigJson withBenefitTypes(List<BenefitType> types) {
        return new ConfigJson(
                id,
                model,
                validFrom,
                validUntil,
                dailyAmount,
                paidDaysPerWeek,
                paidDaysPerMonth,
                bands,
                source,
                verified,
                note,
                version,
                types.stream().map(BenefitTypeJson::from).toList());
    }

    static ConfigJson from(CostParameters p, LocalDate nextStart) {
        return new ConfigJson(
                p.id(),
                p.model(),
                p.validFrom(),
                nextStart == null ? null : nextStart.minusDays(1),
                p.dailyAmount(),
                p.paidDaysPerWeek(),
                p.paidDaysPerMonth(),
                p.bands().stream().map(BandJson::from).toList(),
                p.source(),
                p.verified(),
                p.note(),
                p.version(),
                null);
    }
}
