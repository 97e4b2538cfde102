package fi.livskraft.insight;

import static fi.livskraft.insight.NeedFixtures.PLACES;
import static fi.livskraft.insight.NeedFixtures.need;
import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.area.LanguageStatus;
import fi.livskraft.common.Names;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeedDemandTests {

    static final LocalDate END = NeedDemand.periodEnd(LocalDate.parse("2026-11-28"), 12);

    static AreaRef area(String code, String region) {
        return new AreaRef(code, AreaLevel.ofCode(code).orElseThrow(), new Names("a", "a", "a"), region);
    }

    final List<ConfirmedNeed> needs = List.of(
            need(1, 10, "MUNICIPALITY", "905", "2027-SPRING", "sv", false, "5321"),
            need(2, 6, "EMPLOYMENT_AREA", "cross", "2027-SPRING", "fi", false, "5321"),
            need(3, 4, "REGION", "15", "2027-SPRING", "any", false, "5321", "2221"),
            need(4, 7, "MUNICIPALITY", "091", "2027-SPRING", "sv", false, "5321"));

    @Test
    void aSeasonBeginsOnTheFirstDayOfItsFirstMonth() {
        assertThat(ConfirmedNeed.horizonStart("2026-SPRING")).isEqualTo("2026-03-01");
        assertThat(ConfirmedNeed.horizonStart("2026-SUMMER")).isEqualTo("2026-06-01");
        assertThat(ConfirmedNeed.horizonStart("2026-AUTUMN")).isEqualTo("2026-09-01");
        assertThat(ConfirmedNeed.horizonStart("2027-WINTER")).isEqualTo("2027-12-01");
        assertThat(ConfirmedNeed.horizonStart("2026-09-15")).isEqualTo("2026-09-15");
    }

    @Test
    void theHeadCountIsSplitEquallyAcrossTheConfirmedOccupations() {
        ConfirmedNeed n = need(9, 5, "MUNICIPALITY", "905", "2027-SPRING", "sv", false, "5321", "2221", "3221");
        assertThat(n.perOccupation()).containsOnlyKeys("5321", "2221", "3221");
        assertThat(n.perOccupation().values()).allSatisfy(v -> assertThat(v).isEqualByComparingTo("1.67"));
    }

    @Test
    void aNeedCountsWhereAllOfItsMunicipalitiesLieInTheArea() {
        // region 15: Vaasa's 10 + the region's own 4 split over two occupations; the employment area
        // "cross" reaches into region 14 and counts for the whole country only
        Map<String, BigDecimal> region =
                NeedDemand.perOccupation(needs, PLACES, PLACES.municipalities(area("MK15", "15")), "all", END);
        assertThat(region).containsOnlyKeys("5321", "2221");
        assertThat(region.get("5321")).isEqualByComparingTo("12.00");
        assertThat(region.get("2221")).isEqualByComparingTo("2.00");
        Map<String, BigDecimal> vaasa =
                NeedDemand.perOccupation(needs, PLACES, PLACES.municipalities(area("KU905", "15")), "all", END);
        assertThat(vaasa).containsOnlyKeys("5321");
        assertThat(vaasa.get("5321")).isEqualByComparingTo("10.00");
        Map<String, BigDecimal> country =
                NeedDemand.perOccupation(needs, PLACES, PLACES.municipalities(area("SSS", null)), "all", END);
        assertThat(country.get("5321")).isEqualByComparingTo("25.00");
        Map<String, BigDecimal> cross =
                NeedDemand.perOccupation(needs, PLACES, PLACES.municipalities(area("TA:cross", "14")), "all", END);
        assertThat(cross.get("5321")).isEqualByComparingTo("6.00");
    }

    @Test
    void aLanguageTakesOnlyTheNeedsThatRequireIt() {
        Map<String, BigDecimal> sv =
                NeedDemand.perOccupation(needs, PLACES, PLACES.municipalities(area("SSS", null)), "sv", END);
        assertThat(sv).containsOnlyKeys("5321");
        assertThat(sv.get("5321")).isEqualByComparingTo("17.00");
        Map<String, BigDecimal> fi =
                NeedDemand.perOccupation(needs, PLACES, PLACES.municipalities(area("SSS", null)), "fi", END);
        assertThat(fi.get("5321")).isEqualByComparingTo("6.00");
        assertThat(NeedDemand.perOccupation(needs, PLACES, PLACES.municipalities(area("SSS", null)), "en", END))
                .isEmpty();
    }

    @Test
    void aNeedCountsWhenItsHorizonBeginsBeforeThePeriodEnds() {
        assertThat(END).isEqualTo("2027-11-01");
        List<ConfirmedNeed> byHorizon = List.of(
                need(1, 5, "MUNICIPALITY", "905", "2027-AUTUMN", "sv", false, "5321"),
                need(2, 6, "MUNICIPALITY", "905", "2027-WINTER", "sv", false, "5321"),
                need(3, 7, "MUNICIPALITY", "905", "2025-SPRING", "sv", false, "5321"),
                need(4, 8, "MUNICIPALITY", "905", "2027-10-31", "sv", false, "5321"),
                need(5, 9, "MUNICIPALITY", "905", "2027-11-01", "sv", false, "5321"));
        // autumn 2027 (1 Sep), overdue spring 2025 and 31 Oct 2027 count: 5 + 7 + 8
        assertThat(NeedDemand.perOccupation(byHorizon, PLACES, java.util.Set.of("905"), "all", END)
                        .get("5321"))
                .isEqualByComparingTo("20.00");
    }

    @Test
    void anAreaOfSeveralMunicipalitiesTakesTheirDominantStatusAndRegion() {
        // pohjanmaa: one each of bilingual Swedish majority, bilingual Finnish majority, Swedish -> Swedish
        assertThat(PLACES.status("EMPLOYMENT_AREA", "pohjanmaa")).contains(LanguageStatus.SWEDISH);
        assertThat(PLACES.status("EMPLOYMENT_AREA", "cross")).contains(LanguageStatus.FINNISH);
        assertThat(PLACES.status("REGION", "15")).contains(LanguageStatus.BILINGUAL_SWEDISH_MAJORITY);
        assertThat(PLACES.status("MUNICIPALITY", "905")).contains(LanguageStatus.BILINGUAL_FINNISH_MAJORITY);
        assertThat(PLACES.region("EMPLOYMENT_AREA", "cross")).contains("14");
        assertThat(PLACES.region("MUNICIPALITY", "499")).contains("15");
        assertThat(PLACES.region("REGION", "99")).isEmpty();
        assertThat(PLACES.status("MUNICIPALITY", "999")).isEmpty();
    }
}
