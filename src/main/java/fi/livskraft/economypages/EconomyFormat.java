package fi.livskraft.economypages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How the economy pages and exports write numbers, in the page's language: euros with two
 * decimals (an exact amount rounded half up to the cent), whole numbers with grouping, shares in
 * percent. Used from templates as {@code @economyFormat}.
 */
@Component("economyFormat")
public class EconomyFormat {

    public String money(BigDecimal exact, Locale locale) {
        if (exact == null) {
            return "–";
        }
        return format(locale, 2).format(exact.setScale(2, RoundingMode.HALF_UP)) + " €";
    }

    public String number(Number value, Locale locale) {
        if (value == null) {
            return "–";
        }
        return format(locale, 0).format(value);
    }

    /** A decimal as typed (people: 2 decimals), with the locale's separators. */
    public String decimal(BigDecimal value, Locale locale) {
        if (value == null) {
            return "–";
        }
        return format(locale, Math.max(0, value.stripTrailingZeros().scale())).format(value);
    }

    /** A share (0.7) as a percentage (70 %). */
    public String share(BigDecimal fraction, Locale locale) {
        return fraction == null ? "–" : percent(fraction.movePointRight(2), locale);
    }

    /** A percentage (45) as text (45 %). */
    public String percent(BigDecimal percent, Locale locale) {
        if (percent == null) {
            return "–";
        }
        BigDecimal p = percent.stripTrailingZeros();
        return format(locale, Math.max(0, p.scale())).format(p) + " %";
    }

    private static NumberFormat format(Locale locale, int decimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (!"en".equals(locale.getLanguage())) {
            symbols.setGroupingSeparator('\u00A0');
            symbols.setDecimalSeparator(',');
        }
        symbols.setMinusSign('-');
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
