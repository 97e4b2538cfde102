package fi.livskraft.situation;

import fi.livskraft.area.MunicipalityProfiles;
import fi.livskraft.common.Names;
import fi.livskraft.economypages.MunicipalCosts;
import fi.livskraft.evidence.Source;
import fi.livskraft.insight.AreaShortages;
import fi.livskraft.meeting.ActionItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything the situation page and API show about one municipality.
 *
 * @param year the year asked for (or the current year)
 * @param cost null when the year is unknown or there is no basis
 * @param swedish null unless the municipality is Swedish-speaking or bilingual
 * @param meetings null for a viewer who may not see meetings and actions
 */
public record Situation(
        MunicipalityProfiles.Profile profile,
        LocalDate today,
        Labour labour,
        int year,
        boolean yearKnown,
        List<Integer> years,
        MunicipalCosts.View cost,
        BigDecimal costPerInhabitant,
        AreaShortages.Report shortages,
        List<AreaShortages.LanguageGap> swedish,
        List<ProviderRow> providers,
        int openNeeds,
        List<MeetingRow> meetings,
        List<ActionItem> actions) {

    /** Unemployed jobseekers and vacancies of the municipality, its region and Finland. */
    public record Labour(
            List<String> months, List<AreaFigures> areas, Source source, String longTermPeriod, Source longTermSource) {

        public String latest() {
            return months.isEmpty() ? null : months.get(months.size() - 1);
        }

        public AreaFigures own() {
            return areas.get(0);
        }
    }

    /** One area's monthly series (one value per month, null: none) and its latest figures. */
    public record AreaFigures(
            String code,
            Names names,
            List<BigDecimal> unemployed,
            List<BigDecimal> vacancies,
            BigDecimal labourForce,
            BigDecimal longTermUnemployed) {

        public BigDecimal latestUnemployed() {
            return unemployed.isEmpty() ? null : unemployed.get(unemployed.size() - 1);
        }

        public BigDecimal latestVacancies() {
            return vacancies.isEmpty() ? null : vacancies.get(vacancies.size() - 1);
        }

        /** Unemployed jobseekers per labour force, a share 0..1 (4 decimals). */
        public BigDecimal unemploymentShare() {
            BigDecimal u = latestUnemployed();
            return u == null || labourForce == null || labourForce.signum() == 0
                    ? null
                    : u.divide(labourForce, 4, RoundingMode.HALF_UP);
        }

        /** Long-term unemployed per unemployed jobseeker, a share 0..1 (4 decimals). */
        public BigDecimal longTermShare() {
            BigDecimal u = latestUnemployed();
            return u == null || longTermUnemployed == null || u.signum() == 0
                    ? null
                    : longTermUnemployed.divide(u, 4, RoundingMode.HALF_UP);
        }
    }

    /** A provider the municipality owns, its share and its goals' status. */
    public record ProviderRow(
            long id,
            Names names,
            BigDecimal sharePercent,
            int goals,
            int onTrack,
            int atRisk,
            int offTrack,
            boolean demo) {}

    /** A next meeting the municipality takes part in. */
    public record MeetingRow(long id, String title, LocalDateTime start, boolean demo) {}

    public boolean stale(String period) {
        return Staleness.stale(Staleness.ofPeriod(period), today);
    }

    public boolean staleMonth(LocalDate month) {
        return month != null && Staleness.stale(YearMonth.from(month), today);
    }

    public boolean staleYear(Integer year) {
        return year != null && Staleness.stale(YearMonth.of(year, 12), today);
    }

    public LineChart chart() {
        return LineChart.of(
                labour.months(),
                List.of("unemployed", "vacancies"),
                List.of(labour.own().unemployed(), labour.own().vacancies()));
    }

    public boolean swedishSpoken() {
        return profile.municipality().languageStatus().swedishSpoken();
    }
}
