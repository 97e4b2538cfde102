package fi.livskraft.situation;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The municipality's situation as JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Situation", description = "A municipality's situation: population, labour market, AN2024 cost, shortages")
class SituationApi {

    private final SituationService service;

    SituationApi(SituationService service) {
        this.service = service;
    }

    @GetMapping("/municipalities/{code}/situation")
    @Operation(summary = "A municipality's situation for a year (public)", description = """
                    Population (year, value, source); unemployed jobseekers, vacancies and long-term \
                    unemployed of the latest month; the AN2024 cost of the year (full year, basis KELA or \
                    ESTIMATE, split by paid-day band: the bands' costs sum to cost to the cent; \
                    longTermCost = the bands from day 501; costPerInhabitant = cost / population, to the \
                    cent; null when there is no basis, e.g. in Åland); the strongest shortages of its \
                    employment area (ranked by months in shortage of the last 12, then tightness); the \
                    providers it owns with its share; confirmed open workforce needs for it, its area or \
                    region; the next meetings it takes part in (only for a signed-in viewer who may see \
                    them). Names follow Accept-Language or ?lang=sv|fi|en. 400 for a year outside \
                    AN2024's years (2025 to the current year); 404 for an unknown municipality.""")
    SituationJson situation(
            @PathVariable String code,
            @Parameter(description = "Year, default the current year in Europe/Helsinki")
                    @RequestParam(required = false)
                    String year,
            Locale locale) {
        Integer y = null;
        if (year != null && !year.isBlank()) {
            if (!year.strip().matches("\\d{4}")) {
                throw new InvalidInputException(FieldError.of("year", "situation.error.year", year));
            }
            y = Integer.valueOf(year.strip());
        }
        Situation s = service.situation(code, y).orElseThrow(() -> new NotFoundException("municipality", code));
        if (!s.yearKnown()) {
            throw new InvalidInputException(FieldError.of("year", "situation.error.year", String.valueOf(y)));
        }
        return SituationJson.from(s, locale);
    }
}
