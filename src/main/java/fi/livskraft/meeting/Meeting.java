package fi.livskraft.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A meeting, or a recurring series when it has a recurrence. The start is wall-clock time in
 * Europe/Helsinki; organiser and participants are organisations named as in the roles
 * (COORDINATOR, OWNER:905, PROVIDER:12, EMPLOYMENT_AREA:id, EMPLOYER:id).
 */
public record Meeting(
        long id,
        String uid,
        MeetingKind kind,
        String title,
        String description,
        String organiser,
        String organiserName,
        LocalDateTime start,
        int durationMinutes,
        String place,
        String onlineLink,
        boolean visibleToAll,
        Recurrence recurrence,
        List<Participant> participants,
        boolean demo,
        int version) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    public Meeting {
        participants = List.copyOf(participants);
    }

    /** An organisation that takes part. */
    public record Participant(String organisation, String name) {}

    public boolean series() {
        return recurrence != null;
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    /** The occurrence dates on or after {@code from}, at most {@code limit}. */
    public List<LocalDate> dates(LocalDate from, int limit) {
        if (recurrence == null) {
            return start.toLocalDate().isBefore(from) || limit < 1 ? List.of() : List.of(start.toLocalDate());
        }
        return recurrence.dates(start.toLocalDate(), from, limit);
    }

    public boolean occursOn(LocalDate date) {
        return recurrence == null ? start.toLocalDate().equals(date) : recurrence.occursOn(start.toLocalDate(), date);
    }

    /** When the occurrence on a date starts, in Europe/Helsinki. */
    public ZonedDateTime startsOn(LocalDate date) {
        return date.atTime(start.toLocalTime()).atZone(ZONE);
    }

    public ZonedDateTime endsOn(LocalDate date) {
        return startsOn(date).plus(duration());
    }

    /** The series in words in a language, e.g. "första tisdagen varje månad, kl. 8.30–9.15, 12 gånger". */
    public String seriesInWords(java.util.Locale locale) {
        return recurrence == null
                ? null
                : MeetingWords.series(
                        recurrence,
                        start.toLocalDate(),
                        start.toLocalTime(),
                        start.toLocalTime().plus(duration()),
                        locale);
    }

    public String rrule() {
        return recurrence == null ? null : recurrence.rrule(start.toLocalDate(), start.toLocalTime(), ZONE);
    }

    /** All organisations of the meeting: the organiser first. */
    public List<String> organisations() {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(organiser),
                        participants.stream().map(Participant::organisation))
                .distinct()
                .toList();
    }

    Object auditState() {
        return Map.ofEntries(
                Map.entry("kind", kind.name()),
                Map.entry("title", title),
                Map.entry("organiser", organiser),
                Map.entry("start", start.toString()),
                Map.entry("durationMinutes", durationMinutes),
                Map.entry("place", place),
                Map.entry("onlineLink", onlineLink == null ? "" : onlineLink),
                Map.entry("visibleToAll", visibleToAll),
                Map.entry("rrule", recurrence == null ? "" : rrule()),
                Map.entry(
                        "participants",
                        participants.stream().map(Participant::organisation).toList()),
                Map.entry("version", version));
    }
}
