package fi.livskraft.insight;

import static fi.livskraft.insight.EvidencePages.row;

import fi.livskraft.common.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The language and immigration views as export documents, in the page's language, with sources and method. */
@Component
class NeedExports {

    private final MessageSource messages;
    private final Insights insights;

    NeedExports(MessageSource messages, Insights insights) {
        this.messages = messages;
        this.insights = insights;
    }

    ExportDoc language(NeedInsights.LanguageReport r, Locale l) {
        List<String> notes = notes(r.sources(), l);
        notes.add(msg("insight.language-view.supply-year", l, r.supplyYear() == null ? "–" : r.supplyYear()));
        notes.add(msg("insight.language-view.method", l));
        notes.add(msg("insight.language-view.method.places", l));
        List<String> header = List.of(
                msg("insight.col.group", l),
                msg("insight.col.occupation-code", l),
                msg("insight.col.occupation", l),
                msg("insight.col.sv-needed", l),
                msg("insight.col.sv-graduates", l),
                msg("insight.col.sv-start-places", l),
                msg("insight.col.sv-difference", l),
                msg("insight.col.fi-needed", l),
                msg("insight.col.fi-graduates", l),
                msg("insight.col.fi-start-places", l),
                msg("insight.col.fi-difference", l));
        Map<String, Names> regions = regionNames();
        return new ExportDoc(
                msg("insight.language-view.title", l),
                notes,
                List.of(
                        new ExportDoc.Table(
                                msg("insight.language-view.by-status", l),
                                header,
                                languageRows(r.byStatus(), g -> msg("insight.status." + g, l), l)),
                        new ExportDoc.Table(
                                msg("insight.language-view.by-region", l),
                                header,
                                languageRows(
                                        r.byRegion(),
                                        g -> regions.containsKey(g)
                                                ? regions.get(g).in(l)
                                                : g,
                                        l))));
    }

    private List<List<Object>> languageRows(
            List<LanguageRow> rows, java.util.function.Function<String, String> group, Locale l) {
        Map<String, Names> names = insights.iscoNames();
        List<List<Object>> out = new ArrayList<>();
        for (LanguageRow r : rows) {
            out.add(row(
                    group.apply(r.group()),
                    r.iscoCode(),
                    name(names, r.iscoCode(), l),
                    r.sv().needed(),
                    r.sv().graduates(),
                    r.sv().startPlaces(),
                    r.sv().difference(),
                    r.fi().needed(),
                    r.fi().graduates(),
                    r.fi().startPlaces(),
                    r.fi().difference()));
        }
        return out;
    }

    ExportDoc immigration(NeedInsights.ImmigrationReport r, Locale l) {
        List<String> notes = notes(r.sources(), l);
        notes.add(msg(
                "insight.immigration.rule",
                l,
                r.rule().months(),
                r.rule().of(),
                r.window().isEmpty() ? "–" : r.window().get(0),
                r.window().isEmpty() ? "–" : r.window().get(r.window().size() - 1)));
        notes.add(msg("insight.immigration.method", l));
        notes.add(msg("insight.immigration.method.training", l));
        Map<String, Names> names = insights.iscoNames();
        Map<String, Names> regions = regionNames();
        List<List<Object>> needRows = new ArrayList<>();
        for (RecruitmentRow x : r.rows()) {
            PersistentShortage s = x.shortage();
            needRows.add(row(
                    x.regionCode(),
                    name(regions, x.regionCode(), l),
                    x.iscoCode(),
                    name(names, x.iscoCode(), l),
                    x.persons(),
                    x.byLanguage().fi(),
                    x.byLanguage().sv(),
                    x.byLanguage().en(),
                    x.byLanguage().any(),
                    s.shortageMonths(),
                    s.monthsWithRatio(),
                    yesNo(s.persistent(), l),
                    s.latestVacancies(),
                    s.latestUnemployed(),
                    s.localSurplus() == null ? msg("insight.unknown", l) : yesNo(s.localSurplus(), l),
                    yesNo(x.qualifies(), l),
                    x.languageOffers(),
                    x.moduleOffers(),
                    String.join(" ", x.offeredQualifications())));
        }
        List<List<Object>> candidates = new ArrayList<>();
        for (InternationalRecruitment.Candidate c : r.candidates()) {
            candidates.add(row(
                    c.regionCode(),
                    name(regions, c.regionCode(), l),
                    c.iscoCode(),
                    name(names, c.iscoCode(), l),
                    c.shortage().shortageMonths(),
                    c.shortage().latestVacancies(),
                    c.shortage().latestUnemployed(),
                    c.internationalPersons()));
        }
        return new ExportDoc(
                msg("insight.immigration.title", l),
                notes,
                List.of(
                        new ExportDoc.Table(
                                msg("insight.immigration.needs", l),
                                List.of(
                                        msg("insight.col.region-code", l),
                                        msg("insight.col.region", l),
                                        msg("insight.col.occupation-code", l),
                                        msg("insight.col.occupation", l),
                                        msg("insight.col.persons", l),
                                        msg("insight.col.requires-fi", l),
                                        msg("insight.col.requires-sv", l),
                                        msg("insight.col.requires-en", l),
                                        msg("insight.col.requires-any", l),
                                        msg("insight.col.shortage-months", l),
                                        msg("insight.col.months-with-ratio", l),
                                        msg("insight.col.persistent", l),
                                        msg("insight.col.latest-vacancies", l),
                                        msg("insight.col.latest-unemployed", l),
                                        msg("insight.col.local-surplus", l),
                                        msg("insight.col.qualifies", l),
                                        msg("insight.col.language-offers", l),
                                        msg("insight.col.module-offers", l),
                                        msg("insight.col.offered-qualifications", l)),
                                needRows),
                        new ExportDoc.Table(
                                msg("insight.immigration.candidates", l),
                                List.of(
                                        msg("insight.col.region-code", l),
                                        msg("insight.col.region", l),
                                        msg("insight.col.occupation-code", l),
                                        msg("insight.col.occupation", l),
                                        msg("insight.col.shortage-months", l),
                                        msg("insight.col.latest-vacancies", l),
                                        msg("insight.col.latest-unemployed", l),
                                        msg("insight.col.international-persons", l)),
                                candidates)));
    }

    // ------------------------------------------------------------ helpers

    private Map<String, Names> regionNames() {
        Map<String, Names> out = new HashMap<>();
        insights.areas(AreaLevel.REGION).forEach(a -> out.put(a.regionCode(), a.names()));
        return out;
    }

    private List<String> notes(List<SourceRef> sources, Locale l) {
        List<String> notes = new ArrayList<>();
        notes.add(msg("insight.export.generated", l, java.time.LocalDate.now().toString()));
        notes.add(msg("insight.suppression.note", l, insights.suppression().threshold()));
        for (SourceRef s : sources) {
            notes.add((s.demo() ? msg("insight.demo", l).toUpperCase(l) + ": " : "")
                    + msg("insight.source.line", l, s.publisher(), s.dataset(), s.vintage(), s.licence()));
        }
        return notes;
    }

    private String yesNo(boolean value, Locale l) {
        return msg(value ? "insight.yes" : "insight.no", l);
    }

    private static String name(Map<String, Names> names, String code, Locale l) {
        Names n = names.get(code);
        return n == null ? code : n.in(l);
    }

    private String msg(String key, Locale l, Object... args) {
        return messages.getMessage(key, args, l);
    }
}
