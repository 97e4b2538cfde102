package fi.livskraft.meeting;

import fi.livskraft.account.Actor;
import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda of an occurrence: free-text items and items citing evidence. A citation is checked
 * when it is made (the need, goal or gap row must exist now) and its snapshot label kept; the
 * agenda shows the current figures each time it is read.
 */
@Service
public class Agenda {

    static final String ENTITY = "agenda-item";

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Citations citations;
    private final AuditLog audit;

    Agenda(JdbcClient jdbc, Meetings meetings, Citations citations, AuditLog audit) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.citations = citations;
        this.audit = audit;
    }

    @Transactional
    public AgendaEntry add(long meetingId, LocalDate date, NewAgendaItem input, Actor actor) {
        AgendaKind kind;
        try {
            kind = AgendaKind.valueOf(input.kind() == null ? "" : input.kind().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldError.of("kind", "meeting.error.agenda-kind"));
        }
        List<FieldError> errors = new ArrayList<>();
        String label = "";
        Long needId = null;
        Long goalId = null;
        String area = null;
        String isco = null;
        String language = null;
        switch (kind) {
            case TEXT -> {
                if (input.title().isEmpty()) {
                    errors.add(FieldError.of("title", "meeting.error.agenda-title"));
                }
            }
            case NEED -> {
                needId = input.needId();
                var need = needId == null
                        ? java.util.Optional.<fi.livskraft.dialogue.Need>empty()
                        : citations.need(needId);
                if (need.isEmpty() || !citations.maySeeNeed(needId, actor)) {
                    errors.add(FieldError.of("needId", "meeting.error.need", String.valueOf(input.needId())));
                } else {
                    label = Citations.needLabel(need.get());
                }
            }
            case GOAL -> {
                goalId = input.goalId();
                var goal = goalId == null
                        ? java.util.Optional.<fi.livskraft.steering.GoalView>empty()
                        : citations.goal(goalId);
                if (goal.isEmpty() || !citations.maySeeGoal(goalId)) {
                    errors.add(FieldError.of("goalId", "meeting.error.goal", String.valueOf(input.goalId())));
                } else {
                    label = Citations.goalLabel(goal.get());
                }
            }
            case GAP -> {
                area = input.gapArea();
                isco = input.gapIsco();
                language = input.gapLanguage();
                if (!isco.matches("[0-9]{4}")) {
                    errors.add(FieldError.of("gapIsco", "meeting.error.gap-isco"));
                } else {
                    var gap = citations.gap(area, isco, language);
                    if (gap.isEmpty()) {
                        errors.add(FieldError.of("gapIsco", "meeting.error.gap", isco, area, language));
                    } else {
                        label = Citations.gapLabel(gap.get());
                    }
                }
            }
        }
        if (input.title().length() > 300) {
            errors.add(FieldError.of("title", "meeting.error.agenda-title"));
        }
        if (input.note().length() > 2000) {
            errors.add(FieldError.of("note", "meeting.error.note"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Occurrence occurrence = meetings.contributable(meetingId, date, actor);
        String title = input.title().isEmpty() ? label : input.title();
        if (title.length() > 300) {
            title = title.substring(0, 297) + "...";
        }
        long id = jdbc.sql("""
                insert into agenda_item (occurrence_id, position, kind, title, note, need_id, goal_id, gap_area, gap_isco,
                    gap_language, snapshot_label, created_by)
                values (?, (select coalesce(max(position), 0) + 1 from agenda_item where occurrence_id = ?),
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        occurrence.id(),
                        occurrence.id(),
                        kind.name(),
                        title,
                        input.note(),
                        needId,
                        goalId,
                        area,
                        isco,
                        language,
                        label,
                        actor.username())
                .query(Long.class)
                .single();
        audit.record(
                "CREATE",
                ENTITY,
                id,
                "Agenda item of meeting " + meetingId + " on " + date,
                null,
                Map.of("kind", kind.name(), "title", title, "snapshot", label));
        return entries(occurrence, actor).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public void remove(long meetingId, LocalDate date, long itemId, Actor actor) {
        Occurrence occurrence = meetings.contributable(meetingId, date, actor);
        AgendaEntry before = entries(occurrence, actor).stream()
                .filter(e -> e.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("agenda item", String.valueOf(itemId)));
        jdbc.sql("delete from agenda_item where id = ?").param(itemId).update();
        audit.record(
                "DELETE",
                ENTITY,
                itemId,
                "Agenda item removed from meeting " + meetingId,
                Map.of("title", before.title(), "snapshot", before.snapshotLabel()),
                null);
    }

    /** The items of the occurrence in order, each with what its citation says now for the viewer. */
    public List<AgendaEntry> entries(Occurrence occurrence, Actor viewer) {
        if (occurrence.id() == null) {
            return List.of();
        }
        return jdbc
                .sql("select * from agenda_item where occurrence_id = ? order by position, id")
                .param(occurrence.id())
                .query((rs, n) -> {
                    AgendaKind kind = AgendaKind.valueOf(rs.getString("kind"));
                    Long needId = (Long) rs.getObject("need_id");
                    Long goalId = (Long) rs.getObject("goal_id");
                    return new AgendaEntry(
                            rs.getLong("id"),
                            rs.getInt("position"),
                            kind,
                            rs.getString("title"),
                            rs.getString("note"),
                            needId,
                            goalId,
                            rs.getString("gap_area"),
                            rs.getString("gap_isco"),
                            rs.getString("gap_language"),
                            rs.getString("snapshot_label"),
                            null);
                })
                .list()
                .stream()
                .map(e -> new AgendaEntry(
                        e.id(),
                        e.position(),
                        e.kind(),
                        e.title(),
                        e.note(),
                        e.needId(),
                        e.goalId(),
                        e.gapArea(),
                        e.gapIsco(),
                        e.gapLanguage(),
                        e.snapshotLabel(),
                        citations.resolve(
                                e.kind(), e.needId(), e.goalId(), e.gapArea(), e.gapIsco(), e.gapLanguage(), viewer)))
                .toList();
    }
}
