package fi.livskraft.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OverdueTests {

    static ActionItem action(LocalDate due, ActionStatus status) {
        return new ActionItem(
                1,
                1,
                "m",
                LocalDate.of(2026, 11, 1),
                "d",
                "Anna",
                "COORDINATOR",
                "Livskraft",
                due,
                status,
                null,
                null,
                false,
                0);
    }

    @Test
    void todayIsTheDateInHelsinkiNotInUtc() {
        // 22:30 UTC on 30 November is already 1 December in Helsinki (UTC+2)
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T22:30:00Z"), ZoneOffset.UTC);
        Actions actions = new Actions(null, null, null, null, null, clock);
        assertThat(actions.today()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(action(LocalDate.of(2026, 11, 30), ActionStatus.OPEN).overdueOn(actions.today()))
                .isTrue();
    }

    @Test
    void dueTodayIsNotOverdueAndClosedActionsNeverAre() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(action(today, ActionStatus.OPEN).overdueOn(today)).isFalse();
        assertThat(action(today.minusDays(1), ActionStatus.IN_PROGRESS).overdueOn(today))
                .isTrue();
        assertThat(action(today.minusDays(1), ActionStatus.DONE).overdueOn(today))
                .isFalse();
        assertThat(action(today.minusDays(1), ActionStatus.CANCELLED).overdueOn(today))
                .isFalse();
    }
}
