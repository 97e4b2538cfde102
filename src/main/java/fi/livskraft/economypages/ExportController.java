package fi.livskraft.economypages;

import fi.livskraft.common.NotFoundException;
import fi.livskraft.economy.ScenarioYear;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The employment-area economy and a saved scenario as XLSX and PDF files, in the page's language. */
@Controller
class ExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AreaEconomyService areas;
    private final ScenarioStore store;
    private final ScenarioService scenarios;
    private final ScenarioExplainer explainer;
    private final MessageSource messages;
    private final EconomyFormat format;

    ExportController(
            AreaEconomyService areas,
            ScenarioStore store,
            ScenarioService scenarios,
            ScenarioExplainer explainer,
            MessageSource messages,
            EconomyFormat format) {
        this.areas = areas;
        this.store = store;
        this.scenarios = scenarios;
        this.explainer = explainer;
        this.messages = messages;
        this.format = format;
    }

    @GetMapping("/economy/employment-areas/{id}/economy.{ext:xlsx|pdf}")
    ResponseEntity<byte[]> area(
            @PathVariable String id,
            @PathVariable String ext,
            @RequestParam(required = false) Integer year,
            Locale locale) {
        AreaEconomyReport report = areas.report(id, year);
        ExportTable doc = areaDocument(report, locale);
        return file(
                doc,
                ext,
                "economy-" + id + "-" + (report.year() == null ? "none" : report.year()) + "-" + locale.getLanguage(),
                locale);
    }

    @GetMapping("/economy/scenarios/{token}/scenario.{ext:xlsx|pdf}")
    ResponseEntity<byte[]> scenario(@PathVariable String token, @PathVariable String ext, Locale locale) {
        SavedScenario saved = store.find(token).orElseThrow(() -> new NotFoundException("scenario", token));
        ExportTable doc = scenarioDocument(saved, locale);
        return file(doc, ext, "scenario-" + token + "-" + locale.getLanguage(), locale);
    }

    private ResponseEntity<byte[]> file(ExportTable doc, String ext, String name, Locale locale) {
        boolean pdf = ext.equals("pdf");
        byte[] body = pdf ? ExportWriters.pdf(doc, locale, format) : ExportWriters.xlsx(doc);
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + "." + ext, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    ExportTable areaDocument(AreaEconomyReport report, Locale locale) {
        String areaName = report.area().names().in(locale);
        String title = msg("economypages.export.area.title", locale, areaName, String.valueOf(report.year()));
        List<String> notes = notes(report.demo(), locale);
        notes.add(msg("economypages.method.an2024", locale));
        notes.add(msg("economypages.method.pre2025", locale));
        notes.add(msg("economypages.method.cross-check", locale));
        notes.add(msg("economypages.method.rounding", locale));
        notes.add(msg("economypages.area.net.help", locale));
        for (EconomySource s : report.sources()) {
            notes.add((s.demo() ? msg("economypages.demo", locale).toUpperCase(locale) + ": " : "")
                    + msg(
                            "economypages.source.line",
                            locale,
                            s.publisher(),
                            s.dataset(),
                            s.vintage(),
                            s.licence(),
                            s.periodFrom().toString().substring(0, 7),
                            s.periodTo().toString().substring(0, 7),
                            s.retrievedAt().toString().substring(0, 10)));
        }
        notes.add(msg("economypages.source.rules", locale));
        List<ExportTable.Sheet> sheets = new ArrayList<>();
        report.shownYear().ifPresent(y -> {
            List<List<Object>> summary = new ArrayList<>();
            summary.add(List.of(
                    msg("economypages.area.cost", locale),
                    AreaEconomy.cents(y.total().cost())));
            summary.add(List.of(
                    msg("economypages.area.old-cost", locale),
                    AreaEconomy.cents(y.total().oldCost())));
            summary.add(List.of(
                    msg("economypages.area.difference", locale),
                    AreaEconomy.cents(y.total().difference())));
            summary.add(List.of(
                    msg("economypages.area.compensation-total", locale),
                    AreaEconomy.cents(report.compensationTotal())));
            summary.add(List.of(msg("economypages.area.net-total", locale), AreaEconomy.cents(report.net())));
            sheets.add(new ExportTable.Sheet(
                    msg("economypages.export.sheet.summary", locale),
                    List.of(msg("economypages.export.assumption", locale), msg("economypages.export.value", locale)),
                    summary));
            List<List<Object>> byClass = new ArrayList<>();
            for (AreaEconomy.ClassRow row : y.byClass()) {
                for (KelaBenefit b : KelaBenefit.values()) {
                    AreaEconomy.Totals t = row.byBenefit().get(b);
                    if (t != null) {
                        byClass.add(List.of(
                                row.dayClass().label(),
                                msg(b.labelKey(), locale),
                                row.sharePercent(),
                                t.paidDays(),
                                AreaEconomy.cents(t.cost()),
                                AreaEconomy.cents(t.oldCost())));
                    }
                }
            }
            sheets.add(new ExportTable.Sheet(
                    msg("economypages.export.sheet.by-class", locale),
                    List.of(
                            msg("economypages.col.days", locale),
                            msg("economypages.export.benefit", locale),
                            msg("economypages.col.share", locale),
                            msg("economypages.col.paid-days", locale),
                            msg("economypages.col.cost", locale),
                            msg("economypages.col.old-cost", locale)),
                    byClass));
            List<List<Object>> months = new ArrayList<>();
            for (AreaEconomy.Month m : report.result().months()) {
                if (m.month().getYear() != report.year()) {
                    continue;
                }
                months.add(List.of(
                        m.month().toString().substring(0, 7),
                        m.totals().recipients(),
                        m.totals().paidDays(),
                        AreaEconomy.cents(m.totals().euros()),
                        AreaEconomy.cents(m.totals().cost()),
                        AreaEconomy.cents(m.totals().costFromEuros()),
                        AreaEconomy.cents(m.totals().oldCost())));
            }
            sheets.add(new ExportTable.Sheet(
                    msg("economypages.export.sheet.months", locale),
                    List.of(
                            msg("economypages.col.month", locale),
                            msg("economypages.col.recipients", locale),
                            msg("economypages.col.paid-days", locale),
                            msg("economypages.col.euros", locale),
                            msg("economypages.col.cost", locale),
                            msg("economypages.col.cost-from-euros", locale),
                            msg("economypages.col.old-cost", locale)),
                    months));
        });
        return new ExportTable(title, notes, sheets);
    }

    ExportTable scenarioDocument(SavedScenario saved, Locale locale) {
        ScenarioView view = explainer.view(scenarios.run(saved.inputs()), locale);
        var in = saved.inputs();
        String title = msg("economypages.export.scenario.title", locale, saved.title());
        List<String> notes = notes(saved.demo(), locale);
        notes.add(msg("economypages.scenario.method", locale));
        List<List<Object>> assumptions = new ArrayList<>();
        assumptions.add(List.of(msg("economypages.field.qualificationCode", locale), view.qualificationName()));
        assumptions.add(List.of(msg("economypages.field.area", locale), view.areaName()));
        assumptions.add(List.of(msg("economypages.field.extraStartPlaces", locale), in.extraStartPlaces()));
        assumptions.add(List.of(msg("economypages.field.startYear", locale), String.valueOf(in.startYear())));
        assumptions.add(List.of(msg("economypages.field.studyYears", locale), in.studyYears()));
        assumptions.add(List.of(
                msg("economypages.field.completionPercent", locale),
                in.completionRate().movePointRight(2)));
        assumptions.add(List.of(
                msg("economypages.field.employedPercent", locale),
                in.employedShare().movePointRight(2)));
        assumptions.add(List.of(
                msg("economypages.field.counterfactualPercent", locale),
                in.counterfactualUnemployedShare().movePointRight(2)));
        assumptions.add(List.of(msg("economypages.field.avoidedDaysPerYear", locale), in.avoidedDaysPerYear()));
        assumptions.add(List.of(msg("economypages.field.startAccumulatedDays", locale), in.startAccumulatedDays()));
        assumptions.add(List.of(msg("economypages.field.unitPrice", locale), in.unitPricePerStudentYear()));
        assumptions.add(List.of(msg("economypages.field.horizonYears", locale), in.horizonYears()));
        Integer payback = view.result().paybackYear();
        assumptions.add(List.of(
                msg("economypages.compare.payback", locale),
                payback != null
                        ? msg(
                                "economypages.scenario.payback",
                                locale,
                                payback,
                                String.valueOf(in.startYear() + payback - 1))
                        : msg("economypages.scenario.no-payback", locale, in.horizonYears())));
        List<List<Object>> years = new ArrayList<>();
        for (ScenarioYear y : view.result().years()) {
            years.add(List.of(
                    y.year() + " (" + y.calendarYear() + ")",
                    y.studentsInEducation(),
                    y.graduates(),
                    y.employedGraduates(),
                    y.avoidedPersons(),
                    y.avoidedDays(),
                    y.saving(),
                    y.educationCost(),
                    y.net(),
                    y.cumulativeNet()));
        }
        List<List<Object>> steps = new ArrayList<>();
        for (int i = 0; i < view.steps().size(); i++) {
            steps.add(List.of(i + 1, view.steps().get(i)));
        }
        return new ExportTable(
                title,
                notes,
                List.of(
                        new ExportTable.Sheet(
                                msg("economypages.scenario.assumptions", locale),
                                List.of(
                                        msg("economypages.export.assumption", locale),
                                        msg("economypages.export.value", locale)),
                                assumptions),
                        new ExportTable.Sheet(
                                msg("economypages.export.sheet.years", locale),
                                List.of(
                                        msg("economypages.col.year", locale),
                                        msg("economypages.col.students", locale),
                                        msg("economypages.col.graduates", locale),
                                        msg("economypages.col.employed", locale),
                                        msg("economypages.col.avoided-persons", locale),
                                        msg("economypages.col.avoided-days", locale),
                                        msg("economypages.col.saving", locale),
                                        msg("economypages.col.education-cost", locale),
                                        msg("economypages.col.net", locale),
                                        msg("economypages.col.cumulative", locale)),
                                years),
                        new ExportTable.Sheet(
                                msg("economypages.export.sheet.steps", locale),
                                List.of("#", msg("economypages.scenario.steps", locale)),
                                steps)));
    }

    private List<String> notes(boolean demo, Locale locale) {
        List<String> notes = new ArrayList<>();
        if (demo) {
            notes.add(msg("economypages.demo", locale).toUpperCase(locale) + ": "
                    + msg("economypages.demo.figures", locale));
        }
        notes.add(msg(
                "economypages.export.generated",
                locale,
                LocalDate.now(EconomyRules.ZONE).toString()));
        return notes;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
