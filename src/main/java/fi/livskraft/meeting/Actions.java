package fi.livskraft.meeting;

import fi.livskraft.account.Actor;
import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions from meetings: add one, move its status, list what the caller may see (the actions of
 * the meetings it sees), and the overdue ones. Today is the date in Europe/Helsinki by the
 * module's clock.
 */
@Service
public class Actions {

    static final String ENTITY = "meeting-action";
    private static final String SELECT = """
            select a.*, o.meeting_id, o.occurs_on, m.title as meeting_title
            from meeting_action a join meeting_occurrence o on o.id = a.occurrence_id join meeting m on m.id = o.meeting_id""";

    /** Filters of the actions list; null means any. */
    public record Filter(ActionStatus status, Boolean overdue, Long meetingId, String ownerOrganisation) {
        public static Filter all() {
            return new Filter(null, null, null, null);
        }
    }

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Citations citations;
    private final MeetingOrganisations organisations;
    private final AuditLog audit;
    private final Clock clock;

    Actions(
            JdbcClient jdbc,
            Meetings meetings,
            Citations citations,
            MeetingOrganisations organisations,
            AuditLog audit,
            @Qualifier("meetingClock") Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.citations = citations;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in Europe/Helsinki. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Meeting.ZONE));
    }

    @Transactional
    public ActionItem create(long meetingId, LocalDate date, NewAction input, Actor actor, boolean demo) {
        List<FieldError> errors = new ArrayList<>();
        if (input.description().isEmpty() || input.description().length() > 2000) {
            errors.add(FieldError.of("description", "meeting.error.action-description"));
        }
        if (input.ownerName().isEmpty() || input.ownerName().length() > 200) {
            errors.add(FieldError.of("ownerName", "meeting.error.owner-name"));
        }
        String orgName = organisations.name(input.ownerOrganisation()).orElse(null);
        if (orgName == null) {
            errors.add(FieldError.of("ownerOrganisation", "meeting.error.owner-organisation"));
        }
        LocalDate due = null;
        try {
            due = LocalDate.parse(input.dueOn() == null ? "" : input.dueOn().strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of("dueOn", "meeting.error.date"));
        }
        // the same rule as the agenda: a need or goal the caller may not see is refused like a missing one
        if (input.needId() != null
                && (citations.need(input.needId()).isEmpty() || !citations.maySeeNeed(input.needId(), actor))) {
            errors.add(FieldError.of("needId", "meeting.error.need", String.valueOf(input.needId())));
        }
        if (input.goalId() != null
                && (citations.goal(input.goalId()).isEmpty() || !citations.maySeeGoal(input.goalId()))) {
            errors.add(FieldError.of("goalId", "meeting.error.goal", String.valueOf(input.goalId())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Occurrence occurrence = meetings.contributable(meetingId, date, actor);
        long id = jdbc.sql("""
                insert into meeting_action (occurrence_id, description, owner_name, owner_organisation,
                    owner_organisation_name, due_on, need_id, goal_id, demo, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        occurrence.id(),
                        input.description(),
                        input.ownerName(),
                        input.ownerOrganisation(),
                        orgName,
                        due,
                        input.needId(),
                        input.goalId(),
                        demo,
                        actor.username())
                .query(Long.class)
                .single();
        ActionItem created = load(id);
        audit.record("CREATE", ENTITY, id, "Action: " + created.description(), null, state(created));
        return created;
    }

    @Transactional
    public ActionItem changeStatus(long id, ActionStatus status, int version, Actor actor) {
        ActionItem before = get(id, actor);
        if (!mayChangeStatus(before, actor)) {
            throw new AccessDeniedException(
                    "only the owning organisation, the meeting's organiser and the coordinator change an action");
        }
        int rows = jdbc.sql("""
                update meeting_action set status = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""").params(status.name(), id, version).update();
        if (rows == 0) {
            throw new ConcurrentEditException(ENTITY, id);
        }
        ActionItem after = load(id);
        audit.record("UPDATE", ENTITY, id, "Action status " + status, state(before), state(after));
        return after;
    }

    /**
     * Whether the actor changes the action's status: the coordinator, users of the organisation that
     * owns the action and users of the meeting's organiser. Other participants only read it.
     */
    public boolean mayChangeStatus(ActionItem action, Actor actor) {
        return changeable(List.of(action), actor).contains(action.id());
    }

    /** The ids among the actions whose status the actor may change (the pages show the form for these). */
    public Set<Long> changeable(List<ActionItem> items, Actor actor) {
        Set<String> mine = MeetingAccess.organisations(actor);
        Map<Long, Boolean> organiser = new HashMap<>();
        return items.stream()
                .filter(a -> actor.isCoordinator()
                        || mine.contains(a.ownerOrganisation())
                        || organiser.computeIfAbsent(
                                a.meetingId(),
                                m -> mine.contains(meetings.get(m, actor).organiser())))
                .map(ActionItem::id)
                .collect(Collectors.toSet());
    }

    /** One action, when the caller may see its meeting (otherwise not found). */
    public ActionItem get(long id, Actor actor) {
        ActionItem item = jdbc.sql(SELECT + " where a.id = ?")
                .param(id)
                .query(Actions::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("action", String.valueOf(id)));
        try {
            meetings.get(item.meetingId(), actor);
        } catch (NotFoundException e) {
            throw new NotFoundException("action", String.valueOf(id));
        }
        return item;
    }

    /** The actions of the meetings the actor may see, by due date, filtered. */
    public List<ActionItem> visible(Actor actor, Filter filter) {
        Set<Long> seen = meetings.visible(actor).stream().map(Meeting::id).collect(Collectors.toSet());
        LocalDate today = today();
        Predicate<ActionItem> keep = a -> seen.contains(a.meetingId());
        if (filter.status() != null) {
            keep = keep.and(a -> a.status() == filter.status());
        }
        if (filter.overdue() != null) {
            keep = keep.and(a -> a.overdueOn(today) == filter.overdue());
        }
        if (filter.meetingId() != null) {
            keep = keep.and(a -> a.meetingId() == filter.meetingId());
        }
        if (filter.ownerOrganisation() != null && !filter.ownerOrganisation().isBlank()) {
            keep = keep.and(a -> a.ownerOrganisation().equals(filter.ownerOrganisation()));
        }
        return jdbc.sql(SELECT + " order by a.due_on, a.id").query(Actions::row).list().stream()
                .filter(keep)
                .toList();
    }

    /** The overdue actions the actor may see (the overview panel). */
    public List<ActionItem> overdue(Actor actor) {
        return visible(actor, new Filter(null, true, null, null));
    }

    /** The actions taken in an occurrence. */
    public List<ActionItem> of(Occurrence occurrence) {
        if (occurrence.id() == null) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where a.occurrence_id = ? order by a.due_on, a.id")
                .param(occurrence.id())
                .query(Actions::row)
                .list();
    }

    /**
     * The open actions (not done or cancelled) that come up again at an occurrence: those from earlier
     * occurrences of the same series and those owned by the meeting's organisations in other meetings
     * the viewer sees.
     */
    public List<ActionItem> carriedOver(Meeting meeting, LocalDate date, Actor viewer) {
        List<String> orgs = meeting.organisations();
        return visible(viewer, Filter.all()).stream()
                .filter(a -> !a.status().closed())
                .filter(a -> a.meetingId() == meeting.id()
                        ? a.meetingDate().isBefore(date)
                        : orgs.contains(a.ownerOrganisation()))
                .toList();
    }

    private ActionItem load(long id) {
        return jdbc.sql(SELECT + " where a.id = ?")
                .param(id)
                .query(Actions::row)
                .single();
    }

    private static Map<String, Object> state(ActionItem a) {
        return Map.of(
                "description", a.description(),
                "owner", a.ownerName() + " (" + a.ownerOrganisation() + ")",
                "dueOn", a.dueOn().toString(),
                "status", a.status().name(),
                "version", a.version());
    }

    private static ActionItem row(ResultSet rs, int n) throws SQLException {
        return new ActionItem(
                rs.getLong("id"),
                rs.getLong("meeting_id"),
                rs.getString("meeting_title"),
                rs.getObject("occurs_on", LocalDate.class),
                rs.getString("description"),
                rs.getString("owner_name"),
                rs.getString("owner_organisation"),
                rs.getString("owner_organisation_name"),
                rs.getObject("due_on", LocalDate.class),
                ActionStatus.valueOf(rs.getString("status")),
                (Long) rs.getObject("need_id"),
                (Long) rs.getObject("goal_id"),
                rs.getBoolean("demo"),
                rs.getInt("version"));
    }
}
