package fi.livskraft.meeting;

import fi.livskraft.account.Actor;
import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The minutes of an occurrence (every saved version kept) and the decisions recorded in them. */
@Service
public class Minutes {

    /** A decision recorded in the minutes. */
    public record Decision(long id, String text, String recordedBy, Instant recordedAt) {}

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final OccurrenceStore occurrences;
    private final AuditLog audit;

    Minutes(JdbcClient jdbc, Meetings meetings, OccurrenceStore occurrences, AuditLog audit) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.occurrences = occurrences;
        this.audit = audit;
    }

    /** Saves the minutes of an occurrence; version: the occurrence version read (409 when it moved on). */
    @Transactional
    public Occurrence write(long meetingId, LocalDate date, String text, int version, Actor actor) {
        String minutes = text == null ? "" : text.strip();
        if (minutes.isEmpty() || minutes.length() > 20000) {
            throw new InvalidInputException(FieldError.of("minutes", "meeting.error.minutes"));
        }
        Occurrence before = meetings.contributable(meetingId, date, actor);
        int rows = jdbc.sql("""
                update meeting_occurrence set minutes = ?, minutes_written_by = ?, minutes_written_at = now(),
                    version = version + 1
                where id = ? and version = ?""")
                .params(minutes, actor.username(), before.id(), version)
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("meeting-minutes", before.id());
        }
        jdbc.sql("""
                insert into meeting_minutes_revision (occurrence_id, revision, minutes, written_by)
                values (?, (select coalesce(max(revision), 0) + 1 from meeting_minutes_revision where occurrence_id = ?),
                    ?, ?)""")
                .params(before.id(), before.id(), minutes, actor.username())
                .update();
        audit.record(
                "UPDATE",
                "meeting-minutes",
                before.id(),
                "Minutes of meeting " + meetingId + " on " + date,
                Map.of("minutes", before.minutes()),
                Map.of("minutes", minutes));
        return occurrences.byId(before.id()).orElseThrow();
    }

    @Transactional
    public Decision decide(long meetingId, LocalDate date, String text, Actor actor) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > 2000) {
            throw new InvalidInputException(FieldError.of("decision", "meeting.error.decision"));
        }
        Occurrence o = meetings.contributable(meetingId, date, actor);
        Decision d = jdbc.sql("""
                insert into meeting_decision (occurrence_id, text, recorded_by) values (?, ?, ?)
                returning id, text, recorded_by, recorded_at""")
                .params(o.id(), body, actor.username())
                .query((rs, n) -> new Decision(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .single();
        audit.record(
                "CREATE", "meeting-decision", d.id(), "Decision in meeting " + meetingId, null, Map.of("text", body));
        return d;
    }

    public List<Decision> decisions(Occurrence occurrence) {
        if (occurrence.id() == null) {
            return List.of();
        }
        return jdbc.sql(
                        "select id, text, recorded_by, recorded_at from meeting_decision where occurrence_id = ? order by id")
                .param(occurrence.id())
                .query((rs, n) -> new Decision(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}
