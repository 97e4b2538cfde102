package fi.livskraft.partnership;

/** Where a join request stands. */
public enum JoinRequestStatus {
    PENDING,
    APPROVED,
    DECLINED
}
