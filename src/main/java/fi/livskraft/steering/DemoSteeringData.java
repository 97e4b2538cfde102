package fi.livskraft.steering;

import static fi.livskraft.steering.DemoSteeringLoader.n;

import fi.livskraft.partnership.OwnerShare;
import fi.livskraft.partnership.ProviderDetail;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The invented steering rows of the demonstration (see {@link DemoSteeringLoader}). */
@Component
class DemoSteeringData {

    static final String BY = DemoSteeringLoader.SYSTEM;

    private final Strategies strategies;
    private final DecisionStore decisions;
    private final GoalStore goals;
    private final IndicatorCatalogue catalogue;

    DemoSteeringData(Strategies strategies, DecisionStore decisions, GoalStore goals, IndicatorCatalogue catalogue) {
        this.strategies = strategies;
        this.decisions = decisions;
        this.goals = goals;
        this.catalogue = catalogue;
    }

    Map<String, Object> load(ProviderDetail provider, Members.Roll roll, LocalDate today) {
        long p = provider.id();
        String owners = String.join(
                ",", provider.owners().stream().map(OwnerShare::code).toList());
        long strategy = strategies.insert(p, 2025, 2028, true);
        strategies.addRevision(
                strategy,
                "Demo: Ägarstrategi för Yrkesakademin 2025–2028",
                "Demo. Ägarna vill att Yrkesakademin utbildar den svenskspråkiga arbetskraft som Österbotten"
                        + " behöver: fler utexaminerade i arbete, nöjda studerande och arbetsplatser, och"
                        + " kostnader i nivå med jämförbara anordnare.",
                owners,
                BY);
        strategies.addRevision(
                strategy,
                "Demo: Ägarstrategi för Yrkesakademin 2025–2028",
                "Demo. Ägarna vill att Yrkesakademin utbildar den svenskspråkiga arbetskraft som Österbotten"
                        + " behöver: fler utexaminerade i arbete, nöjda studerande och arbetsplatser, och"
                        + " kostnader i nivå med jämförbara anordnare. Vården och det tekniska området prioriteras"
                        + " (reviderad efter ägarmötet).",
                owners,
                BY);

        Meeting spring = decisions.insertMeeting(p, LocalDate.of(2025, 5, 20), "Demo: Ägarmöte våren 2025", true);
        long decision = decisions.insertDecision(
                p,
                spring.id(),
                "Demo: Mål för ägarstyrningen 2025–2027",
                "Demo. Ägarna fastställer målen för sysselsättning, studerandefeedback och kostnad per"
                        + " studerandeår för 2025–2027.",
                provider.votingRule(),
                BY,
                true);
        List<Ballot> ballots = List.of(
                new Ballot("905", Vote.YES),
                new Ballot("499", Vote.YES),
                new Ballot("545", Vote.YES),
                new Ballot("475", Vote.YES),
                new Ballot("946", Vote.NO),
                new Ballot("287", Vote.ABSTAIN),
                new Ballot("280", Vote.YES));
        List<Ballot> cast = ballots.stream()
                .filter(b -> roll.members().stream().anyMatch(m -> m.ownerCode().equals(b.ownerCode())))
                .toList();
        cast.forEach(b -> decisions.insertVote(decision, b, BY));
        VoteOutcome outcome = VoteCounter.count(
                provider.votingRule(),
                roll.members(),
                cast,
                roll.census().year(),
                roll.census().source());
        decisions.decide(decision, 0, outcome, BY);

        Meeting autumn = decisions.insertMeeting(p, today.plusDays(30), "Demo: Ägarmöte hösten", true);
        decisions.insertDecision(
                p,
                autumn.id(),
                "Demo: Fler nybörjarplatser inom social- och hälsovård",
                "Demo. Yrkesakademin utökar nybörjarplatserna i grundexamen inom social- och hälsovård med 15.",
                provider.votingRule(),
                BY,
                true);

        long closed = goals.insertPeriod(p, 2024, LocalDate.of(2025, 3, 31), true);
        long open = goals.insertPeriod(p, 2025, LocalDate.of(2026, 3, 31), true);
        goals.closePeriod(closed);

        goal(
                p,
                strategy,
                decision,
                "EMPLOYMENT_RATE",
                "Demo: Utexaminerade i arbete",
                n("72"),
                new int[] {2025, 2026, 2027},
                new String[] {"75", "78", "80"});
        long feedback = goal(
                p,
                strategy,
                decision,
                "STUDENT_FEEDBACK",
                "Demo: Studerandefeedback (Amis)",
                n("4.1"),
                new int[] {2024, 2025, 2026},
                new String[] {"4.1", "4.2", "4.3"});
        long cost = goal(
                p,
                strategy,
                decision,
                "COST_PER_STUDENT_YEAR",
                "Demo: Kostnad per studerandeår",
                n("11800"),
                new int[] {2024, 2025, 2026},
                new String[] {"11800", "11500", "11300"});

        goals.insertReport(feedback, closed, n("4.12"), "Demo: Enkätsvar från 61 % av de studerande.", BY);
        goals.insertReport(feedback, open, n("4.15"), "Demo: Preliminärt, hösten saknas.", BY);
        goals.insertReport(cost, closed, n("11750"), "Demo: Enligt bokslutet.", BY);
        goals.insertReport(cost, open, n("11900"), "Demo: Prognos; energikostnaderna steg.", BY);
        goals.insertComment(feedback, open, "905", "Demo: Bra utveckling. Hur ser svarsprocenten ut inom vården?", BY);
        return DemoSteeringLoader.counts(strategy, decision, 3);
    }

    private long goal(
            long p,
            long strategy,
            long decision,
            String code,
            String title,
            java.math.BigDecimal baseline,
            int[] years,
            String[] targets) {
        Indicator indicator = catalogue.find(code).orElseThrow();
        List<NewGoal.Target> list = new java.util.ArrayList<>();
        for (int i = 0; i < years.length; i++) {
            list.add(new NewGoal.Target(years[i], n(targets[i]), indicator.unit()));
        }
        NewGoal goal = new NewGoal(code, title, null, baseline, 2024, "Demo: Rektor", decision, strategy, list);
        return goals.insertGoal(p, goal, indicator, indicator.direction(), true);
    }
}
