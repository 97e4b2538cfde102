package fi.livskraft.partnership;

/**
 * How owners' votes are counted in a provider's decisions; the rule comes from the joint authority's
 * basic agreement or the company's articles and shareholder agreement.
 */
public enum VotingRule {
    /** More than half of the votes, weighed by ownership share. */
    SHARE_MAJORITY,
    /**
     * Two thirds of the members representing at least half of the population (Local Government Act
     * 410/2015, section 56, for amending a joint authority's basic agreement, unless it says otherwise).
     */
    TWO_THIRDS_OF_MEMBERS_AND_HALF_OF_POPULATION,
    /** Every owner must agree. */
    UNANIMOUS
}
