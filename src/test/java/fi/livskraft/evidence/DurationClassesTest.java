package fi.livskraft.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationClassesTest {

    @Test
    void mapsFinnishSwedishAndEnglishLabels() {
        assertThat(DurationClasses.of("SSS", "Yhteensä")).hasValue("ALL");
        assertThat(DurationClasses.of("01", "alle 3 kk")).hasValue("LT3M");
        assertThat(DurationClasses.of("01", "under 3 mån")).hasValue("LT3M");
        assertThat(DurationClasses.of("01", "0 - 3 kk")).hasValue("LT3M");
        assertThat(DurationClasses.of("02", "3 - 6 kk")).hasValue("3-6M");
        assertThat(DurationClasses.of("03", "6–12 months")).hasValue("6-12M");
        assertThat(DurationClasses.of("04", "1 - 2 v")).hasValue("12-24M");
        assertThat(DurationClasses.of("04", "1-2 år")).hasValue("12-24M");
        assertThat(DurationClasses.of("05", "yli 24 kk")).hasValue("GE24M");
        assertThat(DurationClasses.of("05", "över 2 år")).hasValue("GE24M");
        assertThat(DurationClasses.of("GE24M", "")).hasValue("GE24M");
    }

    @Test
    void refusesToGuessOtherClasses() {
        assertThat(DurationClasses.of("06", "yli 12 kk")).isEmpty();
        assertThat(DurationClasses.of("07", "1 - 4 viikkoa")).isEmpty();
        assertThat(DurationClasses.of("08", "tuntematon")).isEmpty();
    }
}
