package fi.livskraft.partnership;

import java.time.Instant;

/**
 * An organisation's request to join the partnership. {@code token} is the secret of the public
 * status page ({@code /join/status/{token}}), which is how the applicant learns the decision.
 */
public record JoinRequest(
        long id,
        String token,
        String organisationName,
        OrganisationType organisationType,
        String contactName,
        String contactEmail,
        String message,
        String language,
        JoinRequestStatus status,
        Instant createdAt,
        Instant decidedAt,
        String decidedBy,
        String decisionNote,
        Instant applicantNotifiedAt,
        boolean demo,
        int version) {

    public String statusPath() {
        return "/join/status/" + token;
    }
}
