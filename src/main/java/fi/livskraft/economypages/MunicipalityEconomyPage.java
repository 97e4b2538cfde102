package fi.livskraft.economypages;

import fi.livskraft.area.AreaDirectory;
import fi.livskraft.area.Municipality;
import fi.livskraft.area.MunicipalityPopulations;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import fi.livskraft.evidence.LabourMarket;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A municipality's economy. Kela publishes by employment area, so the area's cost is allocated to
 * its members in proportion to their state-share compensation for the year (which the state fixes
 * by working-age population): only when every member has one; otherwise the page shows the area's
 * figure and says why. The coordinator enters the compensation here.
 */
@Controller
class MunicipalityEconomyPage {

    /** A message next to a field and in the summary at the top. */
    record ShownError(String field, String message) {}

    /** The municipality's part of its area's cost, when it can be allocated. */
    record Allocation(BigDecimal sharePercent, BigDecimal cost, BigDecimal compensation, BigDecimal net) {}

    /**
     * The allocated cost and net per inhabitant, on the latest population the municipality has
     * (31 December of {@code populationYear}), which the page names with its source.
     */
    record PerInhabitant(BigDecimal cost, BigDecimal net, int population, int populationYear, String source) {

        static PerInhabitant of(Allocation a, MunicipalityPopulations.Figure population) {
            BigDecimal inhabitants = BigDecimal.valueOf(population.population());
            return new PerInhabitant(
                    a.cost().divide(inhabitants, 2, RoundingMode.HALF_UP),
                    a.net().divide(inhabitants, 2, RoundingMode.HALF_UP),
                    population.population(),
                    population.year(),
                    population.source());
        }
    }

    private final AreaDirectory directory;
    private final AreaEconomyService areas;
    private final EconomyRules rules;
    private final MessageSource messages;
    private final LabourMarket labourMarket;
    private final MunicipalityPopulations populations;

    MunicipalityEconomyPage(
            AreaDirectory directory,
            AreaEconomyService areas,
            EconomyRules rules,
            MessageSource messages,
            LabourMarket labourMarket,
            MunicipalityPopulations populations) {
        this.labourMarket = labourMarket;
        this.populations = populations;
        this.directory = directory;
        this.areas = areas;
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping("/economy/municipalities/{code}")
    ModelAndView page(@PathVariable String code, @RequestParam(required = false) Integer year, Locale locale) {
        return page(code, year, List.of(), false, null, HttpStatus.OK, locale);
    }

    @PostMapping("/economy/municipalities/{code}/compensation")
    ModelAndView enter(
            @PathVariable String code,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) Integer version,
            Locale locale) {
        Integer y = null;
        try {
            y = parseYear(year);
            BigDecimal euros = parseAmount(amount);
            rules.putCompensation(code, y, euros, source, version);
        } catch (InvalidInputException e) {
            List<ShownError> errors = e.errors().stream()
                    .map(f -> new ShownError("amountEur".equals(f.field()) ? "amount" : f.field(), message(f, locale)))
                    .toList();
            Map<String, String> typed = Map.of("year", nz(year), "amount", nz(amount), "source", nz(source));
            return page(code, y, errors, false, typed, HttpStatus.BAD_REQUEST, locale);
        } catch (ConcurrentEditException e) {
            return page(code, y, List.of(), true, null, HttpStatus.CONFLICT, locale);
        }
        return new ModelAndView("redirect:/economy/municipalities/" + code + "?year=" + y + "&saved");
    }

    private ModelAndView page(
            String code,
            Integer year,
            List<ShownError> errors,
            boolean conflict,
            Map<String, String> typed,
            HttpStatus status,
            Locale locale) {
        Municipality m = directory.municipality(code).orElseThrow(() -> new NotFoundException("municipality", code));
        ModelAndView page = new ModelAndView("economypages/municipality");
        page.setStatus(status);
        page.addObject("municipality", m);
        AreaEconomyReport report = m.employmentAreaId() == null ? null : areas.report(m.employmentAreaId(), year);
        page.addObject("report", report);
        int shownYear = report != null && report.year() != null
                ? report.year()
                : year != null ? year : LocalDate.now(EconomyRules.ZONE).getYear();
        page.addObject("year", shownYear);
        Allocation allocation = report == null ? null : allocation(report, code);
        page.addObject("allocation", allocation);
        page.addObject(
                "perInhabitant",
                allocation == null
                        ? null
                        : populations
                                .latest(code)
                                .map(p -> PerInhabitant.of(allocation, p))
                                .orElse(null));
        page.addObject("durations", m.inAland() ? List.of() : labourMarket.unemployedByDuration(code));
        List<EconomyRules.Compensation> all = rules.compensations(code);
        page.addObject("compensations", all);
        EconomyRules.Compensation current =
                all.stream().filter(c -> c.year() == shownYear).findFirst().orElse(null);
        page.addObject("current", current);
        page.addObject("errors", errors);
        page.addObject(
                "fieldErrors",
                errors.stream()
                        .collect(Collectors.groupingBy(
                                ShownError::field, Collectors.mapping(ShownError::message, Collectors.joining(" ")))));
        page.addObject("conflict", conflict);
        page.addObject(
                "typed",
                typed != null
                        ? typed
                        : Map.of(
                                "year", String.valueOf(shownYear),
                                "amount",
                                        current == null ? "" : current.amount().toPlainString(),
                                "source", current == null ? "" : current.source()));
        return page;
    }

    /** The municipality's compensation share of the area times the area's cost; null when not every member has one. */
    static Allocation allocation(AreaEconomyReport report, String code) {
        if (!report.hasFigures() || !report.compensationComplete()) {
            return null;
        }
        AreaEconomyReport.MemberCompensation own = report.member(code).orElse(null);
        BigDecimal total = report.compensationTotal();
        if (own == null || total.signum() == 0) {
            return null;
        }
        BigDecimal exactCost = report.shownYear().orElseThrow().total().cost();
        BigDecimal cost = exactCost.multiply(own.amount()).divide(total, 2, RoundingMode.HALF_UP);
        return new Allocation(own.sharePercent(), cost, own.amount(), cost.subtract(own.amount()));
    }

    private static Integer parseYear(String raw) {
        String v = nz(raw).strip();
        if (!v.matches("\\d{4}")) {
            throw new InvalidInputException(FieldError.of("year", "economypages.compensation.error.year"));
        }
        return Integer.valueOf(v);
    }

    private static BigDecimal parseAmount(String raw) {
        String v =
                nz(raw).replace(" ", "").replace("\u00A0", "").replace(',', '.').strip();
        if (!v.matches("-?\\d{1,13}(\\.\\d{1,2})?")) {
            throw new InvalidInputException(FieldError.of("amount", "economypages.compensation.error.amount"));
        }
        return new BigDecimal(v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String message(FieldError error, Locale locale) {
        return messages.getMessage(error.messageKey(), error.arguments().toArray(), error.messageKey(), locale);
    }
}
