package fi.livskraft.economypages;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An accumulated paid-day class of Kela's statistics: paid days {@code fromDay} to {@code toDay}
 * (inclusive; {@code toDay} null for the open-ended class).
 */
record DayClass(int fromDay, Integer toDay) implements Comparable<DayClass> {

    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-–—]\\s*(\\d*)");
    private static final Pattern OVER = Pattern.compile("(?:yli|över|over|>)\\s*(\\d+)|(\\d+)\\s*\\+");

    DayClass {
        if (fromDay < 1 || (toDay != null && toDay < fromDay)) {
            throw new IllegalArgumentException("bad day class " + fromDay + "-" + toDay);
        }
    }

    /**
     * Reads a class label: {@code 101-200} (also with an en dash), {@code 501-}, {@code yli 500},
     * {@code över 500}, {@code over 500}, {@code >500} or {@code 500+} (the last five: from day 501).
     */
    static Optional<DayClass> parse(String label) {
        String l = label == null ? "" : label.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            Matcher range = RANGE.matcher(l);
            if (range.matches()) {
                int from = Integer.parseInt(range.group(1));
                Integer to = range.group(2).isEmpty() ? null : Integer.valueOf(range.group(2));
                if (from < 1 || (to != null && to < from)) {
                    return Optional.empty();
                }
                return Optional.of(new DayClass(from, to));
            }
            Matcher over = OVER.matcher(l);
            if (over.matches()) {
                int last = Integer.parseInt(over.group(1) != null ? over.group(1) : over.group(2));
                return Optional.of(new DayClass(last + 1, null));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public String label() {
        return toDay == null ? fromDay + "–" : fromDay + "–" + toDay;
    }

    /** Whether every day of this class lies within days {@code from} to {@code to} (null: open). */
    boolean within(int from, Integer to) {
        if (fromDay < from) {
            return false;
        }
        if (to == null) {
            return true;
        }
        return toDay != null && toDay <= to;
    }

    @Override
    public int compareTo(DayClass o) {
        return Integer.compare(fromDay, o.fromDay);
    }
}
