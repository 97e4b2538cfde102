package fi.livskraft.steering;

import java.math.BigDecimal;
import java.util.List;

/**
 * A goal with its indicator and its series: per year the target, the actual (computed from the
 * evidence or the provider's newest report) with what it was computed from, and the status.
 */
public record GoalView(
        long id,
        long providerId,
        Indicator indicator,
        String title,
        Direction direction,
        BigDecimal baseline,
        Integer baselineYear,
        String responsible,
        Long strategyId,
        Long decisionId,
        String decisionTitle,
        boolean demo,
        int version,
        List<Row> series) {

    public GoalView {
        series = List.copyOf(series);
    }

    public Unit unit() {
        return indicator.unit();
    }

    /** The status of the newest year that has one; no data when none has. */
    public GoalStatus status() {
        GoalStatus status = GoalStatus.NO_DATA;
        for (Row row : series) {
            if (row.status() != GoalStatus.NO_DATA) {
                status = row.status();
            }
        }
        return status;
    }

    /** The newest actual, or null. */
    public Row latestActual() {
        Row latest = null;
        for (Row row : series) {
            if (row.actual() != null) {
                latest = row;
            }
        }
        return latest;
    }

    /** One year of the series; basis says what a computed actual came from, or who reported it. */
    public record Row(int year, BigDecimal target, BigDecimal actual, String basis, GoalStatus status) {}
}
