package fi.livskraft.steering;

import java.time.Instant;
import java.util.List;

/** An owner strategy of a provider for a period of years, with every saved text, newest first. */
public record StrategyView(
        long id, long providerId, int firstYear, int lastYear, boolean demo, int version, List<Revision> revisions) {

    public StrategyView {
        revisions = List.copyOf(revisions);
    }

    public Revision current() {
        return revisions.get(0);
    }

    /** One saved text, agreed by the owners listed (their codes). */
    public record Revision(
            int revision, String title, String body, List<String> ownerCodes, Instant savedAt, String savedBy) {}
}
