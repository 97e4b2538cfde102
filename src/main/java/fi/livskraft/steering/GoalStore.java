package fi.livskraft.steering;

import fi.livskraft.common.NotFoundException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of goals, targets, periods, reports and comments (no access checks: {@link Goals} does them). */
@Component
class GoalStore {

    /** A goal's own row. */
    record GoalRow(
            long id,
            long providerId,
            String indicator,
            String title,
            Direction direction,
            BigDecimal baseline,
            Integer baselineYear,
            String responsible,
            Long strategyId,
            Long decisionId,
            String decisionTitle,
            boolean demo,
            int version) {}

    private final JdbcClient jdbc;

    GoalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertGoal(long providerId, NewGoal goal, Indicator indicator, Direction direction, boolean demo) {
        long id = jdbc.sql("""
                        insert into steering_goal (provider_id, strategy_id, decision_id, indicator, title, unit,
                            direction, baseline, baseline_year, responsible, demo)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        providerId,
                        goal.strategyId(),
                        goal.decisionId(),
                        indicator.code(),
                        goal.title(),
                        indicator.unit().name(),
                        direction.name(),
                        goal.baseline(),
                        goal.baselineYear(),
                        goal.responsible(),
                        demo)
                .query(Long.class)
                .single();
        insertTargets(id, goal.targets());
        return id;
    }

    private void insertTargets(long goalId, List<NewGoal.Target> targets) {
        for (NewGoal.Target t : targets) {
            jdbc.sql("insert into steering_goal_target (goal_id, year, target) values (?, ?, ?)")
                    .params(goalId, t.year(), t.value())
                    .update();
        }
    }

    /** Changes a goal and replaces its targets; false when the version is stale (someone changed it first). */
    boolean updateGoal(long id, int version, NewGoal goal, Direction direction) {
        int changed = jdbc.sql("""
                        update steering_goal set strategy_id = ?, decision_id = ?, title = ?, direction = ?,
                            baseline = ?, baseline_year = ?, responsible = ?, version = version + 1
                        where id = ? and version = ?
                        """)
                .params(
                        goal.strategyId(),
                        goal.decisionId(),
                        goal.title(),
                        direction.name(),
                        goal.baseline(),
                        goal.baselineYear(),
                        goal.responsible(),
                        id,
                        version)
                .update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from steering_goal_target where goal_id = ?").param(id).update();
        insertTargets(id, goal.targets());
        return true;
    }

    Optional<GoalRow> goal(long id) {
        return jdbc.sql(GOAL_SELECT + " where g.id = ?")
                .param(id)
                .query(GoalStore::goalRow)
                .optional();
    }

    GoalRow require(long id) {
        return goal(id).orElseThrow(() -> new NotFoundException("goal", String.valueOf(id)));
    }

    List<GoalRow> goals(List<Long> providerIds) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(GOAL_SELECT + " where g.provider_id in (:ids) order by g.provider_id, g.id")
                .param("ids", providerIds)
                .query(GoalStore::goalRow)
                .list();
    }

    Map<Integer, BigDecimal> targets(long goalId) {
        Map<Integer, BigDecimal> targets = new TreeMap<>();
        jdbc.sql("select year, target from steering_goal_target where goal_id = ? order by year")
                .param(goalId)
                .query((rs, n) -> targets.put(rs.getInt(1), rs.getBigDecimal(2)))
                .list();
        return targets;
    }

    /** The newest report of each period. */
    List<GoalFollowUp.Report> latestReports(long goalId) {
        return jdbc.sql("""
                        select distinct on (p.year) r.id, p.year, r.actual, r.comment, r.reported_at, r.reported_by
                        from steering_report r join steering_period p on p.id = r.period_id
                        where r.goal_id = ? order by p.year, r.reported_at desc, r.id desc
                        """).param(goalId).query(GoalStore::report).list();
    }

    List<GoalFollowUp.Report> reports(long goalId) {
        return jdbc.sql("""
                        select r.id, p.year, r.actual, r.comment, r.reported_at, r.reported_by
                        from steering_report r join steering_period p on p.id = r.period_id
                        where r.goal_id = ? order by r.reported_at desc, r.id desc
                        """).param(goalId).query(GoalStore::report).list();
    }

    List<GoalFollowUp.Comment> comments(long goalId) {
        return jdbc.sql("""
                        select c.id, p.year, c.owner_code, c.body, c.commented_at, c.commented_by
                        from steering_comment c left join steering_period p on p.id = c.period_id
                        where c.goal_id = ? order by c.commented_at desc, c.id desc
                        """)
                .param(goalId)
                .query((rs, n) -> new GoalFollowUp.Comment(
                        rs.getLong(1),
                        rs.getObject(2) == null ? null : rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .list();
    }

    List<GoalFollowUp.Period> periods(long providerId) {
        return jdbc.sql(
                        "select id, year, due_on, closed, demo from steering_period where provider_id = ? order by year")
                .param(providerId)
                .query((rs, n) -> new GoalFollowUp.Period(
                        rs.getLong(1), rs.getInt(2), rs.getDate(3).toLocalDate(), rs.getBoolean(4), rs.getBoolean(5)))
                .list();
    }

    Optional<GoalFollowUp.Period> period(long providerId, int year) {
        return periods(providerId).stream().filter(p -> p.year() == year).findFirst();
    }

    long insertPeriod(long providerId, int year, LocalDate dueOn, boolean demo) {
        return jdbc.sql(
                        "insert into steering_period (provider_id, year, due_on, demo) values (?, ?, ?, ?) returning id")
                .params(providerId, year, Date.valueOf(dueOn), demo)
                .query(Long.class)
                .single();
    }

    void closePeriod(long periodId) {
        jdbc.sql("update steering_period set closed = true where id = ?")
                .param(periodId)
                .update();
    }

    long insertReport(long goalId, long periodId, BigDecimal actual, String comment, String by) {
        return jdbc.sql("insert into steering_report (goal_id, period_id, actual, comment, reported_by)"
                        + " values (?, ?, ?, ?, ?) returning id")
                .params(goalId, periodId, actual, comment, by)
                .query(Long.class)
                .single();
    }

    long insertComment(long goalId, Long periodId, String ownerCode, String body, String by) {
        return jdbc.sql("insert into steering_comment (goal_id, period_id, owner_code, body, commented_by)"
                        + " values (?, ?, ?, ?, ?) returning id")
                .params(goalId, periodId, ownerCode, body, by)
                .query(Long.class)
                .single();
    }

    private static final String GOAL_SELECT = """
            select g.*, d.title as decision_title from steering_goal g
            left join steering_decision d on d.id = g.decision_id
            """;

    private static GoalRow goalRow(ResultSet rs, int n) throws SQLException {
        return new GoalRow(
                rs.getLong("id"),
                rs.getLong("provider_id"),
                rs.getString("indicator"),
                rs.getString("title"),
                Direction.valueOf(rs.getString("direction")),
                rs.getBigDecimal("baseline"),
                rs.getObject("baseline_year") == null ? null : rs.getInt("baseline_year"),
                rs.getString("responsible"),
                (Long) rs.getObject("strategy_id"),
                (Long) rs.getObject("decision_id"),
                rs.getString("decision_title"),
                rs.getBoolean("demo"),
                rs.getInt("version"));
    }

    private static GoalFollowUp.Report report(ResultSet rs, int n) throws SQLException {
        return new GoalFollowUp.Report(
                rs.getLong(1),
                rs.getInt(2),
                rs.getBigDecimal(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant(),
                rs.getString(6));
    }
}
