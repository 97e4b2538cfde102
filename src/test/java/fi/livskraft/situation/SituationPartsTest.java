package fi.livskraft.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SituationPartsTest {

    @Test
    void aFigureIsStaleWhenItsMonthIsMoreThanSixMonthsBeforeThisMonth() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertThat(Staleness.stale(YearMonth.of(2026, 6), today)).isFalse();
        assertThat(Staleness.stale(YearMonth.of(2026, 5), today)).isTrue();
        assertThat(Staleness.stale(YearMonth.of(2023, 10), today)).isTrue();
        assertThat(Staleness.stale(null, today)).isFalse();
        assertThat(Staleness.ofPeriod("2023M10")).isEqualTo(YearMonth.of(2023, 10));
        assertThat(Staleness.ofPeriod("2023M13")).isNull();
    }

    @Test
    void theYAxisStepsAreRound() {
        assertThat(LineChart.step(0)).isEqualTo(1);
        assertThat(LineChart.step(4)).isEqualTo(1);
        assertThat(LineChart.step(9)).isEqualTo(2);
        assertThat(LineChart.step(349)).isEqualTo(100);
        assertThat(LineChart.step(1200)).isEqualTo(500);
        assertThat(LineChart.step(273726)).isEqualTo(100000);
    }

    @Test
    void theChartPlacesEveryMonthAndSkipsMissingOnes() {
        List<String> months = List.of("2023M01", "2023M02", "2023M03");
        LineChart chart = LineChart.of(
                months,
                List.of("unemployed", "vacancies"),
                List.of(
                        List.of(new BigDecimal("100"), new BigDecimal("200"), new BigDecimal("300")),
                        Arrays.asList(new BigDecimal("50"), null, new BigDecimal("0"))));
        // 300 / 5 = 60 -> step 100, axis 0..300
        assertThat(chart.yTicks()).extracting(LineChart.Tick::value).containsExactly(0L, 100L, 200L, 300L);
        assertThat(chart.lines().get(0).points()).isEqualTo("64.0,156.7 344.0,93.3 624.0,30.0");
        assertThat(chart.lines().get(1).points()).isEqualTo("64.0,188.3 624.0,220.0");
        assertThat(chart.xTicks()).extracting(LineChart.Tick::label).containsExactly("2023-01", "2023-02", "2023-03");
        // 24 months: a label every third month, counted back from the latest
        List<String> two = new java.util.ArrayList<>();
        for (int m = 0; m < 24; m++) {
            two.add("%04dM%02d".formatted(2022 + m / 12, m % 12 + 1));
        }
        LineChart wide = LineChart.of(two, List.of("u"), List.of(List.of()));
        assertThat(wide.xTicks())
                .extracting(LineChart.Tick::label)
                .hasSize(8)
                .startsWith("2022-03")
                .endsWith("2023-12");
    }
}
