package fi.livskraft.economy;

import static fi.livskraft.economy.Parameters.band;
import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.common.FieldError;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterRulesTests {

    @Test
    void seededSetsFollowTheRules() {
        assertThat(ParameterRules.check(Parameters.an2024())).isEmpty();
        assertThat(ParameterRules.check(Parameters.pre2025())).isEmpty();
    }

    @Test
    void gapAndOverlapNameTheBandThatStartsWrong() {
        List<FieldError> errors = ParameterRules.check(Parameters.withBands(
                Parameters.an2024(), List.of(band(1, 100, "0"), band(102, 200, "10"), band(200, null, "20"))));
        assertThat(errors)
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bands[1].fromDay", "economy.error.band-gap"),
                        org.assertj.core.groups.Tuple.tuple("bands[2].fromDay", "economy.error.band-overlap"));
        assertThat(errors.get(0).arguments()).containsExactly(102, 100, 101);
    }

    @Test
    void firstBandStartsAtDayOneAndOnlyTheLastIsOpen() {
        List<FieldError> errors = ParameterRules.check(
                Parameters.withBands(Parameters.an2024(), List.of(band(2, null, "0"), band(101, 200, "10"))));
        assertThat(errors)
                .extracting(FieldError::field)
                .containsExactly("bands[0].fromDay", "bands[0].toDay", "bands[1].toDay");
    }

    @Test
    void sharesAndAmountsHaveLimitsAndTwoDecimals() {
        CostParameters p = Parameters.an2024();
        List<FieldError> errors = ParameterRules.check(new CostParameters(
                null,
                p.model(),
                p.validFrom(),
                new BigDecimal("1000"),
                new BigDecimal("8"),
                new BigDecimal("21.555"),
                List.of(band(1, 100, "100.001"), band(101, null, "-1")),
                " ",
                false,
                "",
                0));
        assertThat(errors)
                .extracting(FieldError::field)
                .containsExactly(
                        "source",
                        "dailyAmount",
                        "paidDaysPerWeek",
                        "paidDaysPerMonth",
                        "bands[0].sharePercent",
                        "bands[1].sharePercent");
        assertThat(ParameterRules.check(Parameters.withBands(p, List.of())))
                .extracting(FieldError::field)
                .containsExactly("bands");
    }
}
