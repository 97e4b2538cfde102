package fi.livskraft.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RecurrenceTests {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Test
    void firstTuesdayOfEveryMonth() {
        Recurrence r = new Recurrence(Recurrence.Frequency.MONTHLY_WEEKDAY, 1, null, null);
        LocalDate start = LocalDate.of(2026, 9, 1); // a Tuesday, the first of September
        assertThat(r.dates(start, LocalDate.of(2026, 11, 1), 4))
                .containsExactly(
                        LocalDate.of(2026, 11, 3),
                        LocalDate.of(2026, 12, 1),
                        LocalDate.of(2027, 1, 5),
                        LocalDate.of(2027, 2, 2));
        assertThat(r.rrule(start, LocalTime.of(8, 30), HELSINKI)).isEqualTo("FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU");
    }

    @Test
    void aFifthWeekdayMeansTheLastOne() {
        Recurrence r = new Recurrence(Recurrence.Frequency.MONTHLY_WEEKDAY, 1, null, 3);
        LocalDate start = LocalDate.of(2026, 9, 29); // fifth Tuesday of September
        assertThat(r.dates(start, start, 10))
                .containsExactly(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 27), LocalDate.of(2026, 11, 24));
        assertThat(r.rrule(start, LocalTime.of(8, 30), HELSINKI))
                .isEqualTo("FREQ=MONTHLY;INTERVAL=1;BYDAY=-1TU;COUNT=3");
    }

    @Test
    void monthlyByDaySkipsMonthsWithoutThatDay() {
        Recurrence r = new Recurrence(Recurrence.Frequency.MONTHLY_DAY, 1, LocalDate.of(2027, 5, 31), null);
        assertThat(r.dates(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 1, 1), 10))
                .containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 5, 31));
    }

    @Test
    void weeklyWithIntervalAndCount() {
        Recurrence r = new Recurrence(Recurrence.Frequency.WEEKLY, 2, null, 3);
        LocalDate start = LocalDate.of(2026, 12, 3);
        assertThat(r.dates(start, start, 10))
                .containsExactly(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 17), LocalDate.of(2026, 12, 31));
        assertThat(r.occursOn(start, LocalDate.of(2026, 12, 17))).isTrue();
        assertThat(r.occursOn(start, LocalDate.of(2026, 12, 10))).isFalse();
        assertThat(r.occursOn(start, LocalDate.of(2027, 1, 14))).isFalse();
    }

    @Test
    void untilIsWrittenInUtc() {
        Recurrence r = new Recurrence(Recurrence.Frequency.WEEKLY, 1, LocalDate.of(2027, 6, 1), null);
        // 08:30 summer time in Helsinki is 05:30 UTC
        assertThat(r.rrule(LocalDate.of(2027, 5, 4), LocalTime.of(8, 30), HELSINKI))
                .isEqualTo("FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20270601T053000Z");
    }

    @Test
    void refusesUntilTogetherWithCount() {
        assertThatThrownBy(() -> new Recurrence(Recurrence.Frequency.WEEKLY, 1, LocalDate.of(2027, 1, 1), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
