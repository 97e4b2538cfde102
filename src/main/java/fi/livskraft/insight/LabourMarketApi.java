package fi.livskraft.insight;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public read API of the analyses: tightness of one cell and the ranked supply-demand gap. */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Labour-market evidence",
        description = "Tightness (open vacancies per unemployed jobseeker) and supply against demand, from the"
                + " employment service statistics (StatFin 12ti, 12r5) and vocational supply and outcomes. Person"
                + " counts under the suppression threshold (default 5) and ratios built on them are null.")
class LabourMarketApi {

    private final Insights insights;

    LabourMarketApi(Insights insights) {
        this.insights = insights;
    }

    record SourceJson(String publisher, String dataset, String vintage, String licence, boolean demo) {
        static SourceJson from(SourceRef s) {
            return new SourceJson(s.publisher(), s.dataset(), s.vintage(), s.licence(), s.demo());
        }
    }

    record TightnessJson(
            String area,
            String occupation,
            String period,
            BigDecimal vacancies,
            BigDecimal unemployed,
            BigDecimal ratio,
            @JsonProperty("class") TightnessClass tightnessClass,
            String reason,
            SourceJson source) {}

    @GetMapping("/labour-market/tightness")
    @Operation(
            summary = "Open vacancies per unemployed jobseeker for area x occupation x month",
            description = "ratio = vacancies / unemployed (month-end stocks), half-up to 4 decimals; class by the"
                    + " configured bounds (livskraft.evidence.tightness), decided on the exact quotient. Without"
                    + " both inputs, with no unemployed jobseekers, or with fewer unemployed than the suppression"
                    + " threshold, ratio and class are null and reason says why (MISSING_VACANCIES,"
                    + " MISSING_UNEMPLOYED, MISSING_BOTH, ZERO_UNEMPLOYED, SUPPRESSED). Occupation codes are given"
                    + " per region and for the whole country only (12ti).")
    @ApiResponse(responseCode = "200", description = "The fact, with its source")
    @ApiResponse(responseCode = "400", description = "A parameter is malformed (the error names it)")
    @ApiResponse(responseCode = "404", description = "No such fact in the latest vintage of any source")
    TightnessJson tightness(
            @Parameter(description = "Area code: SSS (whole country), MKnn (region), SKnnn, KUnnn", example = "MK15")
                    @RequestParam(required = false)
                    String area,
            @Parameter(description = "ISCO-08 / Ammattiluokitus 2010 code (SSS = all)", example = "5321")
                    @RequestParam(required = false)
                    String occupation,
            @Parameter(description = "Month, e.g. 2023M10", example = "2023M10") @RequestParam(required = false)
                    String period) {
        Insights.TightnessView v = insights.tightness(area, occupation, period);
        Tightness t = v.tightness();
        return new TightnessJson(
                v.area(),
                v.occupation(),
                v.period(),
                t.vacancies(),
                t.unemployed(),
                t.ratio(),
                t.tightnessClass(),
                t.reason() == null ? null : t.reason().name(),
                SourceJson.from(v.source()));
    }

    record TermJson(
            String qualification,
            String language,
            Integer graduates,
            BigDecimal weight,
            BigDecimal employedShare,
            String employedShareFrom,
            BigDecimal contribution) {}

    record GapRowJson(
            int rank,
            String occupation,
            BigDecimal vacancies,
            BigDecimal replacementDemand,
            boolean replacementDemandKnown,
            BigDecimal confirmedNeeds,
            boolean confirmedNeedsAvailable,
            BigDecimal demand,
            List<TermJson> graduateTerms,
            BigDecimal graduateSupply,
            BigDecimal unemployed,
            BigDecimal supply,
            BigDecimal gap,
            boolean suppressed) {

        static GapRowJson from(GapRow r) {
            return new GapRowJson(
                    r.rank(),
                    r.iscoCode(),
                    r.vacancies(),
                    r.replacement(),
                    r.replacementKnown(),
                    r.confirmedNeeds(),
                    r.confirmedNeedsAvailable(),
                    r.demand(),
                    r.graduateTerms().stream()
                            .map(t -> new TermJson(
                                    t.qualificationCode(),
                                    t.language(),
                                    t.graduates(),
                                    t.weight(),
                                    t.employedShare(),
                                    t.shareScope().name(),
                                    t.graduates() == null ? null : t.contribution()))
                            .toList(),
                    r.graduateSupply(),
                    r.unemployed(),
                    r.supply(),
                    r.gap(),
                    r.suppressed());
        }
    }

    record GapJson(
            String area,
            String level,
            String language,
            List<String> months,
            boolean estimated,
            String method,
            java.time.LocalDate needsFrom,
            java.time.LocalDate needsUntil,
            List<SourceJson> sources,
            List<GapRowJson> rows) {}

    static final String GAP_METHOD = "demand = open vacancies (average of the month-end stocks over the months)"
            + " + replacement demand (0: not known yet) + confirmed workforce needs (persons of the partnership"
            + " dialogue's needs that are not closed and have confirmed occupations, each need's head count split"
            + " equally across its occupations; a need counts where all of its municipalities lie in the area,"
            + " when its horizon begins before the end of the configured months (default 12) from the first day"
            + " of the current month; with language=fi|sv|en only needs requiring that language);"
            + " supply = sum of graduates (latest year) x crosswalk weight x share employed one year after"
            + " graduation (the region's share of the qualification, else the nation's; none: the term adds 0)"
            + " + unemployed jobseekers (average of the month-end stocks); gap = demand - supply, two decimals"
            + " half-up, ranked largest first. Below the region (sub-region, municipality, employment area) the"
            + " occupation cells are estimates: the region's cell x the area's share of the region's unemployed"
            + " (or vacancies) in the municipal totals of 12r5. Vacancies and unemployed are not broken down by language in the"
            + " sources: with language=fi|sv only the graduate supply (language of instruction) and the confirmed"
            + " needs (language required) are limited to that language.";

    @GetMapping("/gap")
    @Operation(
            summary = "Supply against demand per occupation in an area, ranked, every term returned",
            description = GAP_METHOD)
    @ApiResponse(responseCode = "200", description = "Ranked rows; terms null where suppressed")
    @ApiResponse(responseCode = "400", description = "A parameter is malformed (the error names it)")
    @ApiResponse(responseCode = "404", description = "No such area")
    GapJson gap(
            @Parameter(description = "Area code: SSS, MKnn, SKnnn, KUnnn or TA:<employment area id>", example = "MK15")
                    @RequestParam(required = false)
                    String area,
            @Parameter(
                            description = "country, region, sub-region, municipality or employment-area (checked"
                                    + " against the area code)")
                    @RequestParam(required = false)
                    String level,
            @Parameter(description = "all, fi, sv or en: language of instruction of the graduate supply")
                    @RequestParam(required = false)
                    String language,
            @Parameter(description = "First month, e.g. 2023M01 (default: twelve months before the last)")
                    @RequestParam(required = false)
                    String from,
            @Parameter(description = "Last month (default: the latest with facts)") @RequestParam(required = false)
                    String to) {
        Insights.GapReport r = insights.gapForCurrentUser(area, level, language, from, to);
        List<SourceJson> sources = java.util.stream.Stream.concat(r.sources().stream(), r.educationSources().stream())
                .distinct()
                .map(SourceJson::from)
                .toList();
        return new GapJson(
                r.area().code(),
                r.area().level().param(),
                r.language(),
                r.periods(),
                r.estimated(),
                GAP_METHOD,
                r.needsFrom(),
                r.needsUntil(),
                sources,
                r.rows().stream().map(GapRowJson::from).toList());
    }
}
