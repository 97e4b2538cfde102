package fi.livskraft.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed examples at the seeded daily amount of 37.21 EUR. */
class MunicipalCostTests {

    static final CostParameters AN2024 = Parameters.an2024();
    static final CostParameters PRE2025 = Parameters.pre2025();

    @Test
    void personFromDay90ToDay350CostsTheSumOfItsBands() {
        // paid days 91..350: 91-100 = 10 days x 0 %            =    0.00
        //                    101-200 = 100 days x 37.21 x 10 %  =  372.10
        //                    201-300 = 100 days x 37.21 x 20 %  =  744.20
        //                    301-350 =  50 days x 37.21 x 30 %  =  558.15
        //                                                  total 1674.45
        PersonCost cost = MunicipalCost.personCost(AN2024, 90, 260);
        assertThat(cost.cost()).isEqualTo(new BigDecimal("1674.45"));
        assertThat(cost.byBand()).hasSize(4);
        assertBand(cost.byBand().get(0), 1, 100, "10", "0");
        assertBand(cost.byBand().get(1), 101, 200, "100", "372.10");
        assertBand(cost.byBand().get(2), 201, 300, "100", "744.20");
        assertBand(cost.byBand().get(3), 301, 400, "50", "558.15");
    }

    @Test
    void personWithinOneBandIsRoundedHalfUpOnlyInTheTotal() {
        // days 601-610, in 501-700: 10 x 37.21 x 45 % = 167.445 exactly -> 167.45 (half up)
        PersonCost cost = MunicipalCost.personCost(AN2024, 600, 10);
        assertThat(cost.byBand()).singleElement().satisfies(b -> {
            assertThat(b.fromDay()).isEqualTo(501);
            assertThat(b.toDay()).isEqualTo(700);
            assertThat(b.cost()).isEqualByComparingTo("167.445");
        });
        assertThat(cost.exactCost()).isEqualByComparingTo("167.445");
        assertThat(cost.cost()).isEqualTo(new BigDecimal("167.45"));
    }

    @Test
    void personBeyondDay700PaysOneHalf() {
        // days 701-710: 10 x 37.21 x 50 % = 186.05
        PersonCost cost = MunicipalCost.personCost(AN2024, 700, 10);
        assertThat(cost.byBand()).singleElement().satisfies(b -> {
            assertThat(b.fromDay()).isEqualTo(701);
            assertThat(b.toDay()).isNull();
            assertThat(b.sharePercent()).isEqualByComparingTo("50");
        });
        assertThat(cost.cost()).isEqualTo(new BigDecimal("186.05"));
        // days 691-710: 10 x 37.21 x 45 % = 167.445 + 10 x 37.21 x 50 % = 186.05 -> 353.495 -> 353.50
        PersonCost crossing = MunicipalCost.personCost(AN2024, 690, 20);
        assertBand(crossing.byBand().get(0), 501, 700, "10", "167.445");
        assertBand(crossing.byBand().get(1), 701, null, "10", "186.05");
        assertThat(crossing.cost()).isEqualTo(new BigDecimal("353.50"));
    }

    @Test
    void everyBandEdgeCostsWhatTheDayByDayLadderSays() {
        // the ladder of 555/1998 as amended by 387/2023, day by day: 1-100 0 %, 101-200 10 %,
        // 201-300 20 %, 301-400 30 %, 401-500 40 %, 501-700 45 %, over 700 50 %
        int[] edges = {1, 100, 101, 200, 201, 300, 301, 400, 401, 500, 501, 700, 701, 1000};
        for (int day : edges) {
            BigDecimal expected = Parameters.DAILY.multiply(new BigDecimal(dayByDayShare(day)).movePointLeft(2));
            assertThat(MunicipalCost.personCost(AN2024, day - 1, 1).exactCost())
                    .as("day %d", day)
                    .isEqualByComparingTo(expected);
        }
        // a spell over every edge equals the sum of its days computed one at a time
        BigDecimal dayByDay = BigDecimal.ZERO;
        for (int day = 1; day <= 1000; day++) {
            dayByDay = dayByDay.add(Parameters.DAILY.multiply(new BigDecimal(dayByDayShare(day)).movePointLeft(2)));
        }
        // 100 x (3.721 + 7.442 + 11.163 + 14.884) + 200 x 16.7445 + 300 x 18.605 = 12 651.40
        assertThat(dayByDay).isEqualByComparingTo("12651.40");
        assertThat(MunicipalCost.personCost(AN2024, 0, 1000).cost()).isEqualTo(new BigDecimal("12651.40"));
    }

    /** The share of a paid day written out by hand, independent of the bands' data. */
    static int dayByDayShare(int day) {
        if (day <= 100) {
            return 0;
        } else if (day <= 500) {
            return (day - 1) / 100 * 10;
        } else if (day <= 700) {
            return 45;
        }
        return 50;
    }

    @Test
    void personCrossingIntoTheLastStepsButOne() {
        // days 481-520: 481-500 = 20 x 37.21 x 40 % = 297.68; 501-520 = 20 x 37.21 x 45 % = 334.89
        PersonCost cost = MunicipalCost.personCost(AN2024, 480, 40);
        assertThat(cost.byBand()).hasSize(2);
        assertBand(cost.byBand().get(0), 401, 500, "20", "297.68");
        assertBand(cost.byBand().get(1), 501, 700, "20", "334.89");
        assertThat(cost.cost()).isEqualTo(new BigDecimal("632.57"));
    }

    @Test
    void personWithinOneBand() {
        // days 101-200: 100 x 37.21 x 10 % = 372.10
        assertThat(MunicipalCost.personCost(AN2024, 100, 100).cost()).isEqualTo(new BigDecimal("372.10"));
        // days 1-100 cost the municipality nothing
        assertThat(MunicipalCost.personCost(AN2024, 0, 100).cost()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void zeroPaidDaysCostNothing() {
        PersonCost cost = MunicipalCost.personCost(AN2024, 350, 0);
        assertThat(cost.byBand()).isEmpty();
        assertThat(cost.cost()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void pre2025ModelFromDay250ToDay1100() {
        // paid days 251..1100: 251-300   =  50 days x 0 %             =      0.00
        //                      301-1000  = 700 days x 37.21 x 50 %    = 13 023.50
        //                      1001-1100 = 100 days x 37.21 x 70 %    =  2 604.70
        //                                                        total 15 628.20
        PersonCost cost = MunicipalCost.personCost(PRE2025, 250, 850);
        assertBand(cost.byBand().get(0), 1, 300, "50", "0");
        assertBand(cost.byBand().get(1), 301, 1000, "700", "13023.50");
        assertBand(cost.byBand().get(2), 1001, null, "100", "2604.70");
        assertThat(cost.cost()).isEqualTo(new BigDecimal("15628.20"));
    }

    @Test
    void manyPersonsSumTheirRoundedTotalsAndKeepBandsExact() {
        // 1674.45 + 167.45 (167.445) + 167.45 (167.445) = 2009.35; band 501-700 holds 20 days and
        // 334.89 exactly, so the bands sum to 2009.34: the difference is the persons' rounding.
        CostResult result = MunicipalCost.cost(
                AN2024, List.of(new PersonDays(90, 260), new PersonDays(600, 10), new PersonDays(600, 10)));
        assertThat(result.municipalCost()).isEqualTo(new BigDecimal("2009.35"));
        assertThat(result.byBand()).hasSize(7);
        assertBand(result.byBand().get(4), 401, 500, "0", "0");
        assertBand(result.byBand().get(5), 501, 700, "20", "334.89");
        assertBand(result.byBand().get(6), 701, null, "0", "0");
        BigDecimal bandSum = result.byBand().stream().map(BandCost::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(bandSum).isEqualByComparingTo("2009.34");
        assertThat(result.persons())
                .extracting(PersonCost::cost)
                .containsExactly(new BigDecimal("1674.45"), new BigDecimal("167.45"), new BigDecimal("167.45"));
    }

    @Test
    void marginalCostOfOneMoreDayMonthAndYear() {
        // day 101: 37.21 x 10 % = 3.721 -> 3.72
        assertThat(MunicipalCost.marginalCost(AN2024, 100, MarginalPeriod.DAY).cost())
                .isEqualTo(new BigDecimal("3.72"));
        // a month (21.5 days) after day 290: (290, 311.5] = 10 days x 20 % (74.42)
        // + 11.5 days x 30 % (11.5 x 11.163 = 128.3745) = 202.7945 -> 202.79
        MarginalCost month = MunicipalCost.marginalCost(AN2024, 290, MarginalPeriod.MONTH);
        assertThat(month.spell().paidDays()).isEqualByComparingTo("21.5");
        assertBand(month.spell().byBand().get(1), 301, 400, "11.5", "128.3745");
        assertThat(month.cost()).isEqualTo(new BigDecimal("202.79"));
        // a month after day 79: (79, 100.5]: 21 days at 0 %, the half day falls in 101-200:
        // 0.5 x 3.721 = 1.8605 -> 1.86
        assertThat(MunicipalCost.marginalCost(AN2024, 79, MarginalPeriod.MONTH).cost())
                .isEqualTo(new BigDecimal("1.86"));
        // a year (12 x 21.5 = 258 days) from day 0: 100 x 0 + 100 x 3.721 (372.10)
        // + 58 x 7.442 (431.636) = 803.736 -> 803.74
        MarginalCost year = MunicipalCost.marginalCost(AN2024, 0, MarginalPeriod.YEAR);
        assertThat(year.spell().paidDays()).isEqualByComparingTo("258");
        assertThat(year.cost()).isEqualTo(new BigDecimal("803.74"));
    }

    @Test
    void comparesThePre2025AndAn2024ModelsForTheSamePersons() {
        // AN2024 for days 251..1100: 50 x 20 % (372.10) + 100 x 30 % (1116.30) + 100 x 40 % (1488.40)
        // + 200 x 45 % (3 348.90) + 400 x 50 % (7 442.00) = 13 767.70; PRE2025 15 628.20 (above):
        // difference -1 860.50
        ModelComparison comparison = MunicipalCost.compare(PRE2025, AN2024, List.of(new PersonDays(250, 850)));
        assertThat(comparison.an2024().municipalCost()).isEqualTo(new BigDecimal("13767.70"));
        assertThat(comparison.pre2025().municipalCost()).isEqualTo(new BigDecimal("15628.20"));
        assertThat(comparison.difference()).isEqualTo(new BigDecimal("-1860.50"));
    }

    @Test
    void aggregatePaidDaysOfOneBand() {
        // 1 234.5 days in band 401-500: 1234.5 x 37.21 x 40 % = 18 374.298
        assertThat(MunicipalCost.daysInBand(AN2024, 401, new BigDecimal("1234.5"))
                        .cost())
                .isEqualByComparingTo("18374.298");
        assertThatThrownBy(() -> MunicipalCost.daysInBand(AN2024, 402, BigDecimal.ONE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void netEffectIsCostMinusCompensation() {
        NetEffect net = NetEffect.of(new BigDecimal("2009.35"), new BigDecimal("1500"));
        assertThat(net.net()).isEqualTo(new BigDecimal("509.35"));
        assertThat(net.compensation()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(NetEffect.of(new BigDecimal("100"), new BigDecimal("250.5")).net())
                .isEqualTo(new BigDecimal("-150.50"));
    }

    @Test
    void bandsThatDoNotCoverTheDaysAreAnError() {
        CostParameters gap = Parameters.withBands(AN2024, List.of(Parameters.band(1, 100, "0")));
        assertThatThrownBy(() -> MunicipalCost.personCost(gap, 90, 20)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MunicipalCost.personCost(AN2024, -1, 20)).isInstanceOf(IllegalArgumentException.class);
    }

    static void assertBand(BandCost band, int from, Integer to, String days, String cost) {
        assertThat(band.fromDay()).isEqualTo(from);
        assertThat(band.toDay()).isEqualTo(to);
        assertThat(band.days()).isEqualByComparingTo(days);
        assertThat(band.cost()).isEqualByComparingTo(cost);
    }
}
