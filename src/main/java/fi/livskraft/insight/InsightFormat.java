package fi.livskraft.insight;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Numbers as the pages show them: the locale's separators, the scale kept, "–" for a hidden or missing value. */
@Component("insightFormat")
public class InsightFormat {

    static final String NONE = "–";

    public String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(Math.max(0, value.scale()));
        f.setMaximumFractionDigits(Math.max(0, value.scale()));
        return f.format(value);
    }

    /**
     * A number of persons as a whole number; an average or an estimate that is not whole is rounded
     * half-up and marked "≈" ("≈ 3"). "–" when hidden or missing.
     */
    public String persons(BigDecimal value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        BigDecimal whole = value.setScale(0, java.math.RoundingMode.HALF_UP);
        String shown = NumberFormat.getIntegerInstance(locale).format(whole);
        return whole.compareTo(value) == 0 ? shown : "≈\u00a0" + shown;
    }

    public String number(Integer value, Locale locale) {
        return value == null ? NONE : NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A share 0..1 as per cent with one decimal. */
    public String percentOfShare(BigDecimal share, Locale locale) {
        return share == null
                ? NONE
                : number(share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP), locale) + " %";
    }

    /** Percentage points with a sign. */
    public String points(BigDecimal value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        return (value.signum() > 0 ? "+" : "") + number(value, locale);
    }

    /** A period 2023M10 as 2023-10. */
    public String month(String period) {
        return period == null ? NONE : period.replace('M', '-');
    }
}
