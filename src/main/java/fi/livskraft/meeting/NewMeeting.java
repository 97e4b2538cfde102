package fi.livskraft.meeting;

import java.util.List;

/**
 * A meeting as entered (form or API), checked by the service. startDate ISO (2026-12-01),
 * startTime HH:mm in Europe/Helsinki; the length as durationMinutes or as an endTime the same day.
 * frequency empty for a single meeting, else WEEKLY, MONTHLY_WEEKDAY or MONTHLY_DAY with interval
 * and optionally until (ISO date) or count.
 */
public record NewMeeting(
        String kind,
        String title,
        String description,
        String organiser,
        String startDate,
        String startTime,
        Integer durationMinutes,
        String endTime,
        String place,
        String onlineLink,
        boolean visibleToAll,
        List<String> participants,
        String frequency,
        Integer interval,
        String until,
        Integer count) {

    public NewMeeting {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        place = place == null ? "" : place.strip();
        onlineLink = onlineLink == null || onlineLink.isBlank() ? null : onlineLink.strip();
        participants = participants == null ? List.of() : List.copyOf(participants);
        organiser = organiser == null ? "" : organiser.strip();
        frequency = frequency == null ? "" : frequency.strip();
    }
}
