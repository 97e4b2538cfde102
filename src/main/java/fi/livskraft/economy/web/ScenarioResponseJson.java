package fi.livskraft.economy.web;

import fi.livskraft.economy.ScenarioInputs;
import fi.livskraft.economy.ScenarioResult;
import fi.livskraft.economy.ScenarioYear;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** A provision scenario's result: the inputs used, the years, the payback year and the explanation. */
@Schema(name = "EconomyScenario")
record ScenarioResponseJson(
        @Schema(description = "every assumption used, defaults filled in")
        ScenarioInputs inputs,

        ParametersUsed parameters,
        List<ScenarioYear> years,

        @Schema(
                nullable = true,
                description = "first year whose cumulative net is at least 0; null: not within the horizon")
        Integer paybackYear,

        List<Step> steps,
        String rounding) {

    static final String ROUNDING = "people counts: 2 decimals, HALF_UP; money: cents, HALF_UP (saving = persons x"
            + " exact cost of one person's days, then rounded; education cost = students x unit price, then rounded);"
            + " avoided days by band: exact";

    @Schema(name = "EconomyScenarioParameters")
    record ParametersUsed(LocalDate validFrom, BigDecimal dailyAmount, String source, boolean verified) {}

    @Schema(name = "EconomyScenarioStep")
    record Step(String messageKey, List<Object> arguments, String text) {}

    static ScenarioResponseJson from(ScenarioResult result, MessageSource messages, Locale locale) {
        var p = result.parameters();
        return new ScenarioResponseJson(
                result.inputs(),
                new ParametersUsed(p.validFrom(), p.dailyAmount(), p.source(), p.verified()),
                result.years(),
                result.paybackYear(),
                result.steps().stream()
                        .map(s -> new Step(
                                s.messageKey(),
                                s.arguments(),
                                messages.getMessage(
                                        s.messageKey(), s.arguments().toArray(), s.messageKey(), locale)))
                        .toList(),
                ROUNDING);
    }
}
