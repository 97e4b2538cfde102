package fi.livskraft.meeting;

import fi.livskraft.common.Formats;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * A meeting's time and its series in words, in Swedish, Finnish or English: "tisdag 8.12.2026
 * kl. 8.30–9.15" and "första tisdagen varje månad, kl. 8.30–9.15, 12 gånger" rather than an
 * RRULE.
 */
public final class MeetingWords {

    private static final List<String> SV_ORDINAL = List.of(
            "", "första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde",
            "elfte", "tolfte");
    private static final List<String> FI_ORDINAL = List.of(
            "",
            "ensimmäinen",
            "toinen",
            "kolmas",
            "neljäs",
            "viides",
            "kuudes",
            "seitsemäs",
            "kahdeksas",
            "yhdeksäs",
            "kymmenes",
            "yhdestoista",
            "kahdestoista");
    private static final List<String> FI_ORDINAL_GENITIVE = List.of(
            "",
            "ensimmäisen",
            "toisen",
            "kolmannen",
            "neljännen",
            "viidennen",
            "kuudennen",
            "seitsemännen",
            "kahdeksannen",
            "yhdeksännen",
            "kymmenennen",
            "yhdennentoista",
            "kahdennentoista");
    private static final List<String> EN_ORDINAL = List.of(
            "",
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth");

    private MeetingWords() {}

    /** One meeting's day and time: "tisdag 8.12.2026 kl. 8.30–9.15" (Helsinki time). */
    public static String when(ZonedDateTime start, ZonedDateTime end, Locale locale) {
        ZonedDateTime from = start.withZoneSameInstant(Formats.HELSINKI);
        ZonedDateTime to = end.withZoneSameInstant(Formats.HELSINKI);
        String day = weekday(from.getDayOfWeek(), locale);
        if (isEnglish(locale)) {
            day = Character.toUpperCase(day.charAt(0)) + day.substring(1);
        }
        String date = Formats.date(from.toLocalDate(), locale);
        String separator = isEnglish(locale) ? ", " : " ";
        if (!from.toLocalDate().equals(to.toLocalDate())) {
            return day + " " + date + separator + Formats.time(from.toLocalTime(), locale) + " – "
                    + Formats.dateTime(to, locale);
        }
        return day + " " + date + separator + Formats.timeRange(from.toLocalTime(), to.toLocalTime(), locale);
    }

    /**
     * A series in words: the rule, the time and how it ends, e.g. "första tisdagen varje månad,
     * kl. 8.30–9.15, 12 gånger", "joka toinen tiistai, klo 14.00–15.00, 30.6.2027 asti", "the 15th
     * of every month, 09:00–10:00".
     */
    public static String series(Recurrence rule, LocalDate start, LocalTime from, LocalTime to, Locale locale) {
        String language = language(locale);
        StringBuilder text = new StringBuilder(pattern(rule, start, language));
        text.append(", ").append(Formats.timeRange(from, to, locale));
        if (rule.count() != null) {
            text.append(", ").append(times(rule.count(), language));
        }
        if (rule.until() != null) {
            String date = Formats.date(rule.until(), locale);
            text.append(", ")
                    .append(
                            switch (language) {
                                case "sv" -> "till och med " + date;
                                case "fi" -> date + " asti";
                                default -> "until " + date;
                            });
        }
        return text.toString();
    }

    private static String pattern(Recurrence rule, LocalDate start, String language) {
        int n = rule.interval();
        String day = weekday(start.getDayOfWeek(), Locale.forLanguageTag(language));
        return switch (rule.frequency()) {
            case WEEKLY ->
                switch (language) {
                    case "sv" -> (n == 1 ? "varje " : n == 2 ? "varannan " : "var " + SV_ORDINAL.get(n) + " ") + day;
                    case "fi" -> "joka " + (n == 1 ? "" : FI_ORDINAL.get(n) + " ") + day;
                    default -> "every " + (n == 1 ? "" : n == 2 ? "other " : EN_ORDINAL.get(n) + " ") + capital(day);
                };
            case MONTHLY_WEEKDAY -> {
                int ordinal = Recurrence.weekdayOrdinal(start);
                yield switch (language) {
                    case "sv" -> (ordinal < 0 ? "sista" : SV_ORDINAL.get(ordinal)) + " " + day + "en " + svMonths(n);
                    case "fi" -> fiMonths(n) + " " + (ordinal < 0 ? "viimeinen" : FI_ORDINAL.get(ordinal)) + " " + day;
                    default ->
                        "the " + (ordinal < 0 ? "last" : EN_ORDINAL.get(ordinal)) + " " + capital(day) + " of "
                                + enMonths(n);
                };
            }
            case MONTHLY_DAY -> {
                int d = start.getDayOfMonth();
                yield switch (language) {
                    case "sv" -> "den " + d + " " + svMonths(n);
                    case "fi" -> fiMonths(n) + " " + d + ". päivä";
                    default -> "the " + d + englishSuffix(d) + " of " + enMonths(n);
                };
            }
        };
    }

    private static String svMonths(int n) {
        return n == 1 ? "varje månad" : n == 2 ? "varannan månad" : "var " + SV_ORDINAL.get(n) + " månad";
    }

    private static String fiMonths(int n) {
        return n == 1 ? "joka kuukauden" : "joka " + FI_ORDINAL_GENITIVE.get(n) + " kuukauden";
    }

    private static String enMonths(int n) {
        return n == 1 ? "every month" : n == 2 ? "every other month" : "every " + EN_ORDINAL.get(n) + " month";
    }

    private static String times(int count, String language) {
        return switch (language) {
            case "sv" -> count == 1 ? "1 gång" : count + " gånger";
            case "fi" -> count == 1 ? "1 kerran" : count + " kertaa";
            default -> count == 1 ? "once" : count + " times";
        };
    }

    private static String englishSuffix(int day) {
        if (day % 100 >= 11 && day % 100 <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String weekday(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, Locale.forLanguageTag(language(locale)))
                .toLowerCase(Locale.ROOT);
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static boolean isEnglish(Locale locale) {
        return "en".equals(language(locale));
    }

    private static String language(Locale locale) {
        String l = locale == null ? "fi" : locale.getLanguage();
        return l.equals("sv") || l.equals("en") ? l : "fi";
    }
}
