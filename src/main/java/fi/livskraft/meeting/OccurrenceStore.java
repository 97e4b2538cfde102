package fi.livskraft.meeting;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored occurrences of meetings: created on first use. */
@Component
class OccurrenceStore {

    private static final String SELECT = """
            select o.*, (select count(*) from meeting_minutes_revision r where r.occurrence_id = o.id) as revisions
            from meeting_occurrence o""";

    private final JdbcClient jdbc;

    OccurrenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Occurrence find(Meeting meeting, LocalDate date) {
        return jdbc.sql(SELECT + " where o.meeting_id = ? and o.occurs_on = ?")
                .params(meeting.id(), date)
                .query(OccurrenceStore::row)
                .optional()
                .orElse(Occurrence.unsaved(meeting.id(), date));
    }

    Optional<Occurrence> byId(long id) {
        return jdbc.sql(SELECT + " where o.id = ?")
                .param(id)
                .query(OccurrenceStore::row)
                .optional();
    }

    List<Occurrence> stored(long meetingId) {
        return jdbc.sql(SELECT + " where o.meeting_id = ? order by o.occurs_on")
                .param(meetingId)
                .query(OccurrenceStore::row)
                .list();
    }

    List<LocalDate> cancelled(long meetingId) {
        return jdbc.sql(
                        "select occurs_on from meeting_occurrence where meeting_id = ? and cancelled order by occurs_on")
                .param(meetingId)
                .query(LocalDate.class)
                .list();
    }

    /** The stored occurrence of the date, created when absent; the date must be one of the meeting's. */
    Occurrence ensure(Meeting meeting, LocalDate date) {
        if (!meeting.occursOn(date)) {
            throw new InvalidInputException(FieldError.of("date", "meeting.error.not-an-occurrence", date));
        }
        jdbc.sql("insert into meeting_occurrence (meeting_id, occurs_on) values (?, ?) on conflict do nothing")
                .params(meeting.id(), date)
                .update();
        return find(meeting, date);
    }

    static Occurrence row(ResultSet rs, int n) throws SQLException {
        return new Occurrence(
                rs.getLong("id"),
                rs.getLong("meeting_id"),
                rs.getObject("occurs_on", LocalDate.class),
                rs.getBoolean("cancelled"),
                rs.getString("minutes"),
                rs.getString("minutes_written_by"),
                rs.getTimestamp("minutes_written_at") == null
                        ? null
                        : rs.getTimestamp("minutes_written_at").toInstant(),
                rs.getInt("revisions"),
                rs.getInt("version"));
    }
}
