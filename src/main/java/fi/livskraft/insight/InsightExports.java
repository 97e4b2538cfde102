package fi.livskraft.insight;

import static fi.livskraft.insight.EvidencePages.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The figures of each evidence page as an export document, in the page's language, with sources and method. */
@Component
class InsightExports {

    private final MessageSource messages;
    private final Insights insights;

    InsightExports(MessageSource messages, Insights insights) {
        this.messages = messages;
        this.insights = insights;
    }

    ExportDoc area(Insights.AreaReport r, Locale l) {
        Map<String, fi.livskraft.common.Names> names = insights.iscoNames();
        List<String> notes = notes(r.sources(), l);
        if (r.estimated()) {
            notes.add(msg("insight.estimate.note", l));
        }
        notes.add(msg(
                "insight.method.tightness",
                l,
                insights.thresholds().strongShortage(),
                insights.thresholds().shortage(),
                insights.thresholds().balance(),
                insights.thresholds().surplus()));
        List<String> header = new ArrayList<>(List.of(
                msg("insight.col.occupation-code", l),
                msg("insight.col.occupation", l),
                msg("insight.col.vacancies", l),
                msg("insight.col.unemployed", l),
                msg("insight.col.ratio", l),
                msg("insight.col.class", l),
                msg("insight.col.change", l)));
        r.periods().forEach(p -> header.add(p));
        return new ExportDoc(
                msg("insight.area.title", l, r.area().names().in(l)),
                notes,
                List.of(
                        new ExportDoc.Table(msg("insight.area.shortage", l), header, trends(r, r.shortage(), names, l)),
                        new ExportDoc.Table(msg("insight.area.surplus", l), header, trends(r, r.surplus(), names, l))));
    }

    private List<List<Object>> trends(
            Insights.AreaReport r,
            List<Insights.Trend> trends,
            Map<String, fi.livskraft.common.Names> names,
            Locale l) {
        List<List<Object>> rows = new ArrayList<>();
        for (Insights.Trend t : trends) {
            List<Object> row = row(
                    t.iscoCode(),
                    name(names, t.iscoCode(), l),
                    t.latest().vacancies(),
                    t.latest().unemployed(),
                    t.latest().ratio(),
                    msg(t.latest().tightnessClass().labelKey(), l),
                    t.change());
            t.months().forEach(m -> row.add(m.ratio()));
            rows.add(row);
        }
        return rows;
    }

    ExportDoc occupation(Insights.OccupationReport r, Locale l) {
        List<String> notes = notes(r.sources(), l);
        notes.addAll(sourceLines(r.educationSources(), l));
        notes.add(msg(
                "insight.method.tightness",
                l,
                insights.thresholds().strongShortage(),
                insights.thresholds().shortage(),
                insights.thresholds().balance(),
                insights.thresholds().surplus()));
        List<List<Object>> regions = new ArrayList<>();
        for (Insights.RegionTightness t : concat(r.country(), r.regions())) {
            regions.add(row(
                    t.area().code(),
                    t.area().names().in(l),
                    r.period(),
                    t.tightness().vacancies(),
                    t.tightness().unemployed(),
                    t.tightness().ratio(),
                    t.tightness().tightnessClass() == null
                            ? msg(t.tightness().reason().labelKey(), l)
                            : msg(t.tightness().tightnessClass().labelKey(), l)));
        }
        List<List<Object>> crosswalk = new ArrayList<>();
        r.crosswalk()
                .forEach(c -> crosswalk.add(
                        row(c.qualificationCode(), c.names().in(l), c.weight(), c.source(), c.confidence())));
        Map<String, fi.livskraft.common.Names> q = insights.qualificationNames();
        List<List<Object>> supply = new ArrayList<>();
        r.supply()
                .forEach(s -> supply.add(row(
                        s.supply().providerName(),
                        s.supply().qualificationCode(),
                        name(q, s.supply().qualificationCode(), l),
                        s.supply().language(),
                        s.supply().year(),
                        s.supply().graduates(),
                        s.weight(),
                        s.weightedGraduates())));
        return new ExportDoc(
                msg("insight.occupation.title", l, r.names().in(l), r.iscoCode()),
                notes,
                List.of(
                        new ExportDoc.Table(
                                msg("insight.occupation.by-region", l),
                                List.of(
                                        msg("insight.col.area-code", l),
                                        msg("insight.col.area", l),
                                        msg("insight.col.month", l),
                                        msg("insight.col.vacancies", l),
                                        msg("insight.col.unemployed", l),
                                        msg("insight.col.ratio", l),
                                        msg("insight.col.class", l)),
                                regions),
                        new ExportDoc.Table(
                                msg("insight.occupation.crosswalk", l),
                                List.of(
                                        msg("insight.col.qualification-code", l),
                                        msg("insight.col.qualification", l),
                                        msg("insight.col.weight", l),
                                        msg("insight.col.source", l),
                                        msg("insight.col.confidence", l)),
                                crosswalk),
                        new ExportDoc.Table(
                                msg("insight.occupation.supply", l),
                                List.of(
                                        msg("insight.col.provider", l), msg("insight.col.qualification-code", l),
                                        msg("insight.col.qualification", l), msg("insight.col.language", l),
                                        msg("insight.col.year", l), msg("insight.col.graduates", l),
                                        msg("insight.col.weight", l), msg("insight.col.weighted", l)),
                                supply)));
    }

    ExportDoc provider(Insights.ProviderReport r, Locale l) {
        List<String> notes = notes(r.sources(), l);
        notes.add(msg("insight.method.effectiveness", l));
        notes.add(msg("insight.completion.none", l));
        Map<String, fi.livskraft.common.Names> q = insights.qualificationNames();
        List<List<Object>> supply = new ArrayList<>();
        r.supply()
                .forEach(s -> supply.add(row(
                        s.year(),
                        s.qualificationCode(),
                        name(q, s.qualificationCode(), l),
                        s.language(),
                        s.startPlaces(),
                        s.newStudents(),
                        s.students(),
                        s.graduates())));
        List<List<Object>> eff = new ArrayList<>();
        for (Effectiveness e : r.effectiveness()) {
            eff.add(row(
                    e.qualificationCode(),
                    name(q, e.qualificationCode(), l),
                    e.cohortYear(),
                    e.provider().graduates(),
                    e.provider().employmentRate(),
                    e.region().employmentRate(),
                    e.nation().employmentRate(),
                    e.employmentVsRegion(),
                    e.employmentVsNation(),
                    e.provider().furtherStudiesRate(),
                    e.region().furtherStudiesRate(),
                    e.nation().furtherStudiesRate(),
                    e.provider().unemploymentRate(),
                    e.region().unemploymentRate(),
                    e.nation().unemploymentRate(),
                    e.unemploymentVsRegion(),
                    e.unemploymentVsNation()));
        }
        return new ExportDoc(
                msg("insight.provider.title", l, r.provider().names().in(l)),
                notes,
                List.of(
                        new ExportDoc.Table(
                                msg("insight.provider.supply", l),
                                List.of(
                                        msg("insight.col.year", l), msg("insight.col.qualification-code", l),
                                        msg("insight.col.qualification", l), msg("insight.col.language", l),
                                        msg("insight.col.start-places", l), msg("insight.col.new-students", l),
                                        msg("insight.col.students", l), msg("insight.col.graduates", l)),
                                supply),
                        new ExportDoc.Table(
                                msg("insight.provider.effectiveness", l),
                                List.of(
                                        msg("insight.col.qualification-code", l),
                                        msg("insight.col.qualification", l),
                                        msg("insight.col.cohort", l),
                                        msg("insight.col.graduates", l),
                                        msg("insight.col.employed-provider", l),
                                        msg("insight.col.employed-region", l),
                                        msg("insight.col.employed-nation", l),
                                        msg("insight.col.vs-region", l),
                                        msg("insight.col.vs-nation", l),
                                        msg("insight.col.further-provider", l),
                                        msg("insight.col.further-region", l),
                                        msg("insight.col.further-nation", l),
                                        msg("insight.col.unemployed-provider", l),
                                        msg("insight.col.unemployed-region", l),
                                        msg("insight.col.unemployed-nation", l),
                                        msg("insight.col.unemployed-vs-region", l),
                                        msg("insight.col.unemployed-vs-nation", l)),
                                eff)));
    }

    ExportDoc gap(Insights.GapReport r, Locale l) {
        Map<String, fi.livskraft.common.Names> names = insights.iscoNames();
        Map<String, fi.livskraft.common.Names> q = insights.qualificationNames();
        List<String> notes = notes(r.sources(), l);
        notes.addAll(sourceLines(r.educationSources(), l));
        notes.add(msg(
                "insight.gap.months",
                l,
                r.periods().isEmpty() ? "–" : r.periods().get(0),
                r.periods().isEmpty() ? "–" : r.periods().get(r.periods().size() - 1),
                r.periods().size()));
        if (r.estimated()) {
            notes.add(msg("insight.estimate.note", l));
        }
        notes.add(msg("insight.method.gap", l));
        notes.add(msg("insight.gap.needs-period", l, r.needsFrom(), r.needsUntil()));
        notes.add(msg("insight.method.gap-needs", l, insights.needsHorizonMonths()));
        notes.add(msg("insight.gap.language-note", l));
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> terms = new ArrayList<>();
        for (GapRow g : r.rows()) {
            rows.add(row(
                    g.rank(),
                    g.iscoCode(),
                    name(names, g.iscoCode(), l),
                    g.vacancies(),
                    g.replacement(),
                    g.confirmedNeeds(),
                    g.demand(),
                    g.graduateSupply(),
                    g.unemployed(),
                    g.supply(),
                    g.gap()));
            for (GraduateTerm t : g.graduateTerms()) {
                terms.add(row(
                        g.iscoCode(),
                        t.qualificationCode(),
                        name(q, t.qualificationCode(), l),
                        t.language(),
                        t.graduates(),
                        t.weight(),
                        t.employedShare(),
                        msg(t.shareScope().labelKey(), l),
                        t.graduates() == null ? null : t.contribution()));
            }
        }
        return new ExportDoc(
                msg("insight.gap.title", l, r.area().names().in(l)),
                notes,
                List.of(
                        new ExportDoc.Table(
                                msg("insight.gap.table", l),
                                List.of(
                                        msg("insight.col.rank", l),
                                        msg("insight.col.occupation-code", l),
                                        msg("insight.col.occupation", l),
                                        msg("insight.col.vacancies-avg", l),
                                        msg("insight.col.replacement", l),
                                        msg("insight.col.needs", l),
                                        msg("insight.col.demand", l),
                                        msg("insight.col.graduate-supply", l),
                                        msg("insight.col.unemployed-avg", l),
                                        msg("insight.col.supply", l),
                                        msg("insight.col.gap", l)),
                                rows),
                        new ExportDoc.Table(
                                msg("insight.gap.terms", l),
                                List.of(
                                        msg("insight.col.occupation-code", l),
                                        msg("insight.col.qualification-code", l),
                                        msg("insight.col.qualification", l),
                                        msg("insight.col.language", l),
                                        msg("insight.col.graduates", l),
                                        msg("insight.col.weight", l),
                                        msg("insight.col.employed-share", l),
                                        msg("insight.col.share-from", l),
                                        msg("insight.col.contribution", l)),
                                terms)));
    }

    // ------------------------------------------------------------ helpers

    private List<String> notes(List<SourceRef> sources, Locale l) {
        List<String> notes = new ArrayList<>();
        notes.add(msg("insight.export.generated", l, java.time.LocalDate.now().toString()));
        notes.add(msg("insight.suppression.note", l, insights.suppression().threshold()));
        notes.addAll(sourceLines(sources, l));
        return notes;
    }

    private List<String> sourceLines(List<SourceRef> sources, Locale l) {
        List<String> lines = new ArrayList<>();
        for (SourceRef s : sources) {
            lines.add((s.demo() ? msg("insight.demo", l).toUpperCase(l) + ": " : "")
                    + msg("insight.source.line", l, s.publisher(), s.dataset(), s.vintage(), s.licence()));
        }
        if (sources.isEmpty()) {
            lines.add(msg("insight.source.none", l));
        }
        return lines;
    }

    private static String name(Map<String, fi.livskraft.common.Names> names, String code, Locale l) {
        fi.livskraft.common.Names n = names.get(code);
        return n == null ? code : n.in(l);
    }

    private static <T> List<T> concat(T first, List<T> rest) {
        List<T> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private String msg(String key, Locale l, Object... args) {
        return messages.getMessage(key, args, l);
    }
}
