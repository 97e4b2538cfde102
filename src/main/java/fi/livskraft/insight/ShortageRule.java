package fi.livskraft.insight;

/**
 * Persistent shortage: the occupation's tightness class is shortage or strong shortage in at least
 * {@code months} of the last {@code of} months of the latest vintage (configuration
 * {@code livskraft.evidence.persistent-shortage}, default 9 of 12). A month without both figures
 * counts as not in shortage.
 */
record ShortageRule(int months, int of) {

    static final ShortageRule DEFAULT = new ShortageRule(9, 12);

    ShortageRule {
        if (of < 1 || months < 1 || months > of) {
            throw new IllegalArgumentException("persistent shortage needs 1 <= months <= of");
        }
    }
}
