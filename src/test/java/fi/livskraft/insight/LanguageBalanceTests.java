package fi.livskraft.insight;

import static fi.livskraft.insight.NeedFixtures.PLACES;
import static fi.livskraft.insight.NeedFixtures.need;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageBalanceTests {

    final List<ConfirmedNeed> needs = List.of(
            need(1, 5, "MUNICIPALITY", "499", "2026-AUTUMN", "sv", true, "7212"),
            need(2, 10, "MUNICIPALITY", "905", "2027-SPRING", "fi", false, "5321"),
            need(3, 6, "MUNICIPALITY", "598", "2027-SPRING", "sv", false, "5321", "7212"),
            need(4, 8, "EMPLOYMENT_AREA", "pohjanmaa", "2027-SPRING", "sv", false, "5321"),
            need(5, 20, "MUNICIPALITY", "091", "2027-SPRING", "any", false, "5321"));

    static LanguageSupply supply(String mun, String isco, String language, int graduates, int start, String weight) {
        return new LanguageSupply(mun, "15", isco, "Q" + isco, language, graduates, start, new BigDecimal(weight));
    }

    final List<LanguageSupply> supply = List.of(
            supply("499", "7212", "sv", 20, 30, "0.5"),
            supply("598", "7212", "sv", 4, 10, "0.5"),
            supply("905", "5321", "fi", 40, 50, "0.6"),
            supply("905", "5321", "sv", 3, 10, "0.6"),
            new LanguageSupply(null, "15", "5321", "Q5321", "sv", 100, null, BigDecimal.ONE),
            new LanguageSupply("091", "01", "7212", "Q7212", "sv", 50, 60, BigDecimal.ONE));

    static LanguageRow row(List<LanguageRow> rows, String group, String isco) {
        return rows.stream()
                .filter(r -> r.group().equals(group) && r.iscoCode().equals(isco))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void needsAndSupplyMeetByLanguageStatusOfTheMunicipality() {
        List<LanguageRow> rows = LanguageBalance.compute(needs, supply, PLACES, LanguageBalance.Grouping.STATUS);
        // the employment area pohjanmaa ties its three statuses: Swedish-speaking, the more Swedish one
        assertThat(rows)
                .extracting(r -> r.group() + "|" + r.iscoCode())
                .containsExactly(
                        "SWEDISH|5321",
                        "BILINGUAL_SWEDISH_MAJORITY|5321",
                        "BILINGUAL_SWEDISH_MAJORITY|7212",
                        "BILINGUAL_FINNISH_MAJORITY|5321");
        LanguageRow welders = row(rows, "BILINGUAL_SWEDISH_MAJORITY", "7212");
        // 5 (Korsholm) + 6 / 2 (Jakobstad); graduates 20 x 0.5 + 4 x 0.5; start places 30 x 0.5 + 10 x 0.5
        assertThat(welders.sv().needed()).isEqualByComparingTo("8.00");
        assertThat(welders.sv().graduates()).isEqualByComparingTo("12.00");
        assertThat(welders.sv().graduateCount()).isEqualTo(24);
        assertThat(welders.sv().startPlaces()).isEqualByComparingTo("20.00");
        assertThat(welders.sv().difference()).isEqualByComparingTo("-4.00");
        assertThat(welders.needIds()).containsExactly(1L, 3L);
        LanguageRow vaasa = row(rows, "BILINGUAL_FINNISH_MAJORITY", "5321");
        assertThat(vaasa.fi().needed()).isEqualByComparingTo("10.00");
        assertThat(vaasa.fi().graduates()).isEqualByComparingTo("24.00");
        assertThat(vaasa.fi().startPlaces()).isEqualByComparingTo("30.00");
        assertThat(vaasa.fi().difference()).isEqualByComparingTo("-14.00");
        assertThat(vaasa.sv().needed()).isEqualByComparingTo("0");
        assertThat(vaasa.sv().graduates()).isEqualByComparingTo("1.80");
        assertThat(row(rows, "SWEDISH", "5321").sv().needed()).isEqualByComparingTo("8.00");
        // needs open to any language are left out: Helsinki has no row
        assertThat(rows).noneMatch(r -> r.needIds().contains(5L));
    }

    @Test
    void byRegionSupplyKnownOnlyByRegionCounts() {
        List<LanguageRow> rows = LanguageBalance.compute(needs, supply, PLACES, LanguageBalance.Grouping.REGION);
        assertThat(rows).extracting(r -> r.group() + "|" + r.iscoCode()).containsExactly("15|7212", "15|5321");
        LanguageRow nurses = row(rows, "15", "5321");
        // Swedish: 6 / 2 + 8 needed against 3 x 0.6 + 100 x 1 graduates
        assertThat(nurses.sv().needed()).isEqualByComparingTo("11.00");
        assertThat(nurses.sv().graduates()).isEqualByComparingTo("101.80");
        assertThat(nurses.sv().difference()).isEqualByComparingTo("-90.80");
        assertThat(nurses.fi().needed()).isEqualByComparingTo("10.00");
        assertThat(row(rows, "15", "7212").sv().difference()).isEqualByComparingTo("-4.00");
    }

    @Test
    void thePublicViewHidesSmallCountsAndTheDifferenceBuiltOnThem() {
        List<LanguageRow> rows = LanguageBalance.publicView(
                LanguageBalance.compute(needs, supply, PLACES, LanguageBalance.Grouping.STATUS), new Suppression(5));
        LanguageRow jakobstadNurses = row(rows, "BILINGUAL_SWEDISH_MAJORITY", "5321");
        assertThat(jakobstadNurses.sv().needed()).isNull();
        assertThat(jakobstadNurses.sv().difference()).isNull();
        LanguageRow vaasa = row(rows, "BILINGUAL_FINNISH_MAJORITY", "5321");
        // 3 Swedish-language graduates are hidden; 0 needed stays visible; start places are not persons
        assertThat(vaasa.sv().graduates()).isNull();
        assertThat(vaasa.sv().needed()).isEqualByComparingTo("0");
        assertThat(vaasa.sv().startPlaces()).isEqualByComparingTo("6.00");
        assertThat(vaasa.sv().difference()).isNull();
        assertThat(row(rows, "BILINGUAL_SWEDISH_MAJORITY", "7212").sv().difference())
                .isEqualByComparingTo("-4.00");
    }
}
