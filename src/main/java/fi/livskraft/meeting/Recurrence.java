package fi.livskraft.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rule of a recurring series, stored as data: every {@code interval} weeks on the start's
 * weekday, every {@code interval} months on the start's weekday of the month (the first Tuesday;
 * a start on the fifth weekday means the last one), or every {@code interval} months on the start's
 * day of the month (months without that day are skipped, as in RFC 5545). It ends on a date
 * ({@code until}, inclusive), after {@code count} occurrences, or never.
 */
public record Recurrence(Frequency frequency, int interval, LocalDate until, Integer count) {

    /** How the series repeats. */
    public enum Frequency {
        WEEKLY,
        MONTHLY_WEEKDAY,
        MONTHLY_DAY
    }

    private static final int MAX_STEPS = 5000;
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    public Recurrence {
        if (frequency == null) {
            throw new IllegalArgumentException("frequency required");
        }
        if (interval < 1 || interval > 12) {
            throw new IllegalArgumentException("interval 1-12");
        }
        if (until != null && count != null) {
            throw new IllegalArgumentException("until or count, not both");
        }
        if (count != null && (count < 1 || count > 500)) {
            throw new IllegalArgumentException("count 1-500");
        }
    }

    /** The weekday ordinal of a date in its month: 1-4, or -1 for the fifth (meaning the last). */
    static int weekdayOrdinal(LocalDate date) {
        int ordinal = (date.getDayOfMonth() - 1) / 7 + 1;
        return ordinal > 4 ? -1 : ordinal;
    }

    /** The occurrence dates on or after {@code from}, at most {@code limit}, in order. */
    public List<LocalDate> dates(LocalDate start, LocalDate from, int limit) {
        List<LocalDate> out = new ArrayList<>();
        int produced = 0;
        for (int step = 0; step < MAX_STEPS && out.size() < limit; step++) {
            LocalDate candidate = candidate(start, step);
            if (candidate == null) {
                continue;
            }
            if (until != null && candidate.isAfter(until)) {
                break;
            }
            produced++;
            if (count != null && produced > count) {
                break;
            }
            if (!candidate.isBefore(from)) {
                out.add(candidate);
            }
        }
        return out;
    }

    /** Whether the date is one of the series' occurrences. */
    public boolean occursOn(LocalDate start, LocalDate date) {
        return dates(start, date, 1).stream().findFirst().map(date::equals).orElse(false);
    }

    private LocalDate candidate(LocalDate start, int step) {
        return switch (frequency) {
            case WEEKLY -> start.plusWeeks((long) step * interval);
            case MONTHLY_WEEKDAY -> {
                LocalDate month = start.withDayOfMonth(1).plusMonths((long) step * interval);
                int ordinal = weekdayOrdinal(start);
                DayOfWeek day = start.getDayOfWeek();
                yield ordinal < 0
                        ? month.with(TemporalAdjusters.lastInMonth(day))
                        : month.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
            }
            case MONTHLY_DAY -> {
                LocalDate month = start.withDayOfMonth(1).plusMonths((long) step * interval);
                yield start.getDayOfMonth() <= month.lengthOfMonth()
                        ? month.withDayOfMonth(start.getDayOfMonth())
                        : null;
            }
        };
    }

    /**
     * The RFC 5545 RRULE value for a series starting on {@code start} at {@code time} in
     * {@code zone}; UNTIL is given in UTC, as the RFC requires with a DTSTART that has a TZID.
     */
    public String rrule(LocalDate start, LocalTime time, ZoneId zone) {
        String weekday = start.getDayOfWeek().name().substring(0, 2);
        StringBuilder rule = new StringBuilder();
        switch (frequency) {
            case WEEKLY ->
                rule.append("FREQ=WEEKLY;INTERVAL=")
                        .append(interval)
                        .append(";BYDAY=")
                        .append(weekday);
            case MONTHLY_WEEKDAY ->
                rule.append("FREQ=MONTHLY;INTERVAL=")
                        .append(interval)
                        .append(";BYDAY=")
                        .append(weekdayOrdinal(start))
                        .append(weekday);
            case MONTHLY_DAY ->
                rule.append("FREQ=MONTHLY;INTERVAL=")
                        .append(interval)
                        .append(";BYMONTHDAY=")
                        .append(start.getDayOfMonth());
        }
        if (until != null) {
            rule.append(";UNTIL=")
                    .append(until.atTime(time)
                            .atZone(zone)
                            .withZoneSameInstant(ZoneOffset.UTC)
                            .format(UTC_STAMP));
        }
        if (count != null) {
            rule.append(";COUNT=").append(count);
        }
        return rule.toString().toUpperCase(Locale.ROOT);
    }
}
