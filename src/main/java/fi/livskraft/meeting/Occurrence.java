package fi.livskraft.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One occurrence of a meeting, by its scheduled date. id is null until something was stored for it
 * (an agenda item, minutes, a decision, an action, or a cancellation).
 */
public record Occurrence(
        Long id,
        long meetingId,
        LocalDate date,
        boolean cancelled,
        String minutes,
        String minutesWrittenBy,
        Instant minutesWrittenAt,
        int revisions,
        int version) {

    /** The minutes split into paragraphs (lines), blank lines dropped. */
    public java.util.List<String> minutesLines() {
        return minutes.lines().filter(l -> !l.isBlank()).toList();
    }

    static Occurrence unsaved(long meetingId, LocalDate date) {
        return new Occurrence(null, meetingId, date, false, "", null, null, 0, 0);
    }
}
