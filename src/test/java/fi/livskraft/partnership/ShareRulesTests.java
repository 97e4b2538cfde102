package fi.livskraft.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.common.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShareRulesTests {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

    private static List<FieldError> check(String... pairs) {
        List<OwnershipChange.Share> shares = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            shares.add(new OwnershipChange.Share(pairs[i], pairs[i + 1] == null ? null : new BigDecimal(pairs[i + 1])));
        }
        return ShareRules.check(new OwnershipChange(0, DAY, shares));
    }

    @Test
    void acceptsSharesSummingToExactlyHundred() {
        assertThat(check("905", "33.3333", "499", "33.3333", "545", "33.3334")).isEmpty();
    }

    @Test
    void refusesSumsJustBelowAndAboveHundredStatingTheSum() {
        assertThat(check("905", "50", "499", "49.99"))
                .containsExactly(FieldError.of("owners", "partnership.error.shares-sum", "99.99"));
        assertThat(check("905", "50", "499", "50.01"))
                .containsExactly(FieldError.of("owners", "partnership.error.shares-sum", "100.01"));
    }

    @Test
    void refusesTheSameOwnerTwice() {
        assertThat(check("905", "50", "905", "50"))
                .containsExactly(FieldError.of("owners[1].code", "partnership.error.owner-twice", "905"));
    }

    @Test
    void refusesSharesNotAboveZeroOrWithTooManyDecimals() {
        assertThat(check("905", "100", "499", "0"))
                .contains(FieldError.of("owners[1].share", "partnership.error.share-positive"));
        assertThat(check("905", "99.99999", "499", "0.00001"))
                .contains(FieldError.of("owners[0].share", "partnership.error.share-decimals", 4));
        assertThat(check("905", null)).contains(FieldError.of("owners[0].share", "partnership.error.share-number"));
    }

    @Test
    void refusesAnEmptySetAndAMissingDate() {
        assertThat(ShareRules.check(new OwnershipChange(0, null, List.of())))
                .containsExactly(
                        FieldError.of("validFrom", "partnership.error.required"),
                        FieldError.of("owners", "partnership.error.owners-required"));
    }

    @Test
    void refusesASetStartingBeforeTheLatest() {
        assertThat(ShareRules.checkStart(DAY.minusDays(1), DAY)).hasSize(1);
        assertThat(ShareRules.checkStart(DAY, DAY)).isEmpty();
    }

    @Test
    void writesSharesPlainly() {
        assertThat(ShareRules.plain(new BigDecimal("100.0000"))).isEqualTo("100");
        assertThat(ShareRules.plain(new BigDecimal("12.5000"))).isEqualTo("12.5");
    }
}
