package fi.livskraft.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The feed as a calendar program reads it: parsed by ical4j, the series expands to the right dates. */
class CalendarFeedParseTests {

    @Test
    void aMonthlyFirstTuesdaySeriesExpandsWithoutItsCancelledDate() throws Exception {
        LocalDateTime start = LocalDateTime.of(2026, 9, 1, 8, 30);
        Recurrence rule = new Recurrence(Recurrence.Frequency.MONTHLY_WEEKDAY, 1, null, 6);
        String ics = IcsWriter.write(
                "Livskraft",
                List.of(new IcsWriter.Event(
                        "coffee@livskraft.fi",
                        start,
                        Duration.ofMinutes(45),
                        "Demo: Morgonkaffe för partnerskapet / Partnerskapin aamukahvit, första tisdagen; varje månad",
                        "Ett kort samtal\nLyhyt keskustelu",
                        "",
                        "https://teams.example.invalid/l/meetup-join/demo",
                        rule.rrule(start.toLocalDate(), start.toLocalTime(), Meeting.ZONE),
                        IcsWriter.exdates(start, List.of(LocalDate.of(2026, 11, 3))))),
                Instant.parse("2026-11-28T00:00:00Z"));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.getSummary().getValue())
                .isEqualTo(
                        "Demo: Morgonkaffe för partnerskapet / Partnerskapin aamukahvit, första tisdagen; varje månad");
        assertThat(event.getDescription().getValue()).isEqualTo("Ett kort samtal\nLyhyt keskustelu");

        ZoneId helsinki = ZoneId.of("Europe/Helsinki");
        Period<ZonedDateTime> window = new Period<>(
                ZonedDateTime.of(2026, 8, 1, 0, 0, 0, 0, helsinki),
                ZonedDateTime.of(2027, 12, 31, 0, 0, 0, 0, helsinki));
        Set<Period<Temporal>> occurrences = event.calculateRecurrenceSet(window);
        List<LocalDateTime> starts = occurrences.stream()
                .map(p -> ZonedDateTime.from(p.getStart())
                        .withZoneSameInstant(helsinki)
                        .toLocalDateTime())
                .sorted()
                .toList();
        assertThat(starts)
                .containsExactly(
                        LocalDateTime.of(2026, 9, 1, 8, 30),
                        LocalDateTime.of(2026, 10, 6, 8, 30),
                        LocalDateTime.of(2026, 12, 1, 8, 30),
                        LocalDateTime.of(2027, 1, 5, 8, 30),
                        LocalDateTime.of(2027, 2, 2, 8, 30));
        // the same dates as the product shows, minus the cancelled one
        assertThat(rule.dates(start.toLocalDate(), start.toLocalDate(), 10))
                .hasSize(6)
                .contains(LocalDate.of(2026, 11, 3));
    }
}
