package fi.livskraft.partnership.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Shares as read and written by people: up to four decimals, decimal comma in Finnish and Swedish. */
final class Shares {

    private Shares() {}

    static String format(BigDecimal share, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(4);
        return format.format(share);
    }

    /** For JSON: no trailing zeros, never an exponent (100, 12.5, 33.3333). */
    static BigDecimal json(BigDecimal share) {
        BigDecimal stripped = share.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Reads "12,5", "12.5" or "12,5 %"; null when blank or not a number. */
    static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String cleaned =
                text.replace("%", "").replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        if (cleaned.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
