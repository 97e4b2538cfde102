package fi.livskraft.economypages;

import fi.livskraft.common.Formats;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How the economy pages and exports write numbers, in the page's language, by {@link Formats}:
 * euros with two decimals (an exact amount rounded half up to the cent), whole numbers with
 * grouping, shares in percent. Used from templates as {@code @economyFormat}.
 */
@Component("economyFormat")
public class EconomyFormat {

    public String money(BigDecimal exact, Locale locale) {
        return Formats.money(exact, locale);
    }

    public String number(Number value, Locale locale) {
        return Formats.count(value, locale);
    }

    /** A decimal as typed, trailing zeros dropped, with the locale's separators. */
    public String decimal(BigDecimal value, Locale locale) {
        return Formats.plain(value, locale);
    }

    /** A share (0.7) as a percentage (70 %). */
    public String share(BigDecimal fraction, Locale locale) {
        return fraction == null ? Formats.NONE : percent(fraction.movePointRight(2), locale);
    }

    /** A percentage (45) as text (45 %). */
    public String percent(BigDecimal percent, Locale locale) {
        if (percent == null) {
            return Formats.NONE;
        }
        BigDecimal p = percent.stripTrailingZeros();
        return Formats.percent(p, Math.max(0, p.scale()), locale);
    }

    /** A count of persons, whole; an estimate marked "≈". */
    public String persons(BigDecimal value, Locale locale) {
        return Formats.persons(value, locale);
    }
}
