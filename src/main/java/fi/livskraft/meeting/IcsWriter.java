package fi.livskraft.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an RFC 5545 iCalendar document: a VCALENDAR (PRODID, VERSION 2.0, CALSCALE GREGORIAN,
 * METHOD PUBLISH) with the Europe/Helsinki VTIMEZONE and one VEVENT per meeting. TEXT values are
 * escaped (backslash, semicolon, comma, newline), lines are folded at 75 octets of UTF-8 without
 * splitting a character, and every line ends in CRLF. A pure function.
 */
public final class IcsWriter {

    public static final String PRODID = "-//Livskraft//Meetings//EN";
    static final String ZONE = "Europe/Helsinki";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private IcsWriter() {}

    /** One event; rrule and exdates for a series (exdates: the start times of cancelled occurrences). */
    public record Event(
            String uid,
            LocalDateTime start,
            Duration duration,
            String summary,
            String description,
            String location,
            String url,
            String rrule,
            List<LocalDateTime> exdates) {

        public Event {
            exdates = exdates == null ? List.of() : List.copyOf(exdates);
        }
    }

    public static String write(String name, List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "PRODID:" + PRODID);
        line(out, "VERSION:2.0");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        line(out, "X-WR-TIMEZONE:" + ZONE);
        timezone(out);
        String dtstamp = LocalDateTime.ofInstant(stamp, ZoneOffset.UTC).format(LOCAL) + "Z";
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "DTSTAMP:" + dtstamp);
            line(out, "DTSTART;TZID=" + ZONE + ":" + e.start().format(LOCAL));
            line(out, "DTEND;TZID=" + ZONE + ":" + e.start().plus(e.duration()).format(LOCAL));
            if (e.rrule() != null) {
                line(out, "RRULE:" + e.rrule());
            }
            for (LocalDateTime ex : e.exdates()) {
                line(out, "EXDATE;TZID=" + ZONE + ":" + ex.format(LOCAL));
            }
            line(out, "SUMMARY:" + escape(e.summary()));
            if (e.description() != null && !e.description().isEmpty()) {
                line(out, "DESCRIPTION:" + escape(e.description()));
            }
            if (e.location() != null && !e.location().isEmpty()) {
                line(out, "LOCATION:" + escape(e.location()));
            }
            if (e.url() != null && !e.url().isEmpty()) {
                line(out, "URL:" + e.url());
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** The start times of the cancelled occurrences of a series that starts at {@code start}. */
    static List<LocalDateTime> exdates(LocalDateTime start, List<LocalDate> cancelled) {
        return cancelled.stream().map(d -> d.atTime(start.toLocalTime())).toList();
    }

    /** RFC 5545 3.3.11: backslash, semicolon and comma escaped; every newline as \n. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(normalised.length() + 8);
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * RFC 5545 3.1: a content line longer than 75 octets is split, each continuation starting with
     * one space (which counts towards its 75); a UTF-8 character is never split.
     */
    public static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 16);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String content) {
        out.append(fold(content)).append("\r\n");
    }

    /** Europe/Helsinki: EET (+02:00), EEST (+03:00) from the last Sunday of March to the last Sunday of October. */
    private static void timezone(StringBuilder out) {
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + ZONE);
        line(out, "BEGIN:DAYLIGHT");
        line(out, "TZOFFSETFROM:+0200");
        line(out, "TZOFFSETTO:+0300");
        line(out, "TZNAME:EEST");
        line(out, "DTSTART:19700329T030000");
        line(out, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        line(out, "END:DAYLIGHT");
        line(out, "BEGIN:STANDARD");
        line(out, "TZOFFSETFROM:+0300");
        line(out, "TZOFFSETTO:+0200");
        line(out, "TZNAME:EET");
        line(out, "DTSTART:19701025T040000");
        line(out, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
    }
}
