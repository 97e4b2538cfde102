package fi.livskraft.steering;

import java.math.BigDecimal;
import java.util.List;

/**
 * A goal to set: the indicator (code in the catalogue), a title, direction (null = the indicator's),
 * baseline, the person or body responsible, the decision that set it and the strategy it serves
 * (both optional), and yearly targets, each stating its unit (it must be the indicator's).
 */
public record NewGoal(
        String indicator,
        String title,
        Direction direction,
        BigDecimal baseline,
        Integer baselineYear,
        String responsible,
        Long decisionId,
        Long strategyId,
        List<Target> targets) {

    public NewGoal {
        indicator = indicator == null ? "" : indicator.strip();
        title = title == null ? "" : title.strip();
        responsible = responsible == null ? "" : responsible.strip();
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** A target for a year, in a unit. */
    public record Target(Integer year, BigDecimal value, Unit unit) {}
}
