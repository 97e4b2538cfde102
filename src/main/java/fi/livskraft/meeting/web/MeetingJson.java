package fi.livskraft.meeting.web;

import fi.livskraft.meeting.ActionItem;
import fi.livskraft.meeting.AgendaEntry;
import fi.livskraft.meeting.Citation;
import fi.livskraft.meeting.Meeting;
import fi.livskraft.meeting.Minutes;
import fi.livskraft.meeting.Occurrence;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON shapes of the meeting API. */
final class MeetingJson {

    private MeetingJson() {}

    record RecurrenceJson(String frequency, int interval, LocalDate until, Integer count, String rrule) {}

    record MeetingBody(
            long id,
            String uid,
            String kind,
            String title,
            String description,
            String organiser,
            String organiserName,
            OffsetDateTime start,
            OffsetDateTime end,
            String timeZone,
            int durationMinutes,
            String place,
            String onlineLink,
            boolean visibleToAll,
            List<String> participants,
            RecurrenceJson recurrence,
            List<LocalDate> nextOccurrences,
            boolean demo,
            int version) {

        static MeetingBody from(Meeting m, LocalDate today) {
            return new MeetingBody(
                    m.id(),
                    m.uid(),
                    m.kind().name(),
                    m.title(),
                    m.description(),
                    m.organiser(),
                    m.organiserName(),
                    m.startsOn(m.start().toLocalDate()).toOffsetDateTime(),
                    m.endsOn(m.start().toLocalDate()).toOffsetDateTime(),
                    Meeting.ZONE.getId(),
                    m.durationMinutes(),
                    m.place(),
                    m.onlineLink(),
                    m.visibleToAll(),
                    m.participants().stream()
                            .map(Meeting.Participant::organisation)
                            .toList(),
                    m.recurrence() == null
                            ? null
                            : new RecurrenceJson(
                                    m.recurrence().frequency().name(),
                                    m.recurrence().interval(),
                                    m.recurrence().until(),
                                    m.recurrence().count(),
                                    m.rrule()),
                    m.dates(today, 5),
                    m.demo(),
                    m.version());
        }
    }

    record CitationJson(
            String state, List<Citation.Fact> facts, String sourceKey, List<Object> sourceArgs, String link) {
        static CitationJson from(Citation c) {
            return new CitationJson(c.state().name(), c.facts(), c.sourceKey(), c.sourceArgs(), c.link());
        }
    }

    record AgendaJson(
            long id,
            int position,
            String kind,
            String title,
            String note,
            Long needId,
            Long goalId,
            String gapArea,
            String gapIsco,
            String gapLanguage,
            String snapshotLabel,
            CitationJson citation) {
        static AgendaJson from(AgendaEntry e) {
            return new AgendaJson(
                    e.id(),
                    e.position(),
                    e.kind().name(),
                    e.title(),
                    e.note(),
                    e.needId(),
                    e.goalId(),
                    e.gapArea(),
                    e.gapIsco(),
                    e.gapLanguage(),
                    e.snapshotLabel(),
                    CitationJson.from(e.citation()));
        }
    }

    record ActionJson(
            long id,
            long meetingId,
            String meetingTitle,
            LocalDate meetingDate,
            String description,
            String ownerName,
            String ownerOrganisation,
            String ownerOrganisationName,
            LocalDate dueOn,
            String status,
            boolean overdue,
            Long needId,
            Long goalId,
            boolean demo,
            int version) {
        static ActionJson from(ActionItem a, LocalDate today) {
            return new ActionJson(
                    a.id(),
                    a.meetingId(),
                    a.meetingTitle(),
                    a.meetingDate(),
                    a.description(),
                    a.ownerName(),
                    a.ownerOrganisation(),
                    a.ownerOrganisationName(),
                    a.dueOn(),
                    a.status().name(),
                    a.overdueOn(today),
                    a.needId(),
                    a.goalId(),
                    a.demo(),
                    a.version());
        }
    }

    record OccurrenceJson(
            long meetingId,
            LocalDate date,
            OffsetDateTime start,
            OffsetDateTime end,
            boolean cancelled,
            String minutes,
            String minutesWrittenBy,
            int minutesRevisions,
            int version,
            List<AgendaJson> agenda,
            List<ActionJson> carriedOverActions,
            List<Minutes.Decision> decisions,
            List<ActionJson> actions) {}

    static OccurrenceJson occurrence(
            Meeting m,
            Occurrence o,
            List<AgendaEntry> agenda,
            List<ActionItem> carried,
            List<Minutes.Decision> decisions,
            List<ActionItem> actions,
            LocalDate today) {
        return new OccurrenceJson(
                m.id(),
                o.date(),
                m.startsOn(o.date()).toOffsetDateTime(),
                m.endsOn(o.date()).toOffsetDateTime(),
                o.cancelled(),
                o.minutes(),
                o.minutesWrittenBy(),
                o.revisions(),
                o.version(),
                agenda.stream().map(AgendaJson::from).toList(),
                carried.stream().map(a -> ActionJson.from(a, today)).toList(),
                decisions,
                actions.stream().map(a -> ActionJson.from(a, today)).toList());
    }
}
