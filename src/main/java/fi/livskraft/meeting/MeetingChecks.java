package fi.livskraft.meeting;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks a meeting as entered and turns it into values; every problem named by its field. */
final class MeetingChecks {

    /** The checked values. */
    record Checked(
            MeetingKind kind, LocalDateTime start, int durationMinutes, String onlineLink, Recurrence recurrence) {}

    private MeetingChecks() {}

    static Checked check(NewMeeting in) {
        List<FieldError> errors = new ArrayList<>();
        MeetingKind kind = null;
        try {
            kind = MeetingKind.valueOf(in.kind() == null ? "" : in.kind());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("kind", "meeting.error.kind"));
        }
        if (in.title().isEmpty() || in.title().length() > 200) {
            errors.add(FieldError.of("title", "meeting.error.title"));
        }
        if (in.description().length() > 4000) {
            errors.add(FieldError.of("description", "meeting.error.description"));
        }
        if (in.place().length() > 300) {
            errors.add(FieldError.of("place", "meeting.error.place"));
        }
        LocalDate date = date(in.startDate(), "startDate", errors);
        LocalTime time = null;
        try {
            time = LocalTime.parse(in.startTime() == null ? "" : in.startTime().strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of("startTime", "meeting.error.start-time"));
        }
        Integer duration = in.durationMinutes();
        if (in.endTime() != null && !in.endTime().isBlank() && time != null) {
            try {
                LocalTime end = LocalTime.parse(in.endTime().strip());
                if (!end.isAfter(time)) {
                    errors.add(FieldError.of("endTime", "meeting.error.end-before-start"));
                } else {
                    duration = (int) Duration.between(time, end).toMinutes();
                }
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("endTime", "meeting.error.end-time"));
            }
        } else if (duration == null) {
            errors.add(FieldError.of("endTime", "meeting.error.end-time"));
        } else if (duration <= 0) {
            errors.add(FieldError.of("durationMinutes", "meeting.error.end-before-start"));
        }
        if (duration != null && (duration > 1440 || (duration > 0 && duration < 5))) {
            errors.add(FieldError.of("durationMinutes", "meeting.error.duration"));
        }
        String link = in.onlineLink();
        if (link != null && !httpsLink(link)) {
            errors.add(FieldError.of("onlineLink", "meeting.error.online-link"));
        }
        if (in.place().isEmpty() && link == null) {
            errors.add(FieldError.of("place", "meeting.error.place-or-link"));
        }
        Recurrence recurrence = null;
        if (!in.frequency().isEmpty()) {
            Recurrence.Frequency frequency = null;
            try {
                frequency = Recurrence.Frequency.valueOf(in.frequency().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("frequency", "meeting.error.frequency"));
            }
            int interval = in.interval() == null ? 1 : in.interval();
            if (interval < 1 || interval > 12) {
                errors.add(FieldError.of("interval", "meeting.error.interval"));
            }
            LocalDate until = null;
            if (in.until() != null && !in.until().isBlank()) {
                until = date(in.until(), "until", errors);
                if (until != null && date != null && until.isBefore(date)) {
                    errors.add(FieldError.of("until", "meeting.error.until-before-start"));
                }
            }
            Integer count = in.count();
            if (count != null && (count < 1 || count > 500)) {
                errors.add(FieldError.of("count", "meeting.error.count"));
            }
            if (count != null && until != null) {
                errors.add(FieldError.of("count", "meeting.error.until-or-count"));
            }
            if (errors.isEmpty()) {
                recurrence = new Recurrence(frequency, interval, until, count);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(kind, date.atTime(time), duration, link, recurrence);
    }

    static boolean httpsLink(String link) {
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme())
                    && uri.getHost() != null
                    && !uri.getHost().isBlank()
                    && link.length() <= 500;
        } catch (Exception e) {
            return false;
        }
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "meeting.error.date"));
            return null;
        }
    }
}
