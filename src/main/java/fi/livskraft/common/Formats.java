package fi.livskraft.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one formatting policy of pages, charts, exports and messages, per language.
 *
 * <ul>
 *   <li>Persons and other counts are whole numbers; a value that is not whole (an estimate, an
 *       average) is rounded half up and marked "≈" ({@code ≈ 3}).
 *   <li>Years, months and codes are never grouped.
 *   <li>Money has two decimals and the language's grouping ({@code 11 900,00 €}).
 *   <li>Ratios, shares and percentages use the language's decimal mark: Swedish and Finnish write
 *       a comma and group with a no-break space, English writes a point and groups with a comma.
 *   <li>Dates: Swedish and Finnish {@code 3.12.2026}, English {@code 3 December 2026}; times
 *       {@code kl. 8.30} (sv), {@code klo 8.30} (fi), {@code 08:30} (en); always in Helsinki time.
 *   <li>A missing or hidden value is "–".
 * </ul>
 *
 * <p>The minus sign is the ASCII hyphen-minus in every language (the JDK's Swedish and Finnish
 * data give U+2212, which screen readers and spreadsheets do not read as a minus).
 */
public final class Formats {

    public static final String NONE = "–";
    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private static final char NBSP = '\u00A0';
    private static final DateTimeFormatter NORDIC_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter NORDIC_TIME = DateTimeFormatter.ofPattern("H.mm");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {}

    /** A count of persons (or of anything), whole; "≈ n" when the value is not whole. */
    public static String persons(BigDecimal value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        BigDecimal whole = value.setScale(0, RoundingMode.HALF_UP);
        String shown = decimals(locale, 0).format(whole);
        return whole.compareTo(value) == 0 ? shown : "≈" + NBSP + shown;
    }

    /** A whole count with grouping. */
    public static String count(Number value, Locale locale) {
        return value == null ? NONE : decimals(locale, 0).format(value);
    }

    /** A decimal number with exactly {@code places} decimals. */
    public static String decimal(BigDecimal value, int places, Locale locale) {
        return value == null ? NONE : decimals(locale, places).format(value.setScale(places, RoundingMode.HALF_UP));
    }

    /** A decimal number with the decimals it carries (its scale). */
    public static String decimal(BigDecimal value, Locale locale) {
        return value == null ? NONE : decimal(value, Math.max(0, value.scale()), locale);
    }

    /** A decimal number without trailing zeros (0.80 as "0,8"). */
    public static String plain(BigDecimal value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return decimal(stripped, Math.max(0, stripped.scale()), locale);
    }

    /** Euros with two decimals, rounded half up to the cent: {@code 11 900,00 €}. */
    public static String money(BigDecimal euros, Locale locale) {
        return euros == null ? NONE : decimal(euros, 2, locale) + NBSP + "€";
    }

    /** Whole euros, for figures where cents would be noise (map legends): {@code 12 €}. */
    public static String wholeMoney(BigDecimal euros, Locale locale) {
        return euros == null ? NONE : decimal(euros, 0, locale) + NBSP + "€";
    }

    /** A percentage as given (45 as "45 %", 58.25 with one decimal as "58,3 %"). */
    public static String percent(BigDecimal percent, int places, Locale locale) {
        return percent == null ? NONE : decimal(percent, places, locale) + NBSP + "%";
    }

    /** A share 0..1 as a percentage with {@code places} decimals (0.582 as "58,2 %"). */
    public static String share(BigDecimal share, int places, Locale locale) {
        return share == null ? NONE : percent(share.movePointRight(2), places, locale);
    }

    /** Percentage points or another difference, with its sign: "+4,2", "-1,0", "0,0". */
    public static String signed(BigDecimal value, int places, Locale locale) {
        if (value == null) {
            return NONE;
        }
        BigDecimal rounded = value.setScale(places, RoundingMode.HALF_UP);
        return (rounded.signum() > 0 ? "+" : "") + decimals(locale, places).format(rounded);
    }

    /** A year, never grouped: 2026. */
    public static String year(Integer year) {
        return year == null ? NONE : Integer.toString(year);
    }

    /** A month in words: "oktober 2023", "lokakuu 2023", "October 2023". */
    public static String month(YearMonth month, Locale locale) {
        if (month == null) {
            return NONE;
        }
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language(locale));
        return name + " " + month.getYear();
    }

    /** A StatFin period ("2023M10") in words; other text as given. */
    public static String period(String period, Locale locale) {
        if (period == null || period.isBlank()) {
            return NONE;
        }
        if (period.matches("\\d{4}M\\d{2}")) {
            return month(
                    YearMonth.of(Integer.parseInt(period.substring(0, 4)), Integer.parseInt(period.substring(5))),
                    locale);
        }
        return period;
    }

    /** A date: 3.12.2026 (sv, fi) or 3 December 2026 (en). */
    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return NONE;
        }
        return isEnglish(locale) ? ENGLISH_DATE.format(date) : NORDIC_DATE.format(date);
    }

    /** A time of day: kl. 8.30 (sv), klo 8.30 (fi), 08:30 (en). */
    public static String time(LocalTime time, Locale locale) {
        if (time == null) {
            return NONE;
        }
        return switch (language(locale).getLanguage()) {
            case "sv" -> "kl. " + NORDIC_TIME.format(time);
            case "fi" -> "klo " + NORDIC_TIME.format(time);
            default -> ENGLISH_TIME.format(time);
        };
    }

    /** A time range on one day, without the marker for the end: "kl. 8.30–9.15". */
    public static String timeRange(LocalTime start, LocalTime end, Locale locale) {
        if (start == null || end == null) {
            return NONE;
        }
        String to = isEnglish(locale) ? ENGLISH_TIME.format(end) : NORDIC_TIME.format(end);
        return time(start, locale) + "–" + to;
    }

    /**
     * A moment in Helsinki time: "3.12.2026 kl. 8.30", "3.12.2026 klo 8.30", "3 December 2026,
     * 08:30". Accepts an Instant, an OffsetDateTime, a ZonedDateTime or a LocalDateTime (taken as
     * Helsinki time), or a LocalDate.
     */
    public static String dateTime(TemporalAccessor moment, Locale locale) {
        if (moment == null) {
            return NONE;
        }
        if (moment instanceof LocalDate d) {
            return date(d, locale);
        }
        ZonedDateTime at = helsinki(moment);
        String separator = isEnglish(locale) ? ", " : " ";
        return date(at.toLocalDate(), locale) + separator + time(at.toLocalTime(), locale);
    }

    /** The day of a moment in Helsinki time, as {@link #date}. */
    public static String day(TemporalAccessor moment, Locale locale) {
        if (moment == null) {
            return NONE;
        }
        return moment instanceof LocalDate d
                ? date(d, locale)
                : date(helsinki(moment).toLocalDate(), locale);
    }

    private static ZonedDateTime helsinki(TemporalAccessor moment) {
        if (moment instanceof java.time.LocalDateTime local) {
            return local.atZone(HELSINKI);
        }
        if (moment instanceof java.time.Instant instant) {
            return instant.atZone(HELSINKI);
        }
        if (moment instanceof java.time.OffsetDateTime offset) {
            return offset.atZoneSameInstant(HELSINKI);
        }
        if (moment instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(HELSINKI);
        }
        return ZonedDateTime.from(moment).withZoneSameInstant(HELSINKI);
    }

    /** The number format of a language with a fixed number of decimals. */
    public static DecimalFormat decimals(Locale locale, int places) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (isEnglish(locale)) {
            symbols.setGroupingSeparator(',');
            symbols.setDecimalSeparator('.');
        } else {
            symbols.setGroupingSeparator(NBSP);
            symbols.setDecimalSeparator(',');
        }
        symbols.setMinusSign('-');
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setMinimumFractionDigits(places);
        f.setMaximumFractionDigits(places);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static Locale language(Locale locale) {
        return locale == null || !SupportedLanguages.isSupported(locale.getLanguage())
                ? SupportedLanguages.DEFAULT
                : Locale.forLanguageTag(locale.getLanguage());
    }
}
