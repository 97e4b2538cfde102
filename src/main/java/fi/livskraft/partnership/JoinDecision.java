package fi.livskraft.partnership;

/**
 * The coordinator's decision on a join request: {@code APPROVE} or {@code DECLINE}, a note for the
 * applicant (required when declining) and the version of the request that was read.
 */
public record JoinDecision(String decision, String note, Integer version) {

    public JoinDecision {
        decision = decision == null ? "" : decision.strip();
        note = note == null ? "" : note.strip();
    }
}
