package fi.livskraft.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GapAnalysisTests {

    static MonthlyCell cell(String isco, String period, Integer v, Integer u) {
        return new MonthlyCell(
                isco, period, v == null ? null : BigDecimal.valueOf(v), u == null ? null : BigDecimal.valueOf(u));
    }

    static GraduateTerm term(String q, int graduates, String weight, String share, GraduateTerm.ShareScope scope) {
        return new GraduateTerm(
                q, "fi", graduates, new BigDecimal(weight), share == null ? null : new BigDecimal(share), scope);
    }

    final List<MonthlyCell> cells = List.of(
            cell("5321", "2023M01", 79, 98),
            cell("5321", "2023M02", 76, 92),
            cell("5321", "2023M03", 108, 92),
            cell("2221", "2023M01", 40, 10),
            cell("2221", "2023M02", 41, 11),
            cell("2221", "2023M03", null, 12),
            cell("9112", "2023M01", 5, 200),
            cell("9112", "2023M02", 7, 210),
            cell("9112", "2023M03", 6, 190));

    /** Two qualifications that lead to nursing, one with the region's share, one with the nation's. */
    static final Map<String, List<GraduateTerm>> NURSE_TERMS = Map.of(
            "5321",
            List.of(
                    term("371101", 120, "0.6", "0.72", GraduateTerm.ShareScope.REGION),
                    term("371102", 10, "0.2", "0.65", GraduateTerm.ShareScope.NATION)));

    static GapRow row(List<GapRow> rows, String iscoCode) {
        return rows.stream()
                .filter(r -> r.iscoCode().equals(iscoCode))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyTermOfTheGapIsKeptAndAddsUp() {
        List<GapRow> rows =
                GapAnalysis.compute("MK15", "all", cells, NURSE_TERMS, Map.of("5321", new BigDecimal("12.5")), false);
        GapRow nurse = row(rows, "5321");
        // (79 + 76 + 108) / 3 = 87.666.. -> 87.67 ; (98 + 92 + 92) / 3 = 94.00
        assertThat(nurse.vacancies()).isEqualByComparingTo("87.67");
        assertThat(nurse.replacement()).isEqualByComparingTo("12.50");
        assertThat(nurse.replacementKnown()).isTrue();
        assertThat(nurse.confirmedNeeds()).isEqualByComparingTo("0");
        assertThat(nurse.confirmedNeedsAvailable()).isFalse();
        assertThat(nurse.demand()).isEqualByComparingTo("100.17");
        // 120 x 0.6 x 0.72 = 51.84 ; 10 x 0.2 x 0.65 = 1.30
        assertThat(nurse.graduateTerms().get(0).contribution()).isEqualByComparingTo("51.84");
        assertThat(nurse.graduateTerms().get(1).contribution()).isEqualByComparingTo("1.30");
        assertThat(nurse.graduateSupply()).isEqualByComparingTo("53.14");
        assertThat(nurse.unemployed()).isEqualByComparingTo("94.00");
        assertThat(nurse.supply()).isEqualByComparingTo("147.14");
        assertThat(nurse.gap()).isEqualByComparingTo("-46.97");
        assertThat(nurse.months()).isEqualTo(3);
    }

    @Test
    void aMissingMonthIsLeftOutOfTheAverageAndUnknownReplacementIsZero() {
        List<GapRow> rows = GapAnalysis.compute("MK15", "all", cells, Map.of(), Map.of(), false);
        GapRow doctors = row(rows, "2221");
        assertThat(doctors.vacancies()).isEqualByComparingTo("40.50");
        assertThat(doctors.unemployed()).isEqualByComparingTo("11.00");
        assertThat(doctors.replacement()).isEqualByComparingTo("0");
        assertThat(doctors.replacementKnown()).isFalse();
        assertThat(doctors.gap()).isEqualByComparingTo("29.50");
    }

    @Test
    void rowsAreRankedByGapLargestFirst() {
        List<GapRow> rows = GapAnalysis.compute("MK15", "all", cells, Map.of(), Map.of(), false);
        assertThat(rows).extracting(GapRow::iscoCode).containsExactly("2221", "5321", "9112");
        assertThat(rows).extracting(GapRow::rank).containsExactly(1, 2, 3);
        // 9112: 6.00 - 200.00
        assertThat(rows.get(2).gap()).isEqualByComparingTo("-194.00");
    }

    @Test
    void graduatesWithoutAnyOutcomeShareAddNothing() {
        GraduateTerm none =
                new GraduateTerm("371101", "sv", 30, new BigDecimal("0.5"), null, GraduateTerm.ShareScope.NONE);
        assertThat(none.contribution()).isEqualByComparingTo("0");
        List<GapRow> rows =
                GapAnalysis.compute("MK15", "sv", List.of(), Map.of("3221", List.of(none)), Map.of(), false);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.iscoCode()).isEqualTo("3221");
            assertThat(r.graduateSupply()).isEqualByComparingTo("0");
            assertThat(r.language()).isEqualTo("sv");
        });
    }

    @Test
    void publicViewSuppressesSmallCountsAndTheTotalsBuiltOnThem() {
        List<MonthlyCell> small = List.of(cell("2221", "2023M01", 9, 3), cell("2221", "2023M02", 9, 4));
        List<GapRow> rows = GapAnalysis.publicView(
                GapAnalysis.compute(
                        "MK15",
                        "all",
                        List.of(
                                small.get(0),
                                small.get(1),
                                cell("5321", "2023M01", 10, 20),
                                cell("5321", "2023M02", 10, 20)),
                        Map.of("5321", List.of(term("371101", 3, "1", "0.5", GraduateTerm.ShareScope.REGION))),
                        Map.of(),
                        false),
                new Suppression(5));
        GapRow doctors = row(rows, "2221");
        assertThat(doctors.unemployed()).isNull();
        assertThat(doctors.supply()).isNull();
        assertThat(doctors.gap()).isNull();
        assertThat(doctors.vacancies()).isEqualByComparingTo("9.00");
        assertThat(doctors.suppressed()).isTrue();
        GapRow nurses = row(rows, "5321");
        assertThat(nurses.graduateTerms().get(0).graduates()).isNull();
        assertThat(nurses.graduateSupply()).isNull();
        assertThat(nurses.gap()).isNull();
        assertThat(nurses.unemployed()).isEqualByComparingTo("20.00");
    }

    @Test
    void confirmedNeedsAddToDemandAndAnOccupationWithOnlyNeedsGetsARow() {
        List<GapRow> rows = GapAnalysis.compute(
                "MK15",
                "all",
                cells,
                NURSE_TERMS,
                Map.of("5321", new BigDecimal("12.5")),
                Map.of("5321", new BigDecimal("12.00"), "7212", new BigDecimal("5.00")),
                true,
                false);
        GapRow nurse = row(rows, "5321");
        // 87.67 + 12.50 + 12.00 = 112.17 ; 112.17 - 147.14 = -34.97
        assertThat(nurse.confirmedNeeds()).isEqualByComparingTo("12.00");
        assertThat(nurse.confirmedNeedsAvailable()).isTrue();
        assertThat(nurse.demand()).isEqualByComparingTo("112.17");
        assertThat(nurse.gap()).isEqualByComparingTo("-34.97");
        GapRow welders = row(rows, "7212");
        assertThat(welders.vacancies()).isEqualByComparingTo("0");
        assertThat(welders.demand()).isEqualByComparingTo("5.00");
        assertThat(welders.supply()).isEqualByComparingTo("0");
        assertThat(welders.gap()).isEqualByComparingTo("5.00");
        assertThat(welders.months()).isZero();
    }

    @Test
    void confirmedNeedsOfFewPersonsAreHiddenWithTheDemandAndTheGap() {
        List<GapRow> rows = GapAnalysis.publicView(
                GapAnalysis.compute(
                        "MK15",
                        "all",
                        List.of(cell("5321", "2023M01", 10, 20)),
                        Map.of(),
                        Map.of(),
                        Map.of("5321", new BigDecimal("3.00")),
                        true,
                        false),
                new Suppression(5));
        GapRow nurse = rows.get(0);
        assertThat(nurse.suppressed()).isTrue();
        assertThat(nurse.confirmedNeeds()).isNull();
        assertThat(nurse.demand()).isNull();
        assertThat(nurse.gap()).isNull();
        assertThat(nurse.vacancies()).isEqualByComparingTo("10.00");
        assertThat(nurse.supply()).isEqualByComparingTo("20.00");
    }

    @Test
    void occupationsWhereConfirmedNeedsMakeAShortageComeFirstAndHiddenGapsKeepTheirRank() {
        // 9411: gap +30 with no needs; 7212: needs 3, gap +3 (hidden for the public); 5321: needs 12 but
        // a surplus; 2221: gap +8
        List<GapRow> rows = GapAnalysis.compute(
                "MK15",
                "sv",
                List.of(
                        cell("9411", "2023M01", 30, 0),
                        cell("7212", "2023M01", 0, 0),
                        cell("5321", "2023M01", 10, 40),
                        cell("2221", "2023M01", 8, 0)),
                Map.of(),
                Map.of(),
                Map.of("7212", new BigDecimal("3.00"), "5321", new BigDecimal("12.00")),
                true,
                false);
        assertThat(rows).extracting(GapRow::iscoCode).containsExactly("7212", "9411", "2221", "5321");
        assertThat(rows).extracting(GapRow::rank).containsExactly(1, 2, 3, 4);
        List<GapRow> shown = GapAnalysis.publicView(rows, new Suppression(5));
        assertThat(shown).extracting(GapRow::iscoCode).containsExactly("7212", "9411", "2221", "5321");
        assertThat(shown).extracting(GapRow::rank).containsExactly(1, 2, 3, 4);
        assertThat(shown.get(0).gap()).isNull();
        assertThat(shown.get(0).suppressed()).isTrue();
    }
}
