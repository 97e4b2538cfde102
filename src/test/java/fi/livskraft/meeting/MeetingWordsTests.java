package fi.livskraft.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.meeting.Recurrence.Frequency;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingWordsTests {

    private static final LocalTime FROM = LocalTime.of(8, 30);
    private static final LocalTime TO = LocalTime.of(9, 15);
    /** 8 December 2026 is the second Tuesday; 1 December 2026 the first; 29 December the fifth (last). */
    private static final LocalDate FIRST_TUESDAY = LocalDate.of(2026, 12, 1);

    private static String series(
            Frequency f, int interval, LocalDate start, Integer count, LocalDate until, String lang) {
        return MeetingWords.series(
                new Recurrence(f, interval, until, count), start, FROM, TO, Locale.forLanguageTag(lang));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sv | första tisdagen varje månad, kl. 8.30–9.15, 12 gånger",
                "fi | joka kuukauden ensimmäinen tiistai, klo 8.30–9.15, 12 kertaa",
                "en | the first Tuesday of every month, 08:30–09:15, 12 times",
            })
    void the_monthly_coffee(String lang, String expected) {
        assertThat(series(Frequency.MONTHLY_WEEKDAY, 1, FIRST_TUESDAY, 12, null, lang))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sv | sista tisdagen varannan månad, kl. 8.30–9.15, till och med 30.6.2027",
                "fi | joka toisen kuukauden viimeinen tiistai, klo 8.30–9.15, 30.6.2027 asti",
                "en | the last Tuesday of every other month, 08:30–09:15, until 30 June 2027",
            })
    void the_last_weekday_every_other_month_until_a_date(String lang, String expected) {
        assertThat(series(
                        Frequency.MONTHLY_WEEKDAY,
                        2,
                        LocalDate.of(2026, 12, 29),
                        null,
                        LocalDate.of(2027, 6, 30),
                        lang))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sv | 1 | varje tisdag, kl. 8.30–9.15",
                "sv | 2 | varannan tisdag, kl. 8.30–9.15",
                "sv | 3 | var tredje tisdag, kl. 8.30–9.15",
                "fi | 1 | joka tiistai, klo 8.30–9.15",
                "fi | 2 | joka toinen tiistai, klo 8.30–9.15",
                "fi | 3 | joka kolmas tiistai, klo 8.30–9.15",
                "en | 1 | every Tuesday, 08:30–09:15",
                "en | 2 | every other Tuesday, 08:30–09:15",
                "en | 3 | every third Tuesday, 08:30–09:15",
            })
    void weekly(String lang, int interval, String expected) {
        assertThat(series(Frequency.WEEKLY, interval, FIRST_TUESDAY, null, null, lang))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sv | 1  | 1 | den 1 varje månad, kl. 8.30–9.15, 1 gång",
                "fi | 15 | 3 | joka kolmannen kuukauden 15. päivä, klo 8.30–9.15, 1 kerran",
                "en | 22 | 1 | the 22nd of every month, 08:30–09:15, once",
                "en | 11 | 1 | the 11th of every month, 08:30–09:15, once",
            })
    void monthly_on_a_day(String lang, int day, int interval, String expected) {
        assertThat(series(Frequency.MONTHLY_DAY, interval, LocalDate.of(2026, 12, day), 1, null, lang))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sv | tisdag 8.12.2026 kl. 8.30–9.15",
                "fi | tiistai 8.12.2026 klo 8.30–9.15",
                "en | Tuesday 8 December 2026, 08:30–09:15",
            })
    void one_meeting_in_helsinki_time(String lang, String expected) {
        ZonedDateTime start = ZonedDateTime.of(2026, 12, 8, 6, 30, 0, 0, ZoneId.of("UTC"));
        assertThat(MeetingWords.when(start, start.plusMinutes(45), Locale.forLanguageTag(lang)))
                .isEqualTo(expected);
    }
}
