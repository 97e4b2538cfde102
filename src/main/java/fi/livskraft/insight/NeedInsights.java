package fi.livskraft.insight;

import fi.livskraft.account.Actor;
import fi.livskraft.area.AreaDirectory;
import fi.livskraft.dialogue.Need;
import fi.livskraft.dialogue.Needs;
import fi.livskraft.dialogue.Offers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the confirmed workforce needs of the dialogue and the areas, and runs the analyses that use
 * them: the confirmed-needs term of the gap, the language view and the immigration view.
 */
@Service
@Transactional(readOnly = true)
class NeedInsights {

    static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private final Needs needs;
    private final Offers offers;
    private final AreaDirectory areas;
    private final EvidenceFacts facts;
    private final InsightProperties properties;

    NeedInsights(Needs needs, Offers offers, AreaDirectory areas, EvidenceFacts facts, InsightProperties properties) {
        this.needs = needs;
        this.offers = offers;
        this.areas = areas;
        this.facts = facts;
        this.properties = properties;
    }

    List<ConfirmedNeed> confirmed() {
        return needs.confirmedOpen().stream().map(ConfirmedNeed::from).toList();
    }

    NeedPlaces places() {
        return new NeedPlaces(areas.municipalities());
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** Where the needs come from, as a source line: the dialogue, today, demonstration if any counted need is. */
    static SourceRef source(boolean demo) {
        return new SourceRef("Livskraft", "workforce needs (dialogue)", today().toString(), "–", demo);
    }

    // ------------------------------------------------------------ gap

    record GapNeeds(Map<String, BigDecimal> perOccupation, LocalDate from, LocalDate until, SourceRef source) {}

    GapNeeds forGap(AreaRef area, String language) {
        LocalDate today = today();
        LocalDate end = NeedDemand.periodEnd(today, properties.needsHorizonMonths());
        NeedPlaces places = places();
        List<ConfirmedNeed> counted =
                NeedDemand.counted(confirmed(), places, places.municipalities(area), language, end);
        Map<String, BigDecimal> per =
                NeedDemand.perOccupation(counted, places, places.municipalities(area), language, end);
        return new GapNeeds(
                per,
                today.withDayOfMonth(1),
                end.minusDays(1),
                source(counted.stream().anyMatch(ConfirmedNeed::demo)));
    }

    // ------------------------------------------------------------ language

    record LanguageReport(
            List<LanguageRow> byStatus,
            List<LanguageRow> byRegion,
            Integer supplyYear,
            List<SourceRef> sources,
            List<Need> visibleNeeds) {

        boolean demo() {
            return sources.stream().anyMatch(SourceRef::demo);
        }
    }

    LanguageReport language() {
        List<ConfirmedNeed> all = confirmed();
        NeedPlaces places = places();
        List<LanguageSupply> supply = facts.languageSupply();
        List<LanguageRow> byStatus = LanguageBalance.compute(all, supply, places, LanguageBalance.Grouping.STATUS);
        List<LanguageRow> byRegion = LanguageBalance.compute(all, supply, places, LanguageBalance.Grouping.REGION);
        Set<Long> ids = byStatus.stream().flatMap(r -> r.needIds().stream()).collect(Collectors.toSet());
        byRegion.forEach(r -> ids.addAll(r.needIds()));
        List<SourceRef> sources = new ArrayList<>();
        sources.add(source(byStatus.stream().anyMatch(LanguageRow::demo)
                || byRegion.stream().anyMatch(LanguageRow::demo)));
        sources.addAll(facts.educationSources());
        Suppression s = properties.suppression();
        return new LanguageReport(
                LanguageBalance.publicView(byStatus, s),
                LanguageBalance.publicView(byRegion, s),
                facts.latestSupplyYear().orElse(null),
                sources,
                visible(ids));
    }

    // ------------------------------------------------------------ immigration

    record ImmigrationReport(
            ShortageRule rule,
            List<String> window,
            List<RecruitmentRow> rows,
            List<InternationalRecruitment.Candidate> candidates,
            List<SourceRef> sources,
            List<Need> visibleNeeds) {

        boolean demo() {
            return sources.stream().anyMatch(SourceRef::demo);
        }
    }

    ImmigrationReport immigration() {
        ShortageRule rule = properties.shortageRule();
        List<String> periods = facts.occupationPeriods();
        List<String> window = periods.subList(Math.max(0, periods.size() - rule.of()), periods.size());
        List<String> regionCodes = facts.regions().stream().map(AreaRef::code).toList();
        List<EvidenceFacts.LabourCell> cells = window.isEmpty() || regionCodes.isEmpty()
                ? List.of()
                : facts.occupationCellsOf(regionCodes, window.get(0), window.get(window.size() - 1));
        Map<String, List<MonthlyCell>> byRegion = cells.stream()
                .collect(Collectors.groupingBy(
                        c -> c.areaCode().substring(2),
                        Collectors.mapping(
                                c -> new MonthlyCell(c.iscoCode(), c.period(), c.vacancies(), c.unemployed()),
                                Collectors.toList())));
        List<ConfirmedNeed> international =
                confirmed().stream().filter(ConfirmedNeed::international).toList();
        List<TrainingOffer> training = new ArrayList<>();
        for (ConfirmedNeed n : international) {
            offers.forNeed(n.id())
                    .forEach(o -> training.add(
                            new TrainingOffer(n.id(), o.kind().name(), o.qualificationCode(), o.language(), o.demo())));
        }
        TightnessThresholds t = properties.thresholds();
        List<RecruitmentRow> rows =
                InternationalRecruitment.needs(international, places(), byRegion, window, training, t, rule);
        List<InternationalRecruitment.Candidate> candidates =
                InternationalRecruitment.candidates(byRegion, window, rows, t, rule);
        Suppression s = properties.suppression();
        List<SourceRef> sources = new ArrayList<>();
        sources.add(source(rows.stream().anyMatch(RecruitmentRow::demo)));
        cells.stream().map(EvidenceFacts.LabourCell::source).distinct().forEach(sources::add);
        Set<Long> ids = rows.stream().flatMap(r -> r.needIds().stream()).collect(Collectors.toSet());
        return new ImmigrationReport(
                rule,
                List.copyOf(window),
                rows.stream().map(r -> r.suppressed(s)).toList(),
                candidates.stream()
                        .map(c -> new InternationalRecruitment.Candidate(
                                c.regionCode(),
                                c.iscoCode(),
                                c.shortage().suppressed(s),
                                s.count(c.internationalPersons())))
                        .toList(),
                sources,
                visible(ids));
    }

    /** The needs behind the figures that the signed-in user may see (none for the public). */
    private List<Need> visible(Set<Long> ids) {
        return Actor.current()
                .map(actor -> needs.visible(actor, false).stream()
                        .filter(n -> ids.contains(n.id()))
                        .toList())
                .orElse(List.of());
    }
}
