package fi.livskraft.insight;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public read API of the language and immigration views: aggregates only, small cells null. */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Workforce needs by language and international recruitment",
        description = "Confirmed workforce needs of the partnership dialogue against vocational supply by language,"
                + " and needs open to international recruitment against persistent shortage. Aggregates only:"
                + " person counts under the suppression threshold (default 5) and figures built on them are null.")
class NeedEvidenceApi {

    static final String LANGUAGE_METHOD = "Persons needed = head counts of workforce needs that are not closed, have"
            + " occupations a person confirmed and require the language (sv or fi; 'any' and 'en' left out), each"
            + " split equally across its confirmed occupations, every horizon. A need for a municipality counts for"
            + " that municipality's language status; for an employment area or region, for the status held by most"
            + " member municipalities (tie: the more Swedish-speaking status), and for its region (employment area:"
            + " the region of most members). Graduates and start places of the latest supply year taught in the"
            + " language, each x crosswalk weight, counted at the provider's home municipality (region-only supply"
            + " in the region grouping only). difference = needed - weighted graduates. Occupations appear where a"
            + " need requires sv or fi.";

    static final String IMMIGRATION_METHOD = "Persons = head counts of confirmed, not closed needs open to"
            + " international recruitment, split equally across their occupations, counted for the need's region."
            + " Persistent shortage: tightness class SHORTAGE or STRONG_SHORTAGE in the region (12ti) in at least"
            + " rule.months of the last rule.of months of the latest vintage (livskraft.evidence.persistent-shortage,"
            + " default 9 of 12); a month without both figures is not in shortage. Local surplus: unemployed >"
            + " vacancies in the latest month (null when not known). qualifies = persistent and no local surplus."
            + " byLanguage gives the persons by the language the need requires: fi or sv need language training in"
            + " it, en or any need integration training only.";

    private final NeedInsights needs;

    NeedEvidenceApi(NeedInsights needs) {
        this.needs = needs;
    }

    record SideJson(BigDecimal needed, BigDecimal graduates, BigDecimal startPlaces, BigDecimal difference) {
        static SideJson from(LanguageRow.Side s) {
            return new SideJson(s.needed(), s.graduates(), s.startPlaces(), s.difference());
        }
    }

    record LanguageRowJson(String group, String occupation, boolean demo, SideJson sv, SideJson fi) {
        static LanguageRowJson from(LanguageRow r) {
            return new LanguageRowJson(r.group(), r.iscoCode(), r.demo(), SideJson.from(r.sv()), SideJson.from(r.fi()));
        }
    }

    record LanguageJson(
            Integer supplyYear,
            String method,
            List<LabourMarketApi.SourceJson> sources,
            List<LanguageRowJson> byStatus,
            List<LanguageRowJson> byRegion) {}

    @GetMapping("/language")
    @Operation(
            summary = "Needs that require Swedish (and Finnish) against supply taught in that language",
            description = LANGUAGE_METHOD + " byStatus.group is FINNISH, SWEDISH, BILINGUAL_SWEDISH_MAJORITY or"
                    + " BILINGUAL_FINNISH_MAJORITY; byRegion.group is the 2-digit region code.")
    @ApiResponse(responseCode = "200", description = "Rows by language status and by region; null where suppressed")
    LanguageJson language() {
        NeedInsights.LanguageReport r = needs.language();
        return new LanguageJson(
                r.supplyYear(),
                LANGUAGE_METHOD,
                r.sources().stream().map(LabourMarketApi.SourceJson::from).toList(),
                r.byStatus().stream().map(LanguageRowJson::from).toList(),
                r.byRegion().stream().map(LanguageRowJson::from).toList());
    }

    record ShortageJson(
            int shortageMonths,
            int monthsWithRatio,
            int window,
            boolean persistent,
            String latestPeriod,
            BigDecimal latestVacancies,
            BigDecimal latestUnemployed,
            Boolean localSurplus,
            boolean qualifies) {
        static ShortageJson from(PersistentShortage s) {
            return new ShortageJson(
                    s.shortageMonths(),
                    s.monthsWithRatio(),
                    s.window(),
                    s.persistent(),
                    s.latestPeriod(),
                    s.latestVacancies(),
                    s.latestUnemployed(),
                    s.localSurplus(),
                    s.qualifies());
        }
    }

    record RecruitmentJson(
            String region,
            String occupation,
            boolean demo,
            BigDecimal persons,
            RecruitmentRow.ByLanguage byLanguage,
            ShortageJson shortage,
            int languageTrainingOffers,
            int shortModuleOffers,
            List<String> offeredQualifications) {}

    record CandidateJson(String region, String occupation, ShortageJson shortage, BigDecimal internationalPersons) {}

    record RuleJson(int months, int of) {}

    record ImmigrationJson(
            RuleJson rule,
            List<String> months,
            String method,
            List<LabourMarketApi.SourceJson> sources,
            List<RecruitmentJson> needs,
            List<CandidateJson> candidates) {}

    @GetMapping("/immigration")
    @Operation(
            summary = "Needs open to international recruitment against persistent shortage with no local surplus",
            description = IMMIGRATION_METHOD)
    @ApiResponse(responseCode = "200", description = "Needs per region and occupation, and the qualifying occupations")
    ImmigrationJson immigration() {
        NeedInsights.ImmigrationReport r = needs.immigration();
        return new ImmigrationJson(
                new RuleJson(r.rule().months(), r.rule().of()),
                r.window(),
                IMMIGRATION_METHOD,
                r.sources().stream().map(LabourMarketApi.SourceJson::from).toList(),
                r.rows().stream()
                        .map(x -> new RecruitmentJson(
                                x.regionCode(),
                                x.iscoCode(),
                                x.demo(),
                                x.persons(),
                                x.byLanguage(),
                                ShortageJson.from(x.shortage()),
                                x.languageOffers(),
                                x.moduleOffers(),
                                x.offeredQualifications()))
                        .toList(),
                r.candidates().stream()
                        .map(c -> new CandidateJson(
                                c.regionCode(),
                                c.iscoCode(),
                                ShortageJson.from(c.shortage()),
                                c.internationalPersons()))
                        .toList());
    }
}
