package fi.livskraft.situation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Whether a figure is stale: its newest vintage (the month it describes) is more than six months
 * older than today's month in Europe/Helsinki.
 */
final class Staleness {

    static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");
    static final int MONTHS = 6;

    private Staleness() {}

    static boolean stale(YearMonth vintage, LocalDate today) {
        return vintage != null && vintage.plusMonths(MONTHS).isBefore(YearMonth.from(today));
    }

    /** A period written 2023M10 as a month (null when not one). */
    static YearMonth ofPeriod(String period) {
        if (period == null || !period.matches("\\d{4}M(0[1-9]|1[0-2])")) {
            return null;
        }
        return YearMonth.of(Integer.parseInt(period.substring(0, 4)), Integer.parseInt(period.substring(5)));
    }
}
