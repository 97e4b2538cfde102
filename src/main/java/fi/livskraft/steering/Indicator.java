package fi.livskraft.steering;

import java.util.List;

/**
 * An indicator of the catalogue: computed from the evidence tables (a published read model, read in
 * SQL), reported by the provider, or not available yet. Its code names the message keys
 * {@code steering.indicator.<CODE>} (name) and {@code .definition} (how it is computed).
 */
public interface Indicator {

    /** How an indicator gets its values. */
    enum Kind {
        COMPUTED,
        REPORTED,
        NOT_AVAILABLE
    }

    /** One value of a series with what it was computed from (e.g. {@code 412 / 530}). */
    record Point(int year, java.math.BigDecimal value, String basis) {}

    String code();

    Unit unit();

    Direction direction();

    Kind kind();

    /** The computed series of the provider, oldest first; empty when the evidence has no data yet. */
    default List<Point> series(long providerId) {
        return List.of();
    }
}
