package fi.livskraft.meeting;

import fi.livskraft.account.Actor;
import fi.livskraft.account.Role;
import fi.livskraft.common.NotFoundException;
import fi.livskraft.common.SystemActor;
import fi.livskraft.dialogue.Need;
import fi.livskraft.dialogue.Needs;
import fi.livskraft.dialogue.Offers;
import fi.livskraft.insight.GapLookup;
import fi.livskraft.insight.GapRow;
import fi.livskraft.insight.SourceRef;
import fi.livskraft.steering.GoalView;
import fi.livskraft.steering.Goals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Reads the evidence an agenda item cites as it stands now, from the public APIs of dialogue
 * (needs, offers), steering (goals) and insight (the gap row), and makes the snapshot label stored
 * when an item is cited.
 */
@Component
class Citations {

    private static final Actor WHOLE_PARTNERSHIP = new Actor("meeting-citation", Map.of(Role.COORDINATOR, Set.of()));

    private final Needs needs;
    private final Offers offers;
    private final Goals goals;
    private final GapLookup gaps;

    Citations(Needs needs, Offers offers, Goals goals, GapLookup gaps) {
        this.needs = needs;
        this.offers = offers;
        this.goals = goals;
        this.gaps = gaps;
    }

    Optional<Need> need(long id) {
        try {
            return Optional.of(needs.get(id, WHOLE_PARTNERSHIP));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    boolean maySeeNeed(long id, Actor viewer) {
        try {
            needs.get(id, viewer);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** The goal, read as the system (existence), or empty when it is gone. */
    Optional<GoalView> goal(long id) {
        AtomicReference<GoalView> found = new AtomicReference<>();
        SystemActor.run(() -> {
            try {
                found.set(goals.followUp(id).goal());
            } catch (NotFoundException e) {
                // gone
            }
        });
        return Optional.ofNullable(found.get());
    }

    /** Whether the signed-in user may read the goal's follow-up. */
    boolean maySeeGoal(long id) {
        try {
            goals.followUp(id);
            return true;
        } catch (AccessDeniedException | NotFoundException e) {
            return false;
        }
    }

    Optional<GapLookup.CitedGap> gap(String area, String isco, String language) {
        return gaps.current(area, isco, language);
    }

    static String needLabel(Need n) {
        String text = n.text().length() > 80 ? n.text().substring(0, 77) + "..." : n.text();
        return "#" + n.id() + " " + text + " (" + n.headCount() + ", " + n.raisedByName() + ")";
    }

    static String goalLabel(GoalView g) {
        return "#" + g.id() + " " + g.title();
    }

    static String gapLabel(GapLookup.CitedGap c) {
        GapRow r = c.row();
        String period = c.periods().isEmpty()
                ? ""
                : c.periods().get(0) + "–" + c.periods().get(c.periods().size() - 1);
        return "ISCO " + r.iscoCode() + ", " + c.area().names().sv() + " ("
                + c.area().code() + "), " + r.language() + ": gap "
                + (r.gap() == null ? "–" : r.gap().toPlainString()) + " " + period;
    }

    /** What the item's citation says now, for the viewer. */
    Citation resolve(
            AgendaKind kind, Long needId, Long goalId, String area, String isco, String language, Actor viewer) {
        return switch (kind) {
            case TEXT -> Citation.none();
            case NEED ->
                need(needId)
                        .map(n -> maySeeNeed(n.id(), viewer) ? needCitation(n) : Citation.hidden())
                        .orElse(Citation.gone());
            case GOAL ->
                goal(goalId)
                        .map(g -> maySeeGoal(g.id()) ? goalCitation(g) : Citation.hidden())
                        .orElse(Citation.gone());
            case GAP -> gap(area, isco, language).map(Citations::gapCitation).orElse(Citation.gone());
        };
    }

    private Citation needCitation(Need n) {
        int offerCount = offers.forNeed(n.id()).size();
        List<Citation.Fact> facts = List.of(
                new Citation.Fact(
                        "meeting.fact.status", "dialogue.status." + n.status().name(), true),
                new Citation.Fact("meeting.fact.head-count", String.valueOf(n.headCount()), false),
                new Citation.Fact("meeting.fact.offers", String.valueOf(offerCount), false),
                new Citation.Fact("meeting.fact.raised-by", n.raisedByName(), false));
        return new Citation(
                Citation.State.CURRENT,
                facts,
                "meeting.source.need",
                List.of(n.id(), n.demo() ? "demo" : ""),
                "/needs/" + n.id());
    }

    private static Citation goalCitation(GoalView g) {
        List<Citation.Fact> facts = new ArrayList<>();
        facts.add(new Citation.Fact(
                "meeting.fact.status", "steering.status." + g.status().name(), true));
        GoalView.Row latest = g.latestActual();
        if (latest != null) {
            facts.add(new Citation.Fact("meeting.fact.year", String.valueOf(latest.year()), false));
            facts.add(new Citation.Fact("meeting.fact.actual", plain(latest.actual()), false));
            facts.add(new Citation.Fact("meeting.fact.target", plain(latest.target()), false));
            if (latest.basis() != null && !latest.basis().isBlank()) {
                facts.add(new Citation.Fact("meeting.fact.basis", latest.basis(), false));
            }
        }
        return new Citation(
                Citation.State.CURRENT,
                facts,
                "meeting.source.goal",
                List.of(g.id(), g.responsible() == null ? "" : g.responsible()),
                "/steering/goals/" + g.id());
    }

    private static Citation gapCitation(GapLookup.CitedGap c) {
        GapRow r = c.row();
        List<Citation.Fact> facts = new ArrayList<>();
        facts.add(new Citation.Fact("meeting.fact.demand", plain(r.demand()), false));
        facts.add(new Citation.Fact("meeting.fact.supply", plain(r.supply()), false));
        facts.add(new Citation.Fact("meeting.fact.gap", plain(r.gap()), false));
        facts.add(new Citation.Fact("meeting.fact.vacancies", plain(r.vacancies()), false));
        facts.add(new Citation.Fact("meeting.fact.unemployed", plain(r.unemployed()), false));
        String sources = c.sources().stream()
                .map(s -> s.publisher() + " " + s.dataset() + " " + s.vintage() + (s.demo() ? " (demo)" : ""))
                .distinct()
                .collect(Collectors.joining("; "));
        String period = c.periods().isEmpty()
                ? "–"
                : c.periods().get(0) + "–" + c.periods().get(c.periods().size() - 1);
        boolean demo = c.sources().stream().anyMatch(SourceRef::demo);
        return new Citation(
                Citation.State.CURRENT,
                facts,
                "meeting.source.gap",
                List.of(sources.isEmpty() ? "–" : sources, period, demo ? "demo" : ""),
                "/evidence/gap?area=" + c.area().code() + "&language=" + r.language());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString();
    }
}
