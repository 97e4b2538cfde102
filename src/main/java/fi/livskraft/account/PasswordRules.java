package fi.livskraft.account;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;

/**
 * Password rules for real accounts: at least 12 characters, not the user name, not a common
 * password ({@link CommonPasswords}, also with digits or punctuation around it). Demonstration
 * accounts (password {@code demo}) are exempt; they exist only with the demonstration data.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;

    private PasswordRules() {}

    static void check(String username, String password, boolean demo) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{3,64}")) {
            throw new InvalidInputException(FieldError.of("username", "account.error.username-format"));
        }
        if (demo) {
            return;
        }
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException(FieldError.of("password", "account.error.password-short", MIN_LENGTH));
        }
        if (password.equalsIgnoreCase(username)) {
            throw new InvalidInputException(FieldError.of("password", "account.error.password-username"));
        }
        if (CommonPasswords.contains(password)) {
            throw new InvalidInputException(FieldError.of("password", "account.error.password-common"));
        }
    }
}
