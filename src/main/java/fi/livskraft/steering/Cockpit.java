package fi.livskraft.steering;

import fi.livskraft.account.Actor;
import fi.livskraft.account.Role;
import fi.livskraft.common.Names;
import fi.livskraft.partnership.OwnerShare;
import fi.livskraft.partnership.ProviderDetail;
import fi.livskraft.partnership.ProviderSummary;
import fi.livskraft.partnership.Providers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The owner cockpit: for a municipality, every provider it owns today with its share, goal status,
 * key figures, upcoming owner meetings and open actions (open proposals, reports due in open periods).
 * An owner representative sees its own municipalities; the coordinator any municipality.
 */
@Service
public class Cockpit {

    /** A provider owned by the municipality. */
    public record OwnedProvider(
            ProviderSummary provider, BigDecimal share, String rule, List<GoalView> goals, List<String> openActions) {

        public long count(GoalStatus status) {
            return goals.stream().filter(g -> g.status() == status).count();
        }
    }

    /** An action that is open: an undecided proposal or a report due. */
    public record OpenAction(long providerId, Names provider, String kind, String title, LocalDate due, String link) {}

    /** What the cockpit shows for one municipality. */
    public record View(
            String municipalityCode,
            List<String> choices,
            List<OwnedProvider> providers,
            List<Meeting> upcoming,
            List<OpenAction> actions) {}

    private final Providers providers;
    private final Goals goals;
    private final DecisionStore decisions;
    private final GoalStore goalStore;

    Cockpit(Providers providers, Goals goals, DecisionStore decisions, GoalStore goalStore) {
        this.providers = providers;
        this.goals = goals;
        this.decisions = decisions;
        this.goalStore = goalStore;
    }

    /** Municipalities the actor may open the cockpit for (all owner municipalities for the coordinator). */
    public List<String> municipalities(Actor actor) {
        TreeSet<String> codes = new TreeSet<>();
        if (actor.isCoordinator()) {
            for (ProviderDetail p : details()) {
                p.owners().stream().filter(o -> o.code().matches("\\d{3}")).forEach(o -> codes.add(o.code()));
            }
        } else {
            codes.addAll(actor.scopes(Role.OWNER));
        }
        return List.copyOf(codes);
    }

    public View view(Actor actor, String requested, LocalDate today) {
        List<String> choices = municipalities(actor);
        if (requested != null && !requested.isBlank() && !choices.contains(requested)) {
            throw new AccessDeniedException("not a municipality this user represents");
        }
        String code = requested != null && !requested.isBlank() ? requested : choices.isEmpty() ? null : choices.get(0);
        List<ProviderDetail> owned = code == null
                ? List.of()
                : details().stream()
                        .filter(p -> p.owners().stream().anyMatch(o -> o.code().equals(code)))
                        .toList();
        List<Long> ids = owned.stream().map(ProviderDetail::id).toList();
        List<OpenAction> actions = actions(owned, today);
        List<OwnedProvider> rows = new ArrayList<>();
        for (ProviderDetail p : owned) {
            BigDecimal share = p.owners().stream()
                    .filter(o -> o.code().equals(code))
                    .map(OwnerShare::share)
                    .findFirst()
                    .map(VoteCounter::plain)
                    .orElse(BigDecimal.ZERO);
            List<String> open = actions.stream()
                    .filter(a -> a.providerId() == p.id())
                    .map(OpenAction::title)
                    .toList();
            rows.add(new OwnedProvider(p.summary(), share, p.votingRule().name(), goals.views(List.of(p.id())), open));
        }
        return new View(code, choices, rows, decisions.upcoming(ids, today), actions);
    }

    /** The provider the actor works for as provider staff, if any. */
    public Optional<Long> staffProvider(Actor actor) {
        return actor.scopes(Role.PROVIDER).stream().map(Long::valueOf).findFirst();
    }

    private List<OpenAction> actions(List<ProviderDetail> owned, LocalDate today) {
        List<OpenAction> actions = new ArrayList<>();
        for (ProviderDetail p : owned) {
            for (DecisionView d : decisions.open(List.of(p.id()))) {
                actions.add(new OpenAction(
                        p.id(),
                        p.names(),
                        "DECISION",
                        d.title(),
                        d.meeting() == null ? null : d.meeting().heldOn(),
                        "/steering/decisions/" + d.id()));
            }
            List<GoalStore.GoalRow> providerGoals = goalStore.goals(List.of(p.id()));
            for (GoalFollowUp.Period period : goalStore.periods(p.id())) {
                if (period.closed()) {
                    continue;
                }
                for (GoalStore.GoalRow g : providerGoals) {
                    boolean reported =
                            goalStore.latestReports(g.id()).stream().anyMatch(r -> r.year() == period.year());
                    if (!reported) {
                        actions.add(new OpenAction(
                                p.id(),
                                p.names(),
                                "REPORT",
                                g.title() + " " + period.year(),
                                period.dueOn(),
                                "/steering/goals/" + g.id()));
                    }
                }
            }
        }
        return actions;
    }

    private List<ProviderDetail> details() {
        return providers.list(null, null).stream()
                .map(s -> providers.get(s.id()))
                .toList();
    }
}
