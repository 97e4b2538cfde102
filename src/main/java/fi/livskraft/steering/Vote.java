package fi.livskraft.steering;

/** An owner's vote on a proposal. An abstention is not a yes: it counts like a no for every rule. */
public enum Vote {
    YES,
    NO,
    ABSTAIN
}
