package fi.livskraft.economy.web;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.economy.Band;
import fi.livskraft.economy.CostParameters;
import fi.livskraft.economy.Model;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A new or corrected parameter set, as sent by the coordinator. */
@Schema(name = "EconomyConfigurationEdit")
record ConfigEditJson(
        @Schema(description = "required for a new set; a correction keeps the model")
        Model model,

        @Schema(example = "2026-01-01") LocalDate validFrom,
        @Schema(example = "37.21") BigDecimal dailyAmount,
        @Schema(example = "5") BigDecimal paidDaysPerWeek,
        @Schema(example = "21.5") BigDecimal paidDaysPerMonth,
        List<BandJson> bands,
        String source,
        Boolean verified,
        String note,

        @Schema(description = "the version the set was read at (corrections only)", example = "0")
        Integer version) {

    /** The set as the domain sees it, or a 400 naming every missing field. */
    CostParameters toParameters(Model fallbackModel) {
        List<FieldError> errors = new ArrayList<>();
        Model m = model == null ? fallbackModel : model;
        require(errors, "model", m);
        require(errors, "validFrom", validFrom);
        require(errors, "dailyAmount", dailyAmount);
        require(errors, "paidDaysPerWeek", paidDaysPerWeek);
        require(errors, "paidDaysPerMonth", paidDaysPerMonth);
        List<Band> parsed = new ArrayList<>();
        if (bands == null) {
            errors.add(FieldError.of("bands", "economy.error.bands-empty"));
        } else {
            for (int i = 0; i < bands.size(); i++) {
                BandJson b = bands.get(i);
                if (b == null || b.fromDay() == null) {
                    errors.add(FieldError.of("bands[" + i + "].fromDay", "economy.error.required"));
                } else if (b.sharePercent() == null) {
                    errors.add(FieldError.of("bands[" + i + "].sharePercent", "economy.error.required"));
                } else {
                    parsed.add(new Band(b.fromDay(), b.toDay(), b.sharePercent()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CostParameters(
                null,
                m,
                validFrom,
                dailyAmount,
                paidDaysPerWeek,
                paidDaysPerMonth,
                parsed,
                source,
                Boolean.TRUE.equals(verified),
                note,
                version == null ? -1 : version);
    }

    private static void require(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(FieldError.of(field, "economy.error.required"));
        }
    }
}
