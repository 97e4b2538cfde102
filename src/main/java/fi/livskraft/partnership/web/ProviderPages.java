package fi.livskraft.partnership.web;

import fi.livskraft.account.Actor;
import fi.livskraft.area.AreaDirectory;
import fi.livskraft.classification.Classifications;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.partnership.OwnerShare;
import fi.livskraft.partnership.OwnershipChange;
import fi.livskraft.partnership.OwnershipPeriod;
import fi.livskraft.partnership.Ownerships;
import fi.livskraft.partnership.ProviderDetail;
import fi.livskraft.partnership.Providers;
import fi.livskraft.partnership.SupplyChange;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The provider registry pages: the list, a provider, and its ownership and supply forms. */
@Controller
class ProviderPages {

    static final int BLANK_ROWS = 2;

    private final Providers providers;
    private final Ownerships ownerships;
    private final AreaDirectory areas;
    private final Classifications classifications;
    private final MessageSource messages;

    ProviderPages(
            Providers providers,
            Ownerships ownerships,
            AreaDirectory areas,
            Classifications classifications,
            MessageSource messages) {
        this.providers = providers;
        this.ownerships = ownerships;
        this.areas = areas;
        this.classifications = classifications;
        this.messages = messages;
    }

    @GetMapping("/providers")
    String list(
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String region,
            Model model) {
        String lang = "sv".equals(language) || "fi".equals(language) ? language : null;
        model.addAttribute("providers", providers.list(lang, region));
        model.addAttribute("regions", providers.regions());
        model.addAttribute("language", lang);
        model.addAttribute("region", region);
        model.addAttribute("owned", Actor.current().map(providers::ownedBy).orElse(Set.of()));
        return "partnership/providers";
    }

    @GetMapping("/providers/{id}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        ProviderDetail provider = providers.get(id);
        fill(model, provider, locale);
        model.addAttribute("ownershipForm", OwnershipForm.from(provider));
        model.addAttribute("supplyForm", SupplyForm.from(provider));
        return "partnership/provider";
    }

    @PostMapping("/providers/{id}/owners")
    @PreAuthorize("hasRole('COORDINATOR')")
    ModelAndView changeOwners(
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String validFrom,
            @RequestParam(name = "code", required = false) String[] codes,
            @RequestParam(name = "share", required = false) String[] shares,
            Locale locale) {
        OwnershipForm form = OwnershipForm.submitted(version, validFrom, codes, shares);
        try {
            ownerships.change(id, form.toChange());
            return new ModelAndView("redirect:/providers/" + id + "?ownersSaved#owners-title");
        } catch (InvalidInputException e) {
            ModelAndView page = new ModelAndView("partnership/provider", HttpStatus.BAD_REQUEST);
            ProviderDetail provider = providers.get(id);
            fill(page.getModel(), provider, locale);
            page.addObject("ownershipForm", form.withBlankRows());
            page.addObject("supplyForm", SupplyForm.from(provider));
            page.addObject("errors", FormErrors.of(e, messages, locale));
            page.addObject("errorForm", "ownership");
            return page;
        }
    }

    @PostMapping("/providers/{id}/supply")
    ModelAndView changeSupply(
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(name = "languages", required = false) String[] languages,
            @RequestParam(defaultValue = "") String qualificationCodes,
            Locale locale) {
        SupplyForm form =
                new SupplyForm(version, languages == null ? List.of() : Arrays.asList(languages), qualificationCodes);
        try {
            providers.changeSupply(id, new SupplyChange(version, form.languages(), form.codes()));
            return new ModelAndView("redirect:/providers/" + id + "?supplySaved#supply-title");
        } catch (InvalidInputException e) {
            ModelAndView page = new ModelAndView("partnership/provider", HttpStatus.BAD_REQUEST);
            ProviderDetail provider = providers.get(id);
            fill(page.getModel(), provider, locale);
            page.addObject("ownershipForm", OwnershipForm.from(provider));
            page.addObject("supplyForm", form);
            page.addObject("errors", FormErrors.of(e, messages, locale));
            page.addObject("errorForm", "supply");
            return page;
        }
    }

    private void fill(Map<String, Object> model, ProviderDetail provider, Locale locale) {
        Optional<Actor> actor = Actor.current();
        model.put("provider", provider);
        model.put(
                "area",
                provider.areaMunicipalityCodes().stream()
                        .map(areas::municipality)
                        .flatMap(Optional::stream)
                        .sorted((a, b) ->
                                a.names().in(locale).compareTo(b.names().in(locale)))
                        .toList());
        model.put(
                "home",
                areas.municipality(provider.summary().homeMunicipalityCode()).orElse(null));
        model.put("qualifications", classifications.qualifications(provider.qualificationCodes()));
        model.put("owners", rows(provider.owners(), locale));
        model.put("ownersTotal", Shares.format(provider.ownersTotal(), locale));
        model.put(
                "history",
                provider.ownershipHistory().stream()
                        .map(p -> PeriodView.from(p, locale))
                        .toList());
        model.put("mayManage", actor.map(Actor::isCoordinator).orElse(false));
        model.put(
                "maySupply",
                actor.map(a -> providers.maySupply(a, provider.id())).orElse(false));
        model.put("today", LocalDate.now());
    }

    private void fill(Model model, ProviderDetail provider, Locale locale) {
        fill(model.asMap(), provider, locale);
    }

    static List<ShareRow> rows(List<OwnerShare> shares, Locale locale) {
        return shares.stream()
                .map(s -> new ShareRow(
                        s.code(), s.names().in(locale), s.kind().name(), Shares.format(s.share(), locale), s.demo()))
                .toList();
    }

    /** An owner's share as shown. */
    record ShareRow(String code, String name, String kind, String share, boolean demo) {}

    /** An ownership set as shown in the history. */
    record PeriodView(LocalDate validFrom, LocalDate validTo, List<ShareRow> owners, String total, String state) {

        static PeriodView from(OwnershipPeriod p, Locale locale) {
            LocalDate today = LocalDate.now();
            String state = p.inEffectOn(today) ? "current" : p.validFrom().isAfter(today) ? "scheduled" : "past";
            return new PeriodView(
                    p.validFrom(), p.validTo(), rows(p.owners(), locale), Shares.format(p.total(), locale), state);
        }
    }

    /** The coordinator's ownership form: rows of owner code and share, the start date and the version. */
    record OwnershipForm(int version, String validFrom, List<Row> rows) {

        record Row(String code, String share) {}

        static OwnershipForm from(ProviderDetail provider) {
            OwnershipPeriod latest = provider.ownershipHistory().stream()
                    .filter(p -> p.validTo() == null)
                    .findFirst()
                    .orElse(null);
            List<Row> rows = latest == null
                    ? List.of()
                    : latest.owners().stream()
                            .map(s -> new Row(s.code(), Shares.json(s.share()).toPlainString()))
                            .toList();
            return new OwnershipForm(provider.version(), LocalDate.now().toString(), rows).withBlankRows();
        }

        /** The rows filled in (blank rows dropped, so that row numbers in errors match the form shown again). */
        static OwnershipForm submitted(int version, String validFrom, String[] codes, String[] shares) {
            List<Row> rows = new ArrayList<>();
            int n = Math.max(codes == null ? 0 : codes.length, shares == null ? 0 : shares.length);
            for (int i = 0; i < n; i++) {
                String code = codes != null && i < codes.length ? codes[i].strip() : "";
                String share = shares != null && i < shares.length ? shares[i].strip() : "";
                if (!code.isEmpty() || !share.isEmpty()) {
                    rows.add(new Row(code, share));
                }
            }
            return new OwnershipForm(version, validFrom.strip(), rows);
        }

        OwnershipForm withBlankRows() {
            List<Row> all = new ArrayList<>(rows);
            for (int i = 0; i < BLANK_ROWS; i++) {
                all.add(new Row("", ""));
            }
            return new OwnershipForm(version, validFrom, all);
        }

        OwnershipChange toChange() {
            LocalDate from;
            try {
                from = validFrom.isEmpty() ? null : LocalDate.parse(validFrom);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(
                        fi.livskraft.common.FieldError.of("validFrom", "partnership.error.date", validFrom));
            }
            return new OwnershipChange(
                    version,
                    from,
                    rows.stream()
                            .map(r -> new OwnershipChange.Share(r.code(), Shares.parse(r.share())))
                            .toList());
        }
    }

    /** The supply form: languages of instruction and qualification codes (one per line or comma-separated). */
    record SupplyForm(int version, List<String> languages, String qualificationCodes) {

        static SupplyForm from(ProviderDetail provider) {
            return new SupplyForm(
                    provider.version(),
                    provider.summary().languages(),
                    String.join("\n", provider.qualificationCodes()));
        }

        List<String> codes() {
            return Arrays.stream(qualificationCodes.split("[\\s,;]+"))
                    .filter(s -> !s.isBlank())
                    .toList();
        }
    }
}
