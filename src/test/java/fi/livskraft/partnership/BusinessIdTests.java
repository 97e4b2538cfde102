package fi.livskraft.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BusinessIdTests {

    @Test
    void acceptsARealBusinessIdWithItsCheckDigit() {
        assertThat(BusinessId.isValid("0112038-9")).isTrue(); // Nokia Oyj
        assertThat(BusinessId.checkDigit("0112038")).isEqualTo(9);
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThat(BusinessId.isValid("0112038-8")).isFalse();
    }

    @Test
    void refusesNumbersWhoseRemainderIsOne() {
        // 1000008: weighted sum 7 + 16 = 23, remainder 1: no check digit works, never issued
        assertThat(BusinessId.checkDigit("1000008")).isEqualTo(-1);
        for (int c = 0; c <= 9; c++) {
            assertThat(BusinessId.isValid("1000008-" + c)).isFalse();
        }
    }

    @Test
    void acceptsExactlyOneCheckDigitOtherwise() {
        for (int c = 0; c <= 9; c++) {
            assertThat(BusinessId.isValid("1234567-" + c)).isEqualTo(c == 1);
        }
    }

    @Test
    void refusesOtherShapes() {
        assertThat(BusinessId.isValid("01120389")).isFalse();
        assertThat(BusinessId.isValid("112038-9")).isFalse();
        assertThat(BusinessId.isValid(null)).isFalse();
        assertThat(BusinessId.looksLikeOne("1234567-1")).isTrue();
    }
}
