package fi.livskraft.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of number and date the pages show, with the exact text in each language. */
class FormatsTests {

    private static final Locale SV = SupportedLanguages.SWEDISH;
    private static final Locale FI = SupportedLanguages.FINNISH;
    private static final Locale EN = SupportedLanguages.ENGLISH;

    private static Locale lang(String code) {
        return Locale.forLanguageTag(code);
    }

    /** No-break spaces written as "_" in the table, so the expected text stays readable. */
    private static String text(String expected) {
        return expected.replace('_', '\u00A0');
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sv | 1694    | 1_694",
                "fi | 1694    | 1_694",
                "en | 1694    | 1,694",
                "sv | 645.000 | 645",
                "en | 645.000 | 645",
                "sv | 8.00    | 8",
                "sv | 2.6     | ≈_3",
                "fi | 1234.4  | ≈_1_234",
                "en | 0.4     | ≈_0",
                "sv | 0       | 0",
            })
    void persons_are_whole_and_estimates_are_marked(String language, BigDecimal value, String expected) {
        assertThat(Formats.persons(value, lang(language))).isEqualTo(text(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sv | 11900      | 11_900,00_€",
                "fi | 11900      | 11_900,00_€",
                "en | 11900      | 11,900.00_€",
                "sv | 216081000  | 216_081_000,00_€",
                "fi | 37.205     | 37,21_€",
                "en | -1234.564  | -1,234.56_€",
                "sv | -0.5       | -0,50_€",
            })
    void money_has_two_decimals_and_grouping(String language, BigDecimal value, String expected) {
        assertThat(Formats.money(value, lang(language))).isEqualTo(text(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sv | 0.582  | 1 | 58,2_%",
                "fi | 0.582  | 1 | 58,2_%",
                "en | 0.582  | 1 | 58.2_%",
                "sv | 0.45   | 0 | 45_%",
                "fi | 1      | 0 | 100_%",
                "en | 0.0005 | 1 | 0.1_%",
            })
    void shares_are_percentages_with_the_decimal_mark(String language, BigDecimal share, int places, String expected) {
        assertThat(Formats.share(share, places, lang(language))).isEqualTo(text(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sv | 0.3808 | 2 | 0,38",
                "fi | 4.15   | 2 | 4,15",
                "en | 4.15   | 2 | 4.15",
                "sv | 1234.5 | 1 | 1_234,5",
            })
    void ratios_use_the_decimal_mark(String language, BigDecimal value, int places, String expected) {
        assertThat(Formats.decimal(value, places, lang(language))).isEqualTo(text(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sv | 0.8000 | 0,8",
                "en | 0.8000 | 0.8",
                "fi | 2.50   | 2,5",
                "sv | 3.00   | 3",
            })
    void weights_drop_trailing_zeros(String language, BigDecimal value, String expected) {
        assertThat(Formats.plain(value, lang(language))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"sv | 4.15 | +4,2", "fi | -1 | -1,0", "en | 0 | 0.0", "en | 12.25 | +12.3"})
    void differences_carry_their_sign(String language, BigDecimal value, String expected) {
        assertThat(Formats.signed(value, 1, lang(language))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"sv | 123456 | 123_456", "fi | 1000000 | 1_000_000", "en | 308 | 308", "en | 1000 | 1,000"})
    void counts_are_grouped(String language, long value, String expected) {
        assertThat(Formats.count(value, lang(language))).isEqualTo(text(expected));
    }

    @ParameterizedTest
    @CsvSource({"sv", "fi", "en"})
    void years_are_never_grouped(String language) {
        assertThat(Formats.year(2025)).isEqualTo("2025");
        assertThat(Formats.period("2025", lang(language))).isEqualTo("2025");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"sv | oktober 2023", "fi | lokakuu 2023", "en | October 2023"})
    void months_are_words(String language, String expected) {
        assertThat(Formats.month(YearMonth.of(2023, 10), lang(language))).isEqualTo(expected);
        assertThat(Formats.period("2023M10", lang(language))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sv | 3.12.2026 | kl. 8.30 | kl. 8.30–9.15",
                "fi | 3.12.2026 | klo 8.30 | klo 8.30–9.15",
                "en | 3 December 2026 | 08:30 | 08:30–09:15",
            })
    void dates_and_times(String language, String date, String time, String range) {
        Locale l = lang(language);
        assertThat(Formats.date(LocalDate.of(2026, 12, 3), l)).isEqualTo(date);
        assertThat(Formats.time(LocalTime.of(8, 30), l)).isEqualTo(time);
        assertThat(Formats.timeRange(LocalTime.of(8, 30), LocalTime.of(9, 15), l))
                .isEqualTo(range);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sv | 1.7.2026 kl. 9.05",
                "fi | 1.7.2026 klo 9.05",
                "en | 1 July 2026, 09:05",
            })
    void moments_are_shown_in_helsinki_time(String language, String expected) {
        Locale l = lang(language);
        Instant summer = Instant.parse("2026-07-01T06:05:00Z"); // UTC+3 in July
        assertThat(Formats.dateTime(summer, l)).isEqualTo(expected);
        assertThat(Formats.dateTime(summer.atOffset(ZoneOffset.UTC), l)).isEqualTo(expected);
        assertThat(Formats.dateTime(LocalDateTime.of(2026, 7, 1, 9, 5), l)).isEqualTo(expected);
        assertThat(Formats.dateTime(OffsetDateTime.parse("2026-07-01T09:05+03:00"), l))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"sv", "fi", "en"})
    void a_missing_value_is_a_dash(String language) {
        Locale l = lang(language);
        assertThat(Formats.persons(null, l)).isEqualTo("–");
        assertThat(Formats.money(null, l)).isEqualTo("–");
        assertThat(Formats.share(null, 1, l)).isEqualTo("–");
        assertThat(Formats.date(null, l)).isEqualTo("–");
        assertThat(Formats.dateTime(null, l)).isEqualTo("–");
        assertThat(Formats.year(null)).isEqualTo("–");
    }

    @org.junit.jupiter.api.Test
    void no_language_means_finnish() {
        assertThat(Formats.money(new BigDecimal("1000"), null)).isEqualTo("1\u00A0000,00\u00A0€");
        assertThat(Formats.month(YearMonth.of(2026, 1), Locale.GERMAN)).isEqualTo("tammikuu 2026");
        assertThat(Formats.date(LocalDate.of(2026, 1, 5), SV)).isEqualTo("5.1.2026");
        assertThat(Formats.date(LocalDate.of(2026, 1, 5), FI)).isEqualTo("5.1.2026");
        assertThat(Formats.date(LocalDate.of(2026, 1, 5), EN)).isEqualTo("5 January 2026");
    }
}
