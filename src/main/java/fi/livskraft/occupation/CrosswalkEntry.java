package fi.livskraft.occupation;

import java.math.BigDecimal;
import java.util.Objects;

/** A crosswalk row as the coordinator (or the seed) states it: occupation, weight, source, confidence, note. */
public record CrosswalkEntry(String iscoCode, BigDecimal weight, Confidence confidence, String source, String note) {

    public CrosswalkEntry {
        iscoCode = iscoCode == null ? "" : iscoCode.strip();
        source = source == null ? "" : source.strip();
        note = note == null ? "" : note.strip();
    }

    static CrosswalkEntry of(CrosswalkRow row) {
        return new CrosswalkEntry(row.iscoCode(), row.weight(), row.confidence(), row.source(), row.note());
    }

    /** Same occupation, weight, confidence, source and note (weights compared by value). */
    boolean sameAs(CrosswalkRow row) {
        return iscoCode.equals(row.iscoCode())
                && weight != null
                && weight.compareTo(row.weight()) == 0
                && confidence == row.confidence()
                && source.equals(row.source())
                && note.equals(Objects.requireNonNullElse(row.note(), ""));
    }
}
