package fi.livskraft.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InsightFormatTests {

    final InsightFormat f = new InsightFormat();

    @Test
    void personsAreWholeNumbersAndAnAverageOrEstimateIsMarkedApproximate() {
        assertThat(f.persons(new BigDecimal("12.00"), Locale.forLanguageTag("sv")))
                .isEqualTo("12");
        assertThat(f.persons(new BigDecimal("0.62"), Locale.forLanguageTag("sv")))
                .isEqualTo("≈\u00a01");
        assertThat(f.persons(new BigDecimal("1694.50"), Locale.forLanguageTag("fi")))
                .isEqualTo("≈\u00a01\u00a0695");
        assertThat(f.persons(new BigDecimal("1694"), Locale.forLanguageTag("en")))
                .isEqualTo("1,694");
        assertThat(f.persons(new BigDecimal("-3.40"), Locale.forLanguageTag("en")))
                .isEqualTo("≈\u00a0-3");
        assertThat(f.persons(new BigDecimal("-0.38"), Locale.forLanguageTag("en")))
                .isEqualTo("≈\u00a00");
        assertThat(f.persons(null, Locale.forLanguageTag("sv"))).isEqualTo("–");
    }
}
