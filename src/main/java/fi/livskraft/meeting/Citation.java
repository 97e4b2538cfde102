package fi.livskraft.meeting;

import java.util.List;

/**
 * What an agenda item's cited evidence says now: its current figures with the line that names
 * their source and vintage, or that the item no longer exists (the page then shows the snapshot
 * label stored at citation), or that the viewer may not see its details.
 */
public record Citation(State state, List<Fact> facts, String sourceKey, List<Object> sourceArgs, String link) {

    public enum State {
        /** Free text: nothing cited. */
        NONE,
        CURRENT,
        GONE,
        HIDDEN
    }

    /** One figure: a label key and a value; the value is itself a message key when valueIsKey. */
    public record Fact(String labelKey, String value, boolean valueIsKey) {}

    public Citation {
        facts = List.copyOf(facts);
        sourceArgs = List.copyOf(sourceArgs);
    }

    static Citation none() {
        return new Citation(State.NONE, List.of(), null, List.of(), null);
    }

    static Citation gone() {
        return new Citation(State.GONE, List.of(), null, List.of(), null);
    }

    static Citation hidden() {
        return new Citation(State.HIDDEN, List.of(), null, List.of(), null);
    }
}
