package fi.livskraft.economypages;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.economy.Band;
import fi.livskraft.economy.CostParameters;
import fi.livskraft.economy.Model;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MunicipalCostModelTest {

    static final CostParameters PARAMS = new CostParameters(
            null,
            Model.AN2024,
            LocalDate.of(2025, 1, 1),
            new BigDecimal("37.21"),
            new BigDecimal("5"),
            new BigDecimal("21.5"),
            List.of(
                    new Band(1, 100, new BigDecimal("0")),
                    new Band(101, 500, new BigDecimal("20")),
                    new Band(501, 700, new BigDecimal("45")),
                    new Band(701, null, new BigDecimal("50"))),
            "test",
            true,
            "",
            0);

    static AreaEconomy.ClassRow row(int from, Integer to, String cost) {
        BigDecimal c = new BigDecimal(cost);
        var totals = new AreaEconomy.Totals(0, 0, BigDecimal.ZERO, c, BigDecimal.ZERO, BigDecimal.ZERO);
        return new AreaEconomy.ClassRow(new DayClass(from, to), BigDecimal.ZERO, Map.of(), totals);
    }

    @Test
    void classesAddUpInTheBandTheyLieIn() {
        var year = new AreaEconomy.Year(
                2025,
                12,
                List.of(
                        row(1, 100, "0"),
                        row(101, 200, "1000.10"),
                        row(201, 300, "2000.20"),
                        row(501, 700, "300.005"),
                        row(701, null, "400")),
                Map.of(),
                AreaEconomy.Totals.ZERO);
        var bands = MunicipalCostModel.byBand(year, PARAMS);
        assertThat(bands)
                .extracting(MunicipalCostModel.BandAmount::amount)
                .containsExactly(
                        new BigDecimal("0"),
                        new BigDecimal("3000.30"),
                        new BigDecimal("300.005"),
                        new BigDecimal("400"));
        var cents = MunicipalCostModel.cents(bands);
        assertThat(cents.get(2).amount()).isEqualByComparingTo("300.01");
        assertThat(MunicipalCostModel.total(cents)).isEqualByComparingTo("3700.31");
        assertThat(MunicipalCostModel.longTerm(cents)).isEqualByComparingTo("700.01");
    }

    @Test
    void aKeyScalesEveryBandAndTheRoundedBandsMakeTheTotal() {
        var bands = List.of(
                new MunicipalCostModel.BandAmount(101, 500, new BigDecimal("20"), new BigDecimal("100")),
                new MunicipalCostModel.BandAmount(501, null, new BigDecimal("45"), new BigDecimal("200")));
        // a third of each: 33.333.. and 66.666..; rounded 33.33 + 66.67 = 100.00
        var third = MunicipalCostModel.cents(MunicipalCostModel.scale(bands, BigDecimal.ONE, new BigDecimal("3")));
        assertThat(third)
                .extracting(MunicipalCostModel.BandAmount::amount)
                .containsExactly(new BigDecimal("33.33"), new BigDecimal("66.67"));
        assertThat(MunicipalCostModel.total(third)).isEqualByComparingTo("100.00");
        assertThat(MunicipalCostModel.longTerm(third)).isEqualByComparingTo("66.67");
        var pooled = MunicipalCostModel.plus(bands, bands);
        assertThat(pooled.get(1).amount()).isEqualByComparingTo("400");
    }

    @Test
    void perInhabitantIsRoundedHalfUpToTheCent() {
        assertThat(MunicipalCostModel.perInhabitant(new BigDecimal("100.00"), 3))
                .isEqualByComparingTo("33.33");
        assertThat(MunicipalCostModel.perInhabitant(new BigDecimal("2.00"), 3)).isEqualByComparingTo("0.67");
        assertThat(MunicipalCostModel.perInhabitant(new BigDecimal("2.00"), null))
                .isNull();
        assertThat(MunicipalCostModel.perInhabitant(new BigDecimal("2.00"), 0)).isNull();
    }
}
