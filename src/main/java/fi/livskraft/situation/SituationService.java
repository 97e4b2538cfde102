package fi.livskraft.situation;

import fi.livskraft.account.Actor;
import fi.livskraft.area.MunicipalityProfiles;
import fi.livskraft.common.Names;
import fi.livskraft.dialogue.AreaKind;
import fi.livskraft.dialogue.Need;
import fi.livskraft.dialogue.Needs;
import fi.livskraft.economypages.MunicipalCosts;
import fi.livskraft.evidence.LabourFact;
import fi.livskraft.evidence.LabourMarket;
import fi.livskraft.evidence.Source;
import fi.livskraft.insight.AreaShortages;
import fi.livskraft.meeting.ActionItem;
import fi.livskraft.meeting.ActionStatus;
import fi.livskraft.meeting.Actions;
import fi.livskraft.meeting.Meeting;
import fi.livskraft.meeting.Meetings;
import fi.livskraft.partnership.Providers;
import fi.livskraft.steering.GoalStatus;
import fi.livskraft.steering.GoalView;
import fi.livskraft.steering.Goals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Gathers a municipality's situation from the other modules' public services. */
@Service
class SituationService {

    /** At least this many shortages are listed (when the area's figures have them). */
    static final int SHORTAGES = 12;

    static final int MONTHS = 24;
    private static final String UNEMPLOYED = "UNEMPLOYED_JOBSEEKERS";
    private static final String VACANCIES = "OPEN_VACANCIES";
    private static final String LABOUR_FORCE = "LABOUR_FORCE";

    private final MunicipalityProfiles profiles;
    private final LabourMarket labourMarket;
    private final MunicipalCosts costs;
    private final AreaShortages shortages;
    private final Providers providers;
    private final Goals goals;
    private final Needs needs;
    private final Meetings meetings;
    private final Actions actions;

    SituationService(
            MunicipalityProfiles profiles,
            LabourMarket labourMarket,
            MunicipalCosts costs,
            AreaShortages shortages,
            Providers providers,
            Goals goals,
            Needs needs,
            Meetings meetings,
            Actions actions) {
        this.profiles = profiles;
        this.labourMarket = labourMarket;
        this.costs = costs;
        this.shortages = shortages;
        this.providers = providers;
        this.goals = goals;
        this.needs = needs;
        this.meetings = meetings;
        this.actions = actions;
    }

    Optional<String> currentCodeOf(String formerCode) {
        return profiles.currentCodeOf(formerCode);
    }

    /** The situation, or empty for an unknown code; {@code year} null: the current year in Helsinki. */
    Optional<Situation> situation(String code, Integer year) {
        Optional<MunicipalityProfiles.Profile> found = profiles.profile(code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MunicipalityProfiles.Profile profile = found.get();
        LocalDate today = LocalDate.now(Staleness.ZONE);
        int y = year == null ? today.getYear() : year;
        List<Integer> years = costs.years();
        boolean known = years.contains(y);
        MunicipalCosts.View cost = known ? costs.cost(code, y).orElse(null) : null;
        Integer population =
                profile.population() == null ? null : profile.population().population();
        BigDecimal perInhabitant = cost == null || population == null || population <= 0
                ? null
                : cost.cost().divide(BigDecimal.valueOf(population), 2, java.math.RoundingMode.HALF_UP);
        AreaShortages.Report shortage = profile.employmentArea() == null
                ? null
                : shortages.strongest("TA:" + profile.employmentArea().id(), SHORTAGES);
        List<AreaShortages.LanguageGap> swedish =
                shortage == null || !profile.municipality().languageStatus().swedishSpoken()
                        ? null
                        : shortages.swedish(
                                shortage.areaCode(),
                                shortage.rows().stream()
                                        .map(AreaShortages.Shortage::iscoCode)
                                        .toList());
        Optional<Actor> actor = Actor.current();
        return Optional.of(new Situation(
                profile,
                today,
                labour(profile),
                y,
                known,
                years,
                cost,
                perInhabitant,
                shortage,
                swedish,
                providers(code),
                openNeeds(profile),
                actor.map(a -> nextMeetings(a, code, today)).orElse(null),
                actor.map(a -> openActions(a, code)).orElse(null)));
    }

    private Situation.Labour labour(MunicipalityProfiles.Profile p) {
        String own = "KU" + p.municipality().code();
        String region = "MK" + p.region().code();
        List<String> codes = List.of(own, region, "SSS");
        String latest = labourMarket.latestPeriod(own, UNEMPLOYED).orElse(null);
        if (latest == null) {
            return new Situation.Labour(List.of(), List.of(), null, null, null);
        }
        YearMonth last = Staleness.ofPeriod(latest);
        List<String> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            YearMonth m = last.minusMonths(i);
            months.add("%04dM%02d".formatted(m.getYear(), m.getMonthValue()));
        }
        Map<String, SortedMap<String, LabourFact>> unemployed = labourMarket.totals(codes, UNEMPLOYED, months.get(0));
        Map<String, SortedMap<String, LabourFact>> vacancies = labourMarket.totals(codes, VACANCIES, months.get(0));
        Map<String, SortedMap<String, LabourFact>> force = labourMarket.totals(codes, LABOUR_FORCE, months.get(0));
        Source source = Optional.ofNullable(unemployed.get(own))
                .map(s -> s.get(latest))
                .map(LabourFact::source)
                .orElse(null);
        List<Names> names =
                List.of(p.municipality().names(), p.region().names(), new Names("Koko maa", "Hela landet", "Finland"));
        List<Situation.AreaFigures> areas = new ArrayList<>();
        String longTermPeriod = null;
        Source longTermSource = null;
        for (int i = 0; i < codes.size(); i++) {
            String c = codes.get(i);
            List<LabourFact> durations = labourMarket.unemployedByDurationOf(c);
            BigDecimal longTerm = null;
            if (!durations.isEmpty()) {
                longTerm = durations.stream()
                        .filter(f -> f.durationClass().equals("12-24M")
                                || f.durationClass().equals("GE24M"))
                        .map(LabourFact::value)
                        .filter(v -> v != null)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (i == 0) {
                    longTermPeriod = durations.get(0).period();
                    longTermSource = durations.get(0).source();
                }
            }
            areas.add(new Situation.AreaFigures(
                    c,
                    names.get(i),
                    series(unemployed.get(c), months),
                    series(vacancies.get(c), months),
                    latestValue(force.get(c), latest),
                    longTerm));
        }
        return new Situation.Labour(months, areas, source, longTermPeriod, longTermSource);
    }

    private static List<BigDecimal> series(SortedMap<String, LabourFact> facts, List<String> months) {
        List<BigDecimal> out = new ArrayList<>();
        for (String m : months) {
            LabourFact f = facts == null ? null : facts.get(m);
            out.add(f == null ? null : f.value());
        }
        return out;
    }

    private static BigDecimal latestValue(SortedMap<String, LabourFact> facts, String latest) {
        if (facts == null) {
            return null;
        }
        LabourFact f = facts.get(latest);
        return f == null ? null : f.value();
    }

    private List<Situation.ProviderRow> providers(String code) {
        return providers.sharesOf(code).stream()
                .map(s -> {
                    List<GoalView> list;
                    try {
                        list = Actor.current().isPresent()
                                ? goals.forProvider(s.provider().id())
                                : List.of();
                    } catch (AccessDeniedException e) {
                        list = List.of();
                    }
                    return new Situation.ProviderRow(
                            s.provider().id(),
                            s.provider().names(),
                            s.sharePercent(),
                            list.size(),
                            count(list, GoalStatus.ON_TRACK),
                            count(list, GoalStatus.AT_RISK),
                            count(list, GoalStatus.OFF_TRACK),
                            s.provider().demo());
                })
                .toList();
    }

    private static int count(List<GoalView> goals, GoalStatus status) {
        return (int) goals.stream().filter(g -> g.status() == status).count();
    }

    /** Confirmed open needs for the municipality, its employment area or its region. */
    private int openNeeds(MunicipalityProfiles.Profile p) {
        String area = p.employmentArea() == null ? null : p.employmentArea().id();
        return (int) needs.confirmedOpen().stream()
                .filter(n ->
                        concerns(n, p.municipality().code(), area, p.region().code()))
                .count();
    }

    static boolean concerns(Need n, String code, String area, String region) {
        return (n.areaKind() == AreaKind.MUNICIPALITY && n.areaCode().equals(code))
                || (n.areaKind() == AreaKind.EMPLOYMENT_AREA && n.areaCode().equals(area))
                || (n.areaKind() == AreaKind.REGION && n.areaCode().equals(region));
    }

    private List<Situation.MeetingRow> nextMeetings(Actor actor, String code, LocalDate today) {
        List<Situation.MeetingRow> rows = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(Staleness.ZONE);
        for (Meeting m : meetings.visible(actor)) {
            boolean takesPart = code.equals(m.organiser())
                    || m.participants().stream().anyMatch(x -> code.equals(x.organisation()));
            if (!takesPart) {
                continue;
            }
            LocalDateTime next = null;
            if (m.recurrence() == null) {
                next = m.start().isBefore(now) ? null : m.start();
            } else {
                next = m.recurrence().dates(m.start().toLocalDate(), today, 1).stream()
                        .findFirst()
                        .map(d -> d.atTime(m.start().toLocalTime()))
                        .orElse(null);
            }
            if (next != null) {
                rows.add(new Situation.MeetingRow(m.id(), m.title(), next, m.demo()));
            }
        }
        rows.sort(Comparator.comparing(Situation.MeetingRow::start).thenComparing(Situation.MeetingRow::id));
        return rows.stream().limit(5).toList();
    }

    private List<ActionItem> openActions(Actor actor, String code) {
        TreeSet<Long> seen = new TreeSet<>();
        List<ActionItem> out = new ArrayList<>();
        for (ActionStatus s : List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS)) {
            for (ActionItem a : actions.visible(actor, new Actions.Filter(s, null, null, code))) {
                if (seen.add(a.id())) {
                    out.add(a);
                }
            }
        }
        out.sort(Comparator.comparing(ActionItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }
}
