package fi.livskraft.meeting;

import fi.livskraft.account.Actor;
import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings and series: create, change, read what the caller may see, cancel an occurrence. Every change audited. */
@Service
public class Meetings {

    static final String ENTITY = "meeting";

    private final JdbcClient jdbc;
    private final MeetingOrganisations organisations;
    private final OccurrenceStore occurrences;
    private final AuditLog audit;

    Meetings(JdbcClient jdbc, MeetingOrganisations organisations, OccurrenceStore occurrences, AuditLog audit) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.occurrences = occurrences;
        this.audit = audit;
    }

    /** The organisations the actor may organise a meeting for (the coordinator: any). */
    public List<String> organiserOptions(Actor actor) {
        return new ArrayList<>(MeetingAccess.organisations(actor));
    }

    /** Every organisation that may take part, as key and name in the language. */
    public Map<String, String> participantOptions(java.util.Locale locale) {
        return organisations.options().stream()
                .collect(Collectors.toMap(
                        MeetingOrganisations.Option::key,
                        o -> o.name(locale),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    @Transactional
    public Meeting create(NewMeeting input, Actor actor, boolean demo) {
        MeetingChecks.Checked checked = MeetingChecks.check(input);
        String organiser = input.organiser().isEmpty()
                ? organiserOptions(actor).stream().findFirst().orElse("")
                : input.organiser();
        if (!actor.isCoordinator() && !MeetingAccess.organisations(actor).contains(organiser)) {
            throw new AccessDeniedException("a meeting is organised by one of the caller's organisations");
        }
        List<Meeting.Participant> participants = participants(input, organiser);
        String organiserName = organisations
                .name(organiser)
                .orElseThrow(() -> new InvalidInputException(FieldError.of("organiser", "meeting.error.organiser")));
        Recurrence r = checked.recurrence();
        long id = jdbc.sql("""
                insert into meeting (uid, kind, title, description, organiser, organiser_name, starts_at,
                    duration_minutes, place, online_link, visible_to_all, recurrence_frequency, recurrence_interval,
                    recurrence_until, recurrence_count, demo, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        UUID.randomUUID() + "@livskraft.fi",
                        checked.kind().name(),
                        input.title(),
                        input.description(),
                        organiser,
                        organiserName,
                        checked.start(),
                        checked.durationMinutes(),
                        input.place(),
                        checked.onlineLink(),
                        input.visibleToAll(),
                        r == null ? null : r.frequency().name(),
                        r == null ? null : r.interval(),
                        r == null ? null : r.until(),
                        r == null ? null : r.count(),
                        demo,
                        actor.username())
                .query(Long.class)
                .single();
        insertParticipants(id, participants);
        Meeting created = load(id);
        audit.record("CREATE", ENTITY, id, "Meeting " + created.title(), null, created.auditState());
        return created;
    }

    @Transactional
    public Meeting update(long id, NewMeeting input, int version, Actor actor) {
        Meeting before = get(id, actor);
        if (!MeetingAccess.mayEdit(actor, before)) {
            throw new AccessDeniedException("only the organiser or the coordinator changes a meeting");
        }
        MeetingChecks.Checked checked = MeetingChecks.check(input);
        List<Meeting.Participant> participants = participants(input, before.organiser());
        Recurrence r = checked.recurrence();
        int rows = jdbc.sql("""
                update meeting set kind = ?, title = ?, description = ?, starts_at = ?, duration_minutes = ?,
                    place = ?, online_link = ?, visible_to_all = ?, recurrence_frequency = ?, recurrence_interval = ?,
                    recurrence_until = ?, recurrence_count = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(
                        checked.kind().name(),
                        input.title(),
                        input.description(),
                        checked.start(),
                        checked.durationMinutes(),
                        input.place(),
                        checked.onlineLink(),
                        input.visibleToAll(),
                        r == null ? null : r.frequency().name(),
                        r == null ? null : r.interval(),
                        r == null ? null : r.until(),
                        r == null ? null : r.count(),
                        id,
                        version)
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException(ENTITY, id);
        }
        jdbc.sql("delete from meeting_participant where meeting_id = ?")
                .param(id)
                .update();
        insertParticipants(id, participants);
        Meeting after = load(id);
        audit.record("UPDATE", ENTITY, id, "Meeting " + after.title(), before.auditState(), after.auditState());
        return after;
    }

    /** The meetings the actor may see, by start. */
    public List<Meeting> visible(Actor actor) {
        return loadAll().stream().filter(m -> MeetingAccess.maySee(actor, m)).toList();
    }

    /** One meeting, when the actor may see it (otherwise not found). */
    public Meeting get(long id, Actor actor) {
        Meeting meeting = find(id).orElseThrow(() -> new NotFoundException("meeting", String.valueOf(id)));
        if (!MeetingAccess.maySee(actor, meeting)) {
            throw new NotFoundException("meeting", String.valueOf(id));
        }
        return meeting;
    }

    public boolean mayEdit(Actor actor, Meeting meeting) {
        return MeetingAccess.mayEdit(actor, meeting);
    }

    public boolean mayContribute(Actor actor, Meeting meeting) {
        return MeetingAccess.mayContribute(actor, meeting);
    }

    /** The occurrence on a date (stored or not yet). */
    public Occurrence occurrence(Meeting meeting, LocalDate date) {
        return occurrences.find(meeting, date);
    }

    /** The dates that have something stored (agenda, minutes, actions, a cancellation). */
    public List<LocalDate> storedDates(Meeting meeting) {
        return occurrences.stored(meeting.id()).stream().map(Occurrence::date).toList();
    }

    /** The dates of the meeting's cancelled occurrences. */
    public List<LocalDate> cancelledDates(Meeting meeting) {
        return occurrences.cancelled(meeting.id());
    }

    /** Cancels (or restores) one occurrence of a series; the feed then lists it as an EXDATE. */
    @Transactional
    public Occurrence cancel(long meetingId, LocalDate date, boolean cancelled, Actor actor) {
        Meeting meeting = get(meetingId, actor);
        if (!MeetingAccess.mayEdit(actor, meeting)) {
            throw new AccessDeniedException("only the organiser or the coordinator cancels a meeting");
        }
        Occurrence o = occurrences.ensure(meeting, date);
        jdbc.sql("update meeting_occurrence set cancelled = ?, version = version + 1 where id = ?")
                .params(cancelled, o.id())
                .update();
        audit.record(
                cancelled ? "CANCEL" : "RESTORE",
                ENTITY,
                meetingId,
                "Occurrence " + date + " of " + meeting.title(),
                Map.of("cancelled", o.cancelled()),
                Map.of("cancelled", cancelled, "date", date.toString()));
        return occurrences.find(meeting, date);
    }

    /** Checks that the actor may add to the meeting, and returns its stored occurrence on the date. */
    Occurrence contributable(long meetingId, LocalDate date, Actor actor) {
        Meeting meeting = get(meetingId, actor);
        if (!MeetingAccess.mayContribute(actor, meeting)) {
            throw new AccessDeniedException("only the meeting's organisations and the coordinator");
        }
        return occurrences.ensure(meeting, date);
    }

    java.util.Optional<Meeting> find(long id) {
        return jdbc.sql("select * from meeting where id = ?")
                .param(id)
                .query(this::row)
                .optional()
                .map(this::withParticipants);
    }

    private Meeting load(long id) {
        return find(id).orElseThrow();
    }

    List<Meeting> loadAll() {
        Map<Long, List<Meeting.Participant>> parts = jdbc
                .sql("select meeting_id, organisation, name from meeting_participant order by organisation")
                .query((rs, n) -> Map.entry(rs.getLong(1), new Meeting.Participant(rs.getString(2), rs.getString(3))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select * from meeting order by starts_at, id").query(this::row).list().stream()
                .map(m -> with(m, parts.getOrDefault(m.id(), List.of())))
                .toList();
    }

    private Meeting withParticipants(Meeting m) {
        return with(
                m,
                jdbc.sql(
                                "select organisation, name from meeting_participant where meeting_id = ? order by organisation")
                        .param(m.id())
                        .query((rs, n) -> new Meeting.Participant(rs.getString(1), rs.getString(2)))
                        .list());
    }

    private static Meeting with(Meeting m, List<Meeting.Participant> p) {
        return new Meeting(
                m.id(),
                m.uid(),
                m.kind(),
                m.title(),
                m.description(),
                m.organiser(),
                m.organiserName(),
                m.start(),
                m.durationMinutes(),
                m.place(),
                m.onlineLink(),
                m.visibleToAll(),
                m.recurrence(),
                p,
                m.demo(),
                m.version());
    }

    private Meeting row(ResultSet rs, int n) throws SQLException {
        String frequency = rs.getString("recurrence_frequency");
        Recurrence recurrence = frequency == null
                ? null
                : new Recurrence(
                        Recurrence.Frequency.valueOf(frequency),
                        rs.getInt("recurrence_interval"),
                        rs.getObject("recurrence_until", LocalDate.class),
                        (Integer) rs.getObject("recurrence_count"));
        return new Meeting(
                rs.getLong("id"),
                rs.getString("uid"),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("organiser"),
                rs.getString("organiser_name"),
                rs.getObject("starts_at", LocalDateTime.class),
                rs.getInt("duration_minutes"),
                rs.getString("place"),
                rs.getString("online_link"),
                rs.getBoolean("visible_to_all"),
                recurrence,
                List.of(),
                rs.getBoolean("demo"),
                rs.getInt("version"));
    }

    private List<Meeting.Participant> participants(NewMeeting input, String organiser) {
        Set<String> keys = new LinkedHashSet<>(input.participants());
        keys.remove(organiser);
        keys.remove("");
        List<Meeting.Participant> out = new ArrayList<>();
        for (String key : keys) {
            String name = organisations
                    .name(key)
                    .orElseThrow(() ->
                            new InvalidInputException(FieldError.of("participants", "meeting.error.participant", key)));
            out.add(new Meeting.Participant(key, name));
        }
        return out;
    }

    private void insertParticipants(long id, List<Meeting.Participant> participants) {
        for (Meeting.Participant p : participants) {
            jdbc.sql("insert into meeting_participant (meeting_id, organisation, name) values (?, ?, ?)")
                    .params(id, p.organisation(), p.name())
                    .update();
        }
    }
}
