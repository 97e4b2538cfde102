package fi.livskraft.steering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A goal with its follow-up: every report and owner comment (history), and the provider's periods. */
public record GoalFollowUp(GoalView goal, List<Report> reports, List<Comment> comments, List<Period> periods) {

    public GoalFollowUp {
        reports = List.copyOf(reports);
        comments = List.copyOf(comments);
        periods = List.copyOf(periods);
    }

    /** A report of the provider for a period, newest first; the newest of a period counts. */
    public record Report(long id, int year, BigDecimal actual, String comment, Instant reportedAt, String reportedBy) {}

    /** An owner's comment on the goal, for a period or in general. */
    public record Comment(long id, Integer year, String ownerCode, String body, Instant at, String by) {}

    /** A reporting period of the provider. */
    public record Period(long id, int year, LocalDate dueOn, boolean closed, boolean demo) {}
}
