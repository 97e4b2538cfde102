package fi.livskraft.partnership;

/**
 * The Finnish business ID (Y-tunnus / FO-nummer): seven digits, a hyphen and a check digit. The
 * check digit is computed from the seven digits with the weights 7, 9, 10, 5, 8, 4, 2: the sum
 * modulo 11 gives 0 (check digit 0) or 2..10 (check digit 11 minus the remainder); remainder 1 is
 * never issued.
 */
public final class BusinessId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessId() {}

    /** Whether the text has the shape NNNNNNN-C (whatever the check digit). */
    public static boolean looksLikeOne(String value) {
        return value != null && value.matches("\\d{7}-\\d");
    }

    /** Whether the value is a business ID with a correct check digit. */
    public static boolean isValid(String value) {
        if (!looksLikeOne(value)) {
            return false;
        }
        int check = checkDigit(value.substring(0, 7));
        return check >= 0 && check == value.charAt(8) - '0';
    }

    /** The check digit for seven digits, or -1 when no valid business ID starts with them. */
    public static int checkDigit(String sevenDigits) {
        if (sevenDigits == null || !sevenDigits.matches("\\d{7}")) {
            throw new IllegalArgumentException("seven digits expected: " + sevenDigits);
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (sevenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 0) {
            return 0;
        }
        return remainder == 1 ? -1 : 11 - remainder;
    }
}
