package fi.livskraft.partnership;

import java.time.LocalDate;

/**
 * An organisation taking part in the partnership since a date. {@code refCode} points to the
 * organisation in its own register where there is one (municipality code, provider id, employment
 * area id, employer id); {@code joinRequestId} is set when it joined through a join request.
 */
public record Participant(
        long id,
        OrganisationType kind,
        String refCode,
        String name,
        LocalDate joinedOn,
        Long joinRequestId,
        boolean demo) {}
