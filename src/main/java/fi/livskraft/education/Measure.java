package fi.livskraft.education;

import java.util.Arrays;
import java.util.Optional;

/** What a figure of the long CSV counts, and whether it belongs to supply or to graduate outcomes. */
enum Measure {
    START_PLACES(Kind.SUPPLY),
    NEW_STUDENTS(Kind.SUPPLY),
    STUDENTS(Kind.SUPPLY),
    GRADUATES(Kind.SUPPLY),
    OUTCOME_GRADUATES(Kind.OUTCOME),
    EMPLOYED(Kind.OUTCOME),
    FURTHER_STUDIES(Kind.OUTCOME),
    UNEMPLOYED(Kind.OUTCOME),
    OTHER(Kind.OUTCOME);

    enum Kind {
        SUPPLY,
        OUTCOME
    }

    private final Kind kind;

    Measure(Kind kind) {
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    static Optional<Measure> parse(String text) {
        String wanted = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.name().equals(wanted)).findFirst();
    }
}
