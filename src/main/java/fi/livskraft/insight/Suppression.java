package fi.livskraft.insight;

import java.math.BigDecimal;

/**
 * Small-cell suppression for public views and exports: a count of persons from 1 to
 * {@code threshold - 1} is hidden (null), and so is every ratio or share computed from a hidden
 * count. Zero is shown: it identifies no one. Counts that are not persons (open vacancies) are not
 * suppressed.
 */
public record Suppression(int threshold) {

    public static final int DEFAULT_THRESHOLD = 5;

    public Suppression {
        if (threshold < 1) {
            throw new IllegalArgumentException("suppression threshold must be at least 1");
        }
    }

    /** Whether a person count is hidden. */
    public boolean hides(BigDecimal persons) {
        return persons != null && persons.signum() > 0 && persons.compareTo(BigDecimal.valueOf(threshold)) < 0;
    }

    public boolean hides(Integer persons) {
        return persons != null && hides(BigDecimal.valueOf(persons));
    }

    /** The count as the public sees it (null when hidden). */
    public Integer count(Integer persons) {
        return hides(persons) ? null : persons;
    }

    public BigDecimal count(BigDecimal persons) {
        return hides(persons) ? null : persons;
    }

    /** A ratio or share derived from person counts: hidden when any of them is hidden. */
    public BigDecimal derived(BigDecimal value, Integer... persons) {
        for (Integer p : persons) {
            if (hides(p)) {
                return null;
            }
        }
        return value;
    }
}
