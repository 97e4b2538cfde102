package fi.livskraft.insight;

import static fi.livskraft.insight.NeedFixtures.PLACES;
import static fi.livskraft.insight.NeedFixtures.need;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InternationalRecruitmentTests {

    static final TightnessThresholds T = TightnessThresholds.DEFAULTS;
    static final ShortageRule RULE = new ShortageRule(9, 12);
    static final List<String> WINDOW = months();

    static List<String> months() {
        List<String> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            out.add(String.format("2023M%02d", m));
        }
        return out;
    }

    static MonthlyCell cell(String isco, int month, Integer v, Integer u) {
        return new MonthlyCell(
                isco,
                String.format("2023M%02d", month),
                v == null ? null : BigDecimal.valueOf(v),
                u == null ? null : BigDecimal.valueOf(u));
    }

    /** Nine months at 12 / 10 (strong shortage), one at 5 / 10 (balance), one without jobseekers, one missing. */
    static List<MonthlyCell> nineOfTwelve(String isco, int lastV, int lastU) {
        List<MonthlyCell> cells = new ArrayList<>();
        for (int m = 1; m <= 8; m++) {
            cells.add(cell(isco, m, 12, 10));
        }
        cells.add(cell(isco, 9, 5, 10));
        cells.add(cell(isco, 10, 4, 0));
        cells.add(cell(isco, 12, lastV, lastU));
        return cells;
    }

    @Test
    void persistentShortageNeedsTheConfiguredMonthsInShortage() {
        PersistentShortage s = PersistentShortage.evaluate(nineOfTwelve("7212", 12, 10), WINDOW, T, RULE);
        assertThat(s.shortageMonths()).isEqualTo(9);
        assertThat(s.monthsWithRatio()).isEqualTo(10);
        assertThat(s.window()).isEqualTo(12);
        assertThat(s.persistent()).isTrue();
        assertThat(s.latestPeriod()).isEqualTo("2023M12");
        assertThat(s.latestVacancies()).isEqualTo(new BigDecimal("12"));
        assertThat(s.localSurplus()).isFalse();
        assertThat(s.qualifies()).isTrue();
        // 0.6 exactly is shortage; one month fewer is not persistent
        PersistentShortage eight = PersistentShortage.evaluate(nineOfTwelve("7212", 6, 10), WINDOW, T, RULE);
        assertThat(eight.shortageMonths()).isEqualTo(9);
        assertThat(eight.localSurplus()).isTrue();
        assertThat(eight.qualifies()).isFalse();
        PersistentShortage weak = PersistentShortage.evaluate(nineOfTwelve("7212", 5, 10), WINDOW, T, RULE);
        assertThat(weak.shortageMonths()).isEqualTo(8);
        assertThat(weak.persistent()).isFalse();
    }

    @Test
    void withoutTheLatestMonthALocalSurplusIsNotKnownAndNothingQualifies() {
        List<MonthlyCell> cells = new ArrayList<>(nineOfTwelve("7212", 12, 10));
        cells.removeIf(c -> c.period().equals("2023M12"));
        cells.add(cell("7212", 11, 20, 10));
        PersistentShortage s = PersistentShortage.evaluate(cells, WINDOW, T, RULE);
        assertThat(s.persistent()).isTrue();
        assertThat(s.localSurplus()).isNull();
        assertThat(s.qualifies()).isFalse();
    }

    @Test
    void internationalNeedsMeetTheShortageTestOfTheirRegion() {
        List<ConfirmedNeed> needs = List.of(
                need(1, 5, "MUNICIPALITY", "499", "2026-AUTUMN", "sv", true, "7212"),
                need(2, 6, "EMPLOYMENT_AREA", "cross", "2027-SPRING", "any", true, "7212"),
                need(3, 9, "MUNICIPALITY", "905", "2027-SPRING", "fi", false, "7212"),
                need(4, 4, "MUNICIPALITY", "598", "2027-SPRING", "fi", true, "7212", "5321"));
        List<TrainingOffer> offers = List.of(
                new TrainingOffer(1, "LANGUAGE_TRAINING", null, "sv", false),
                new TrainingOffer(1, "SHORT_MODULE", "354101", "sv", false),
                new TrainingOffer(1, "APPRENTICESHIP", "354102", "sv", false),
                new TrainingOffer(3, "LANGUAGE_TRAINING", null, "fi", false));
        List<MonthlyCell> region15 = new ArrayList<>(nineOfTwelve("7212", 12, 10));
        region15.addAll(nineOfTwelve("2221", 30, 10));
        region15.addAll(nineOfTwelve("5321", 6, 10));
        Map<String, List<MonthlyCell>> cells = Map.of("15", region15);
        List<RecruitmentRow> rows = InternationalRecruitment.needs(needs, PLACES, cells, WINDOW, offers, T, RULE);
        assertThat(rows)
                .extracting(r -> r.regionCode() + "|" + r.iscoCode())
                .containsExactly("15|7212", "14|7212", "15|5321");
        RecruitmentRow welders = rows.get(0);
        // 5 (Korsholm, Swedish) + 4 / 2 (Jakobstad, Finnish); Vaasa's need is not international
        assertThat(welders.persons()).isEqualByComparingTo("7.00");
        assertThat(welders.byLanguage().sv()).isEqualByComparingTo("5.00");
        assertThat(welders.byLanguage().fi()).isEqualByComparingTo("2.00");
        assertThat(welders.byLanguage().any()).isEqualByComparingTo("0");
        assertThat(welders.qualifies()).isTrue();
        assertThat(welders.languageOffers()).isEqualTo(1);
        assertThat(welders.moduleOffers()).isEqualTo(1);
        assertThat(welders.offeredQualifications()).containsExactly("354101");
        assertThat(welders.needIds()).containsExactly(1L, 4L);
        RecruitmentRow cross = rows.get(1);
        // the employment area "cross" lies mostly in South Ostrobothnia (14), which has no figures
        assertThat(cross.persons()).isEqualByComparingTo("6.00");
        assertThat(cross.byLanguage().any()).isEqualByComparingTo("6.00");
        assertThat(cross.shortage().monthsWithRatio()).isZero();
        assertThat(cross.qualifies()).isFalse();
        assertThat(rows.get(2).shortage().localSurplus()).isTrue();

        List<InternationalRecruitment.Candidate> candidates =
                InternationalRecruitment.candidates(cells, WINDOW, rows, T, RULE);
        assertThat(candidates)
                .extracting(InternationalRecruitment.Candidate::iscoCode)
                .containsExactly("2221", "7212");
        assertThat(candidates.get(0).internationalPersons()).isEqualByComparingTo("0");
        assertThat(candidates.get(1).internationalPersons()).isEqualByComparingTo("7.00");

        RecruitmentRow shown = welders.suppressed(new Suppression(5));
        assertThat(shown.persons()).isEqualByComparingTo("7.00");
        assertThat(shown.byLanguage().sv()).isEqualByComparingTo("5.00");
        assertThat(shown.byLanguage().fi()).isNull();
    }
}
