package fi.livskraft.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.livskraft.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding 9 of the security test: nothing checked a list of common passwords. */
class PasswordRulesTests {

    @Test
    void shipsTheWholeCommonPasswordList() {
        assertThat(CommonPasswords.size()).isEqualTo(49_233);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "qwerty123456",
                "1qaz2wsx3edc",
                "LeaveMeAlone",
                "Password1234!",
                "2026sunshine!!",
                "monkey1234567"
            })
    void refusesCommonPasswordsAndCommonPasswordsWithDigitsAround(String password) {
        assertThatThrownBy(() -> PasswordRules.check("anna.virtanen", password, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .singleElement()
                                .satisfies(error ->
                                        assertThat(error.messageKey()).isEqualTo("account.error.password-common")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "Kvarken svetsar 2027", "fyra-ord-utan-samband"})
    void acceptsLongUncommonPasswords(String password) {
        assertThatCode(() -> PasswordRules.check("anna.virtanen", password, false))
                .doesNotThrowAnyException();
    }

    @Test
    void keepsTheLengthAndUserNameRules() {
        assertThatThrownBy(() -> PasswordRules.check("anna.virtanen", "short", false))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PasswordRules.check("anna.virtanen", "ANNA.VIRTANEN", false))
                .isInstanceOf(InvalidInputException.class);
    }
}
