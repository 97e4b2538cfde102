package fi.livskraft.situation;

import fi.livskraft.common.Names;
import fi.livskraft.economypages.MunicipalCosts;
import fi.livskraft.evidence.Source;
import fi.livskraft.insight.AreaShortages;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** The situation API's answer (see the contract); names in the request's language. */
record SituationJson(
        String code,
        NamesJson name,
        String languageStatus,
        PopulationJson population,
        AreaJson employmentArea,
        LabourJson labourMarket,
        CostJson an2024,
        List<ShortageJson> shortages,
        List<ProviderJson> providers,
        int openNeeds,
        List<MeetingJson> nextMeetings) {

    record NamesJson(String fi, String sv, String en) {}

    record PopulationJson(Integer year, Integer value, String source) {}

    record AreaJson(String id, String name) {}

    record LabourJson(
            String month,
            BigDecimal unemployed,
            BigDecimal vacancies,
            BigDecimal longTermUnemployed,
            String longTermMonth,
            boolean estimated,
            String source) {}

    record BandJson(int fromDay, Integer toDay, BigDecimal sharePercent, BigDecimal cost) {}

    record CostJson(
            int year,
            BigDecimal yearToDate,
            int months,
            BigDecimal cost,
            BigDecimal longTermCost,
            BigDecimal costPerInhabitant,
            BigDecimal compensation,
            BigDecimal net,
            String basis,
            List<BandJson> byBand,
            String source) {}

    record ShortageJson(
            String iscoCode,
            String name,
            BigDecimal vacancies,
            BigDecimal unemployed,
            BigDecimal tightness,
            int persistentMonths,
            int windowMonths) {}

    record ProviderJson(long id, String name, BigDecimal sharePercent) {}

    record MeetingJson(long id, String title, LocalDateTime start) {}

    static SituationJson from(Situation s, Locale locale) {
        var p = s.profile();
        var m = p.municipality();
        Names n = m.names();
        var pop = p.population();
        var labour = s.labour();
        LabourJson labourJson = labour.months().isEmpty()
                ? null
                : new LabourJson(
                        labour.latest(),
                        labour.own().latestUnemployed(),
                        labour.own().latestVacancies(),
                        labour.own().longTermUnemployed(),
                        labour.longTermPeriod(),
                        false,
                        source(labour.source()));
        MunicipalCosts.View c = s.cost();
        CostJson cost = c == null
                ? null
                : new CostJson(
                        c.year(),
                        c.yearToDate(),
                        c.months(),
                        c.cost(),
                        c.longTermCost(),
                        s.costPerInhabitant(),
                        c.compensation(),
                        c.net(),
                        c.basis().name(),
                        c.byBand().stream()
                                .map(b -> new BandJson(b.fromDay(), b.toDay(), b.sharePercent(), b.cost()))
                                .toList(),
                        String.join(
                                "; ",
                                c.sources().stream()
                                        .map(x -> x.publisher() + ", " + x.dataset() + ", " + x.vintage()
                                                + (x.demo() ? " (demo)" : ""))
                                        .distinct()
                                        .toList()));
        List<ShortageJson> shortages = s.shortages() == null
                ? List.of()
                : s.shortages().rows().stream()
                        .map((AreaShortages.Shortage r) -> new ShortageJson(
                                r.iscoCode(),
                                r.names().in(locale),
                                r.vacancies(),
                                r.unemployed(),
                                r.tightness().ratio(),
                                r.persistentMonths(),
                                r.windowMonths()))
                        .toList();
        return new SituationJson(
                m.code(),
                new NamesJson(n.fi(), n.sv(), n.en()),
                m.languageStatus().name(),
                pop == null ? null : new PopulationJson(pop.year(), pop.population(), pop.source()),
                p.employmentArea() == null
                        ? null
                        : new AreaJson(
                                p.employmentArea().id(),
                                p.employmentArea().names().in(locale)),
                labourJson,
                cost,
                shortages,
                s.providers().stream()
                        .map(r -> new ProviderJson(r.id(), r.names().in(locale), r.sharePercent()))
                        .toList(),
                s.openNeeds(),
                s.meetings() == null
                        ? List.of()
                        : s.meetings().stream()
                                .map(r -> new MeetingJson(r.id(), r.title(), r.start()))
                                .toList());
    }

    private static String source(Source s) {
        return s == null ? null : s.publisher() + ", " + s.dataset() + ", " + s.vintage() + (s.demo() ? " (demo)" : "");
    }
}
