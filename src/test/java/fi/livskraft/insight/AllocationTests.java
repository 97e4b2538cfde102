package fi.livskraft.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationTests {

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void sharesOutTheRegionsCellByTheAreasShareOfUnemployedAndOfVacancies() {
        Map<String, List<MonthlyCell>> region =
                Map.of("15", List.of(new MonthlyCell("5321", "2023M10", d("71"), d("106"))));
        // Vaasa: 599 of 1,000 vacancies and 2,330 of 7,000 unemployed (illustrative totals)
        List<MonthlyCell> cells =
                Allocation.allocate(region, List.of(new AreaShare("15", "2023M10", d("0.332857"), d("0.599"))));
        assertThat(cells).singleElement().satisfies(c -> {
            assertThat(c.vacancies()).isEqualByComparingTo("42.529"); // 71 x 0.599
            assertThat(c.unemployed()).isEqualByComparingTo("35.282842"); // 106 x 0.332857
        });
    }

    @Test
    void anAreaInTwoRegionsAddsItsParts() {
        Map<String, List<MonthlyCell>> regions = Map.of(
                "01", List.of(new MonthlyCell("2221", "2023M10", d("100"), d("50"))),
                "05", List.of(new MonthlyCell("2221", "2023M10", d("20"), d("10"))));
        List<MonthlyCell> cells = Allocation.allocate(
                regions,
                List.of(
                        new AreaShare("01", "2023M10", d("0.1"), d("0.2")),
                        new AreaShare("05", "2023M10", d("0.5"), d("0.5"))));
        assertThat(cells).singleElement().satisfies(c -> {
            assertThat(c.vacancies()).isEqualByComparingTo("30"); // 100 x 0.2 + 20 x 0.5
            assertThat(c.unemployed()).isEqualByComparingTo("10"); // 50 x 0.1 + 10 x 0.5
        });
    }

    @Test
    void aMissingRegionalFigureStaysMissing() {
        Map<String, List<MonthlyCell>> region =
                Map.of("15", List.of(new MonthlyCell("2221", "2023M10", null, d("40"))));
        List<MonthlyCell> cells =
                Allocation.allocate(region, List.of(new AreaShare("15", "2023M10", d("0.5"), d("0.5"))));
        assertThat(cells.get(0).vacancies()).isNull();
        assertThat(cells.get(0).unemployed()).isEqualByComparingTo("20");
    }

    @Test
    void levelsAndAreaCodesAreRecognised() {
        assertThat(AreaLevel.ofCode("SSS")).contains(AreaLevel.COUNTRY);
        assertThat(AreaLevel.ofCode("MK15")).contains(AreaLevel.REGION);
        assertThat(AreaLevel.ofCode("SK152")).contains(AreaLevel.SUB_REGION);
        assertThat(AreaLevel.ofCode("KU905")).contains(AreaLevel.MUNICIPALITY);
        assertThat(AreaLevel.ofCode("TA:pohjanmaa")).contains(AreaLevel.EMPLOYMENT_AREA);
        assertThat(AreaLevel.ofCode("Pohjanmaa")).isEmpty();
        assertThat(AreaLevel.fromParam("employment-area")).contains(AreaLevel.EMPLOYMENT_AREA);
    }

    @Test
    void csvQuotesSeparatorsAndDefusesFormulas() {
        assertThat(ExportFiles.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(ExportFiles.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ExportFiles.quote("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(ExportFiles.text(new BigDecimal("0.8061"))).isEqualTo("0.8061");
        assertThat(ExportFiles.text(null)).isEmpty();
    }
}
