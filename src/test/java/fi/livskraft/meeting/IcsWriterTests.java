package fi.livskraft.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsWriterTests {

    @Test
    void escapesBackslashSemicolonCommaAndNewlines() {
        assertThat(IcsWriter.escape("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
        assertThat(IcsWriter.escape("Vasa: stadshus")).isEqualTo("Vasa: stadshus");
    }

    @Test
    void foldsAt75OctetsWithALeadingSpace() {
        String line = "DESCRIPTION:" + "x".repeat(100);
        String folded = IcsWriter.fold(line);
        assertThat(folded).isEqualTo("DESCRIPTION:" + "x".repeat(63) + "\r\n " + "x".repeat(37));
        for (String part : folded.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void neverSplitsAMultiByteCharacter() {
        // 73 ASCII octets then "ä" (2 octets) fits exactly 75; the next "ö" goes on the next line
        String line = "SUMMARY:" + "a".repeat(65) + "äö" + "€".repeat(30);
        String folded = IcsWriter.fold(line);
        String[] parts = folded.split("\r\n");
        assertThat(parts[0]).isEqualTo("SUMMARY:" + "a".repeat(65) + "ä");
        assertThat(parts[0].getBytes(StandardCharsets.UTF_8)).hasSize(75);
        // continuation: space (1) + ö (2) + 24 euro signs (72) = 75 octets
        assertThat(parts[1]).isEqualTo(" ö" + "€".repeat(24));
        assertThat(parts[1].getBytes(StandardCharsets.UTF_8)).hasSize(75);
        assertThat(parts[2]).isEqualTo(" " + "€".repeat(6));
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
    }

    @Test
    void writesACalendarWithTimezoneSeriesAndExdates() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 1, 8, 30);
        IcsWriter.Event event = new IcsWriter.Event(
                "m1@livskraft.fi",
                start,
                Duration.ofMinutes(45),
                "Morgonkaffe, partnerskapet; demo",
                "Rad ett\nRad två",
                "",
                "https://teams.example.invalid/x",
                "FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU;COUNT=3",
                List.of(LocalDateTime.of(2027, 1, 5, 8, 30)));
        String ics = IcsWriter.write("Livskraft", List.of(event), Instant.parse("2026-11-28T00:00:00Z"));
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        assertThat(ics.split("\r\n"))
                .containsSubsequence(
                        "BEGIN:VCALENDAR",
                        "PRODID:-//Livskraft//Meetings//EN",
                        "VERSION:2.0",
                        "CALSCALE:GREGORIAN",
                        "METHOD:PUBLISH",
                        "BEGIN:VTIMEZONE",
                        "TZID:Europe/Helsinki",
                        "END:VTIMEZONE",
                        "BEGIN:VEVENT",
                        "UID:m1@livskraft.fi",
                        "DTSTAMP:20261128T000000Z",
                        "DTSTART;TZID=Europe/Helsinki:20261201T083000",
                        "DTEND;TZID=Europe/Helsinki:20261201T091500",
                        "RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU;COUNT=3",
                        "EXDATE;TZID=Europe/Helsinki:20270105T083000",
                        "SUMMARY:Morgonkaffe\\, partnerskapet\\; demo",
                        "DESCRIPTION:Rad ett\\nRad två",
                        "URL:https://teams.example.invalid/x",
                        "END:VEVENT",
                        "END:VCALENDAR");
        assertThat(ics).doesNotContain("LOCATION:");
    }

    @Test
    void exdatesTakeTheSeriesStartTime() {
        assertThat(IcsWriter.exdates(LocalDateTime.of(2026, 12, 1, 8, 30), List.of(LocalDate.of(2027, 2, 2))))
                .containsExactly(LocalDateTime.of(2027, 2, 2, 8, 30));
    }
}
