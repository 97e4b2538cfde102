package fi.livskraft.insight;

import fi.livskraft.common.Formats;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Numbers as the evidence pages show them, by {@link Formats}: the scale kept, persons whole, "–"
 * for a hidden or missing value. Used from templates as {@code @insightFormat}.
 */
@Component("insightFormat")
public class InsightFormat {

    static final String NONE = Formats.NONE;

    public String number(BigDecimal value, Locale locale) {
        return Formats.decimal(value, locale);
    }

    /**
     * A number of persons as a whole number; an average or an estimate that is not whole is rounded
     * half-up and marked "≈" ("≈ 3"). "–" when hidden or missing.
     */
    public String persons(BigDecimal value, Locale locale) {
        return Formats.persons(value, locale);
    }

    public String number(Integer value, Locale locale) {
        return Formats.count(value, locale);
    }

    /** A share 0..1 as per cent with one decimal. */
    public String percentOfShare(BigDecimal share, Locale locale) {
        return Formats.share(share, 1, locale);
    }

    /** Percentage points with a sign. */
    public String points(BigDecimal value, Locale locale) {
        return value == null ? NONE : Formats.signed(value, Math.max(0, value.scale()), locale);
    }

    /** A period 2023M10 in words in the page's language ("oktober 2023"). */
    public String month(String period, Locale locale) {
        return Formats.period(period, locale);
    }

    /** A period 2023M10 as 2023-10. */
    public String month(String period) {
        return period == null ? NONE : period.replace('M', '-');
    }
}
