package fi.livskraft.steering.web;

import fi.livskraft.account.Actor;
import fi.livskraft.area.AreaDirectory;
import fi.livskraft.area.MunicipalityPopulations;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.partnership.ProviderDetail;
import fi.livskraft.steering.Cockpit;
import fi.livskraft.steering.Decisions;
import fi.livskraft.steering.Goals;
import fi.livskraft.steering.Rights;
import fi.livskraft.steering.Strategies;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The owner cockpit, the annual steering report (PDF) and the coordinator's population figures. */
@Controller
class CockpitPages {

    private final Cockpit cockpit;
    private final Rights rights;
    private final Strategies strategies;
    private final Goals goals;
    private final Decisions decisions;
    private final MunicipalityPopulations populations;
    private final AreaDirectory areas;
    private final MessageSource messages;

    CockpitPages(
            Cockpit cockpit,
            Rights rights,
            Strategies strategies,
            Goals goals,
            Decisions decisions,
            MunicipalityPopulations populations,
            AreaDirectory areas,
            MessageSource messages) {
        this.cockpit = cockpit;
        this.rights = rights;
        this.strategies = strategies;
        this.goals = goals;
        this.decisions = decisions;
        this.populations = populations;
        this.areas = areas;
        this.messages = messages;
    }

    @GetMapping("/steering")
    ModelAndView cockpit(@RequestParam(required = false) String municipality, Locale locale) {
        Actor actor = PageModel.actor();
        Cockpit.View view = cockpit.view(actor, municipality, LocalDate.now());
        ModelAndView page = new ModelAndView("steering/cockpit");
        page.addObject("view", view);
        page.addObject("municipalityNames", municipalityNames(view, locale));
        page.addObject("staffProvider", cockpit.staffProvider(actor).orElse(null));
        page.addObject("isCoordinator", actor.isCoordinator());
        return page;
    }

    @GetMapping("/steering/providers/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(required = false) Integer year, Locale locale) {
        ProviderDetail provider = rights.readable(id);
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        byte[] pdf = new SteeringReportPdf(messages, locale)
                .write(provider, y, strategies.forProvider(id), goals.forProvider(id), decisions.forProvider(id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("steering-" + provider.summary().slug() + "-" + y + "-" + locale.getLanguage()
                                        + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    @GetMapping("/steering/populations")
    @PreAuthorize("hasRole('COORDINATOR')")
    ModelAndView populations(
            @RequestParam(required = false) String code, @RequestParam(required = false) Integer year, Locale locale) {
        Map<String, String> form = new LinkedHashMap<>();
        (code == null || year == null
                        ? java.util.Optional.<MunicipalityPopulations.Figure>empty()
                        : populations.find(code, year))
                .ifPresent(f -> {
                    form.put("municipalityCode", f.municipalityCode());
                    form.put("year", String.valueOf(f.year()));
                    form.put("population", String.valueOf(f.population()));
                    form.put("source", f.source());
                    form.put("version", String.valueOf(f.version()));
                });
        return populationsPage(locale, Map.of(), form);
    }

    @PostMapping("/steering/populations")
    @PreAuthorize("hasRole('COORDINATOR')")
    ModelAndView putPopulation(@RequestParam Map<String, String> form, Locale locale) {
        try {
            Integer year = FormErrors.integer(form.get("year"), "year");
            if (year == null) {
                throw new InvalidInputException(fi.livskraft.common.FieldError.of("year", "steering.error.year"));
            }
            populations.put(
                    form.getOrDefault("municipalityCode", "").strip(),
                    year,
                    FormErrors.integer(form.get("population"), "population"),
                    form.get("source"),
                    FormErrors.integer(form.get("version"), "version"));
            return new ModelAndView("redirect:/steering/populations?saved");
        } catch (InvalidInputException e) {
            return populationsPage(locale, FormErrors.of(e, messages, locale), form);
        }
    }

    private ModelAndView populationsPage(Locale locale, Map<String, String> errors, Map<String, String> form) {
        ModelAndView page =
                new ModelAndView("steering/populations", errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        var figures = populations.latestOfEach();
        Map<String, String> names = new LinkedHashMap<>();
        figures.forEach(f -> names.put(
                f.municipalityCode(),
                areas.municipality(f.municipalityCode())
                        .map(m -> m.names().in(locale))
                        .orElse(f.municipalityCode())));
        page.addObject("figures", figures);
        page.addObject("names", names);
        page.addObject("errors", errors);
        page.addObject("form", form);
        return page;
    }

    private Map<String, String> municipalityNames(Cockpit.View view, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : view.choices()) {
            names.put(
                    code,
                    areas.municipality(code).map(m -> m.names().in(locale)).orElse(code));
        }
        return names;
    }
}
