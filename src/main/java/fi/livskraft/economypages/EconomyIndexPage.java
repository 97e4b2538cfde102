package fi.livskraft.economypages;

import fi.livskraft.area.AreaDirectory;
import fi.livskraft.area.Municipality;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The entry page of the municipal economy: the rules in force, the areas with figures, the calculator. */
@Controller
class EconomyIndexPage {

    private final EconomyRules rules;
    private final AreaCatalogue areas;
    private final AreaDirectory directory;
    private final KelaFacts facts;
    private final ScenarioStore scenarios;

    EconomyIndexPage(
            EconomyRules rules,
            AreaCatalogue areas,
            AreaDirectory directory,
            KelaFacts facts,
            ScenarioStore scenarios) {
        this.rules = rules;
        this.areas = areas;
        this.directory = directory;
        this.facts = facts;
        this.scenarios = scenarios;
    }

    @GetMapping("/economy")
    String index(Locale locale, Model model) {
        LocalDate today = LocalDate.now(EconomyRules.ZONE);
        Collator collator = Collator.getInstance(locale);
        Set<String> withFigures = Set.copyOf(facts.areasWithFigures());
        model.addAttribute("today", today);
        model.addAttribute(
                "an2024",
                rules.inForce(fi.livskraft.economy.Model.AN2024, today).orElse(null));
        model.addAttribute("benefitTypes", rules.benefitTypes(today));
        model.addAttribute(
                "pre2025",
                rules.inForce(fi.livskraft.economy.Model.PRE2025, LocalDate.of(2024, 12, 31))
                        .orElse(null));
        model.addAttribute(
                "areaList",
                areas.areas().stream()
                        .sorted(Comparator.comparing(
                                (AreaCatalogue.Area a) -> a.names().in(locale), collator))
                        .toList());
        model.addAttribute("withFigures", withFigures);
        model.addAttribute(
                "municipalityList",
                directory.municipalities().stream()
                        .sorted(Comparator.comparing(
                                (Municipality m) -> m.names().in(locale), collator))
                        .toList());
        model.addAttribute("sources", facts.sources());
        model.addAttribute("demoScenario", scenarios.demoToken().orElse(null));
        return "economypages/index";
    }

    /** The municipality picker without JavaScript: a GET form answered with a redirect. */
    @GetMapping("/economy/municipalities")
    String pick(@RequestParam(required = false) String code) {
        if (code == null || !code.matches("\\d{3}")) {
            return "redirect:/economy";
        }
        return "redirect:/economy/municipalities/" + code;
    }
}
