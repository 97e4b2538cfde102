package fi.livskraft.dialogue;

import java.util.Map;
import java.util.Set;

/** Where a workforce need is: new, in review, answered (a provider offered something), closed. */
public enum NeedStatus {
    NEW,
    IN_REVIEW,
    ANSWERED,
    CLOSED;

    private static final Map<NeedStatus, Set<NeedStatus>> NEXT = Map.of(
            NEW, Set.of(IN_REVIEW, CLOSED),
            IN_REVIEW, Set.of(ANSWERED, CLOSED),
            ANSWERED, Set.of(IN_REVIEW, CLOSED),
            CLOSED, Set.of(IN_REVIEW));

    public boolean mayMoveTo(NeedStatus next) {
        return NEXT.get(this).contains(next);
    }

    public Set<NeedStatus> next() {
        return NEXT.get(this);
    }

    /** Providers may answer a need that is neither new (not reviewed yet) nor closed. */
    public boolean open() {
        return this != CLOSED;
    }
}
