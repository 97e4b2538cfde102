package fi.livskraft.meeting;

import java.time.LocalDate;

/** An action from a meeting's minutes: what, who (a person and an organisation), by when, its status. */
public record ActionItem(
        long id,
        long meetingId,
        String meetingTitle,
        LocalDate meetingDate,
        String description,
        String ownerName,
        String ownerOrganisation,
        String ownerOrganisationName,
        LocalDate dueOn,
        ActionStatus status,
        Long needId,
        Long goalId,
        boolean demo,
        int version) {

    /** Overdue: due before today (in Europe/Helsinki) and neither done nor cancelled. */
    public boolean overdueOn(LocalDate today) {
        return !status.closed() && dueOn.isBefore(today);
    }
}
