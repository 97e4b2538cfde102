package fi.livskraft.economy.web;

import fi.livskraft.account.Actor;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.economy.CostParameters;
import fi.livskraft.economy.EconomyConfiguration;
import fi.livskraft.economy.Model;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The co-financing parameters: every set with its legal source, verified flag and dates (public),
 * and the coordinator's forms to add a dated set or correct one.
 */
@Controller
class ConfigPages {

    /** A set as listed: in force until the day before the next set of its model starts (null: until further). */
    record SetView(CostParameters set, LocalDate validUntil, boolean inForceToday) {}

    /** A message next to its field and in the summary; {@code inputId} is the id of the field's input. */
    record ShownError(String field, String inputId, String message) {}

    private final EconomyConfiguration configuration;
    private final MessageSource messages;

    ConfigPages(EconomyConfiguration configuration, MessageSource messages) {
        this.configuration = configuration;
        this.messages = messages;
    }

    @GetMapping("/economy/config")
    String list(org.springframework.ui.Model model) {
        LocalDate today = LocalDate.now();
        Map<Model, List<SetView>> byModel = new LinkedHashMap<>();
        for (Model m : Model.values()) {
            CostParameters current = configuration.inForce(m, today).orElse(null);
            byModel.put(
                    m,
                    configuration.all().stream()
                            .filter(s -> s.model() == m)
                            .map(s -> new SetView(
                                    s,
                                    configuration
                                            .nextStart(s)
                                            .map(d -> d.minusDays(1))
                                            .orElse(null),
                                    current != null && current.id().equals(s.id())))
                            .toList());
        }
        model.addAttribute("byModel", byModel);
        model.addAttribute("coordinator", isCoordinator());
        return "economy/config";
    }

    @GetMapping("/economy/config/new")
    ModelAndView newSet(@RequestParam(defaultValue = "AN2024") String model) {
        requireCoordinator();
        Model m = Arrays.stream(Model.values())
                .filter(x -> x.name().equals(model))
                .findFirst()
                .orElse(Model.AN2024);
        CostParameters latest = configuration.all().stream()
                .filter(s -> s.model() == m)
                .reduce((a, b) -> b)
                .orElseThrow();
        return form(ConfigForm.of(latest, true), null, List.of(), false, HttpStatus.OK);
    }

    @PostMapping("/economy/config/new")
    ModelAndView create(@RequestParam Map<String, String> params, Locale locale, RedirectAttributes redirect) {
        requireCoordinator();
        ConfigForm form = ConfigForm.read(params);
        try {
            CostParameters created = configuration.create(form.toParameters());
            redirect.addAttribute("saved", created.id());
            return new ModelAndView("redirect:/economy/config");
        } catch (InvalidInputException e) {
            return form(form.withSpareRows(), null, shown(form, e, locale), false, HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping("/economy/config/{id}/edit")
    ModelAndView edit(@PathVariable long id) {
        requireCoordinator();
        return form(ConfigForm.of(configuration.get(id), false), id, List.of(), false, HttpStatus.OK);
    }

    @PostMapping("/economy/config/{id}/edit")
    ModelAndView update(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Locale locale,
            RedirectAttributes redirect) {
        requireCoordinator();
        CostParameters current = configuration.get(id);
        ConfigForm form = ConfigForm.read(params);
        try {
            if (form.version() == null || form.version().isBlank()) {
                throw new InvalidInputException(FieldError.of("version", "economy.error.version-required"));
            }
            configuration.update(id, form.toParameters());
            redirect.addAttribute("saved", id);
            return new ModelAndView("redirect:/economy/config");
        } catch (InvalidInputException e) {
            return form(form.withSpareRows(), id, shown(form, e, locale), false, HttpStatus.BAD_REQUEST);
        } catch (ConcurrentEditException e) {
            return form(
                    ConfigForm.of(configuration.get(current.id()), false), id, List.of(), true, HttpStatus.CONFLICT);
        }
    }

    private ModelAndView form(ConfigForm form, Long id, List<ShownError> errors, boolean conflict, HttpStatus status) {
        ModelAndView page = new ModelAndView("economy/config-form");
        page.setStatus(status);
        page.addObject("form", form);
        page.addObject("setId", id);
        page.addObject("errors", errors);
        page.addObject(
                "fieldErrors",
                errors.stream()
                        .collect(Collectors.groupingBy(
                                ShownError::field,
                                LinkedHashMap::new,
                                Collectors.mapping(ShownError::message, Collectors.joining(" ")))));
        page.addObject("conflict", conflict);
        return page;
    }

    private List<ShownError> shown(ConfigForm form, InvalidInputException e, Locale locale) {
        return e.errors().stream()
                .map(form::toShown)
                .map(f -> new ShownError(f.field(), ConfigForm.inputId(f.field()), message(f, locale)))
                .toList();
    }

    private String message(FieldError error, Locale locale) {
        return messages.getMessage(error.messageKey(), error.arguments().toArray(), error.messageKey(), locale);
    }

    private static boolean isCoordinator() {
        return Actor.current().map(Actor::isCoordinator).orElse(false);
    }

    private static void requireCoordinator() {
        if (!isCoordinator()) {
            throw new AccessDeniedException("coordinator only");
        }
    }
}
