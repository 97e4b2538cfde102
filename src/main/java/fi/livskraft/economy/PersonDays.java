package fi.livskraft.economy;

/**
 * One person in a cost calculation: {@code accumulatedDays} paid days so far, {@code paidDays}
 * more to be paid. The limits on absurd values are checked where input enters (API); the record
 * only refuses negatives.
 */
public record PersonDays(int accumulatedDays, int paidDays) {

    public PersonDays {
        if (accumulatedDays < 0 || paidDays < 0) {
            throw new IllegalArgumentException("day counts are not negative: " + accumulatedDays + ", " + paidDays);
        }
    }
}
