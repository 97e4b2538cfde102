package fi.livskraft.economypages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The economy of an employment area: cost by class and benefit, the trend, old against new, net effect. */
@Controller
class AreaEconomyPage {

    /** Height of the chart's plot area in SVG units. */
    static final int CHART_HEIGHT = 160;

    /** One month of the chart: bar heights in SVG units for the AN2024 and the pre-2025 cost. */
    record Bar(int index, String label, int an2024, int pre2025) {}

    private final AreaEconomyService service;

    AreaEconomyPage(AreaEconomyService service) {
        this.service = service;
    }

    @GetMapping("/economy/employment-areas/{id}")
    String page(@PathVariable String id, @RequestParam(required = false) Integer year, Model model) {
        AreaEconomyReport report = service.report(id, year);
        model.addAttribute("report", report);
        model.addAttribute("area", report.area());
        // general support (from 1.5.2026) gets its columns only in a year that has it
        model.addAttribute(
                "benefits",
                java.util.Arrays.stream(KelaBenefit.values())
                        .filter(b -> b != KelaBenefit.GENERAL_SUPPORT
                                || report.shownYear()
                                        .map(y -> y.byBenefit().containsKey(b))
                                        .orElse(false))
                        .toList());
        model.addAttribute("bars", bars(report));
        model.addAttribute("chartHeight", CHART_HEIGHT);
        return "economypages/area";
    }

    static List<Bar> bars(AreaEconomyReport report) {
        if (report.year() == null) {
            return List.of();
        }
        List<AreaEconomy.Month> months = report.result().months().stream()
                .filter(m -> m.month().getYear() == report.year())
                .toList();
        BigDecimal max = months.stream()
                .map(m -> m.totals().cost().max(m.totals().oldCost()))
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        return months.stream()
                .map(m -> new Bar(
                        months.indexOf(m),
                        String.format("%02d", m.month().getMonthValue()),
                        height(m.totals().cost(), max),
                        height(m.totals().oldCost(), max)))
                .toList();
    }

    private static int height(BigDecimal value, BigDecimal max) {
        if (max.signum() == 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(CHART_HEIGHT))
                .divide(max, 0, RoundingMode.HALF_UP)
                .intValue();
    }
}
