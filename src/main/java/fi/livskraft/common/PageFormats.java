package fi.livskraft.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * {@link Formats} for templates, as {@code @fmt}: {@code ${@fmt.date(d, #locale)}},
 * {@code ${@fmt.dateTime(t, #locale)}}, {@code ${@fmt.money(x, #locale)}}.
 */
@Component("fmt")
public class PageFormats {

    public String persons(BigDecimal value, Locale locale) {
        return Formats.persons(value, locale);
    }

    public String count(Number value, Locale locale) {
        return Formats.count(value, locale);
    }

    public String money(BigDecimal euros, Locale locale) {
        return Formats.money(euros, locale);
    }

    public String decimal(BigDecimal value, int places, Locale locale) {
        return Formats.decimal(value, places, locale);
    }

    public String plain(BigDecimal value, Locale locale) {
        return Formats.plain(value, locale);
    }

    public String share(BigDecimal share, int places, Locale locale) {
        return Formats.share(share, places, locale);
    }

    public String percent(BigDecimal percent, int places, Locale locale) {
        return Formats.percent(percent, places, locale);
    }

    public String period(String period, Locale locale) {
        return Formats.period(period, locale);
    }

    public String date(LocalDate date, Locale locale) {
        return Formats.date(date, locale);
    }

    public String time(LocalTime time, Locale locale) {
        return Formats.time(time, locale);
    }

    public String day(TemporalAccessor moment, Locale locale) {
        return Formats.day(moment, locale);
    }

    public String dateTime(TemporalAccessor moment, Locale locale) {
        return Formats.dateTime(moment, locale);
    }
}
