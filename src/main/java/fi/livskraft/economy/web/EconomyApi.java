package fi.livskraft.economy.web;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.economy.Compensations;
import fi.livskraft.economy.CostParameters;
import fi.livskraft.economy.EconomyConfiguration;
import fi.livskraft.economy.Model;
import fi.livskraft.economy.MunicipalCost;
import fi.livskraft.economy.PersonDays;
import fi.livskraft.economy.ScenarioCalculator;
import fi.livskraft.economy.ScenarioDraft;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The municipal economy: parameters (public to read), computations on the caller's numbers, edits. */
@RestController
@RequestMapping("/api/v1/economy")
@Tag(
        name = "Municipal economy",
        description = "AN2024 municipal co-financing of unemployment benefits. The parameters are dated data with"
                + " their legal source and a verified flag (unverified values are the best reading of the statute)."
                + " Reading the parameters is public. The cost and scenario calls compute on the numbers the caller"
                + " sends and store nothing, so they are public too (no credentials). Editing the parameters and"
                + " entering compensations is for the coordinator (HTTP Basic), audited. Money: each day costs"
                + " dailyAmount x band share, kept exact; each person's total is rounded HALF_UP to the cent.")
class EconomyApi {

    private final EconomyConfiguration configuration;
    private final Compensations compensations;
    private final ScenarioCalculator scenarios;
    private final MessageSource messages;

    EconomyApi(
            EconomyConfiguration configuration,
            Compensations compensations,
            ScenarioCalculator scenarios,
            MessageSource messages) {
        this.configuration = configuration;
        this.compensations = compensations;
        this.scenarios = scenarios;
        this.messages = messages;
    }

    @GetMapping("/config")
    @Operation(
            summary = "The parameter set in force on a date (public)",
            description = "The set of the model (AN2024 by default) with the latest validFrom on or before the date,"
                    + " its bands, and for AN2024 the benefit types counted that day (general support from 2026-05-01)."
                    + " 400 naming `date` when it is missing, not YYYY-MM-DD, or the model has no set then.")
    ConfigJson config(
            @Parameter(example = "2025-06-01") @RequestParam(required = false) String date,
            @Parameter(description = "AN2024 (default) or PRE2025") @RequestParam(required = false) String model) {
        LocalDate day = parseDate(date);
        Model m = parseModel(model);
        CostParameters set = configuration.require(m, day, "date");
        ConfigJson json = ConfigJson.from(set, configuration.nextStart(set).orElse(null));
        return m == Model.AN2024 ? json.withBenefitTypes(configuration.benefitTypes(day)) : json;
    }

    @GetMapping("/config/sets")
    @Operation(summary = "Every parameter set of both models, oldest first within a model (public)")
    List<ConfigJson> sets() {
        return configuration.all().stream()
                .map(s -> ConfigJson.from(s, configuration.nextStart(s).orElse(null)))
                .toList();
    }

    @PostMapping("/config")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a dated parameter set (coordinator)",
            description = "Bands must start at day 1 and follow each other without gap or overlap (next fromDay ="
                    + " previous toDay + 1), only the last open-ended (toDay null); shares 0-100 with at most 2"
                    + " decimals; daily amount over 0 and under 1000. Each broken rule is a 400 naming the field"
                    + " (`bands[2].fromDay`). One set per model and date. Audited.")
    ConfigJson create(@RequestBody ConfigEditJson body) {
        CostParameters created = configuration.create(body.toParameters(null));
        return ConfigJson.from(created, configuration.nextStart(created).orElse(null));
    }

    @PutMapping("/config/{id}")
    @Operation(
            summary = "Correct a parameter set (coordinator)",
            description = "Same rules as adding; carries the version read, 409 when someone changed it meanwhile."
                    + " Audited with the state before and after.")
    ConfigJson update(@PathVariable long id, @RequestBody ConfigEditJson body) {
        CostParameters current = configuration.get(id);
        if (body.version() == null) {
            throw new InvalidInputException(FieldError.of("version", "economy.error.version-required"));
        }
        CostParameters updated = configuration.update(id, body.toParameters(current.model()));
        return ConfigJson.from(updated, configuration.nextStart(updated).orElse(null));
    }

    @PostMapping("/cost")
    @Operation(
            summary = "The municipality's cost of paying persons more days (public, stores nothing)",
            description = "A person with `accumulatedDays` paid days so far is paid `paidDays` more; day k costs the"
                    + " daily amount x the share of the band containing k. Exact per band; each person's total"
                    + " rounded HALF_UP to the cent; municipalCost is the sum of the rounded totals. 400 names the"
                    + " field: missing date or no parameters on it, empty persons or more than 100,000, negative"
                    + " days, accumulatedDays over 20,000 (some 77 years of paid days) or paidDays over 3,660 (ten"
                    + " years of every calendar day) as absurd.")
    CostResponseJson cost(@RequestBody CostRequestJson body) {
        List<PersonDays> persons = body.checkedPersons();
        CostParameters params = configuration.require(body.modelOrDefault(), body.date(), "date");
        return CostResponseJson.from(MunicipalCost.cost(params, persons));
    }

    @PostMapping("/scenario")
    @Operation(
            summary = "Provision scenario: N more start places in qualification Q in area A (public, stores nothing)",
            description = "Leave any assumption out to take its default (studyYears 3, completionRate 0.70,"
                    + " employedShare 0.75, counterfactualUnemployedShare 0.5, avoidedDaysPerYear 150,"
                    + " startAccumulatedDays 200, unitPricePerStudentYear 11000 (an assumption), horizonYears 5,"
                    + " startYear next year). Uses the AN2024 parameters in force on 1 January of startYear. 400"
                    + " names the field: unknown qualification or area, an Åland municipality (AN2024 does not"
                    + " apply there), extraStartPlaces not 1-10,000, rates outside 0..1.")
    ScenarioResponseJson scenario(@RequestBody ScenarioDraft body, Locale locale) {
        return ScenarioResponseJson.from(scenarios.calculate(body), messages, locale);
    }

    @GetMapping("/compensation/{municipalityCode}")
    @Operation(summary = "The compensations entered for a municipality, by year (signed-in users)")
    List<CompensationJson> compensations(@PathVariable String municipalityCode) {
        return compensations.forMunicipality(municipalityCode).stream()
                .map(CompensationJson::from)
                .toList();
    }

    @PutMapping("/compensation/{municipalityCode}/{year}")
    @Operation(
            summary = "Enter or correct the state-share compensation of a municipality and year (coordinator)",
            description = "Net effect = AN2024 cost - compensation. A correction carries the version read (409 when"
                    + " stale). Åland municipalities are refused: AN2024 does not apply there. Audited.")
    CompensationJson putCompensation(
            @PathVariable String municipalityCode, @PathVariable int year, @RequestBody CompensationJson.Edit body) {
        return CompensationJson.from(
                compensations.put(municipalityCode, year, body.amountEur(), body.source(), body.version()));
    }

    private static LocalDate parseDate(String date) {
        if (date == null || date.isBlank()) {
            throw new InvalidInputException(FieldError.of("date", "economy.error.required"));
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(FieldError.of("date", "economy.error.date-format", date));
        }
    }

    private static Model parseModel(String model) {
        if (model == null || model.isBlank()) {
            return Model.AN2024;
        }
        try {
            return Model.valueOf(model.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldError.of("model", "economy.error.model", model));
        }
    }
}
