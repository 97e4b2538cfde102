package fi.livskraft.partnership;

/** A join request was received or decided: the applicant is to be told (after commit). */
record JoinRequestEvent(long id, boolean decided) {}
