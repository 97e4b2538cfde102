package fi.livskraft.steering;

import fi.livskraft.common.NotFoundException;
import fi.livskraft.partnership.VotingRule;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of meetings, decisions and votes (no access checks: {@link Decisions} does them). */
@Component
class DecisionStore {

    private static final String SELECT = """
            select d.*, m.held_on, m.title as meeting_title, m.kind, m.demo as meeting_demo
            from steering_decision d left join steering_meeting m on m.id = d.meeting_id
            """;

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Meeting insertMeeting(long providerId, LocalDate heldOn, String title, boolean demo) {
        long id = jdbc.sql("insert into steering_meeting (provider_id, held_on, title, demo) values (?, ?, ?, ?)"
                        + " returning id")
                .params(providerId, Date.valueOf(heldOn), title, demo)
                .query(Long.class)
                .single();
        return new Meeting(id, providerId, heldOn, title, "OWNER_MEETING", demo);
    }

    List<Meeting> meetings(long providerId) {
        return jdbc.sql("select * from steering_meeting where provider_id = ? order by held_on desc, id desc")
                .param(providerId)
                .query(DecisionStore::meeting)
                .list();
    }

    /** Meetings on or after a day of the given providers, soonest first. */
    List<Meeting> upcoming(List<Long> providerIds, LocalDate from) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from steering_meeting where provider_id in (:ids) and held_on >= :from"
                        + " order by held_on, id")
                .param("ids", providerIds)
                .param("from", Date.valueOf(from))
                .query(DecisionStore::meeting)
                .list();
    }

    long insertDecision(
            long providerId, Long meetingId, String title, String proposal, VotingRule rule, String by, boolean demo) {
        return jdbc.sql("""
                        insert into steering_decision (provider_id, meeting_id, title, proposal, rule, created_by, demo)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(providerId, meetingId, title, proposal, rule.name(), by, demo)
                .query(Long.class)
                .single();
    }

    void insertVote(long decisionId, Ballot ballot, String by) {
        jdbc.sql("insert into steering_vote (decision_id, owner_code, vote, cast_by) values (?, ?, ?, ?)")
                .params(decisionId, ballot.ownerCode(), ballot.vote().name(), by)
                .update();
    }

    /** Records the outcome and each vote's share and population; false when the version moved on. */
    boolean decide(long id, int version, VoteOutcome outcome, String by) {
        int updated = jdbc.sql("""
                        update steering_decision set status = 'DECIDED', passed = ?, yes_share = ?, yes_members = ?,
                            members = ?, yes_population = ?, population = ?, population_year = ?,
                            population_source = ?, decided_at = ?, decided_by = ?, version = version + 1
                        where id = ? and version = ? and status = 'OPEN'
                        """)
                .params(
                        outcome.passed(),
                        outcome.yesSharePercent(),
                        outcome.yesMembers(),
                        outcome.members(),
                        outcome.yesPopulation(),
                        outcome.population(),
                        outcome.populationYear(),
                        outcome.populationSource(),
                        Timestamp.from(Instant.now()),
                        by,
                        id,
                        version)
                .update();
        for (VoteOutcome.Counted c : outcome.votes()) {
            jdbc.sql("update steering_vote set share = ?, population = ? where decision_id = ? and owner_code = ?")
                    .params(
                            c.member().share(),
                            c.member().population(),
                            id,
                            c.member().ownerCode())
                    .update();
        }
        return updated == 1;
    }

    DecisionView find(long id) {
        return jdbc.sql(SELECT + " where d.id = ?")
                .param(id)
                .query((rs, n) -> decision(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("decision", String.valueOf(id)));
    }

    List<DecisionView> forProvider(long providerId) {
        return jdbc.sql(SELECT + " where d.provider_id = ? order by coalesce(m.held_on, current_date) desc, d.id desc")
                .param(providerId)
                .query((rs, n) -> decision(rs))
                .list();
    }

    /** Open proposals of the given providers. */
    List<DecisionView> open(List<Long> providerIds) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where d.provider_id in (:ids) and d.status = 'OPEN' order by d.id")
                .param("ids", providerIds)
                .query((rs, n) -> decision(rs))
                .list();
    }

    private DecisionView decision(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Meeting meeting = rs.getObject("meeting_id") == null
                ? null
                : new Meeting(
                        rs.getLong("meeting_id"),
                        rs.getLong("provider_id"),
                        rs.getDate("held_on").toLocalDate(),
                        rs.getString("meeting_title"),
                        rs.getString("kind"),
                        rs.getBoolean("meeting_demo"));
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new DecisionView(
                id,
                rs.getLong("provider_id"),
                meeting,
                rs.getString("title"),
                rs.getString("proposal"),
                VotingRule.valueOf(rs.getString("rule")),
                rs.getString("status"),
                (Boolean) rs.getObject("passed"),
                rs.getBigDecimal("yes_share") == null ? null : VoteCounter.plain(rs.getBigDecimal("yes_share")),
                (Integer) rs.getObject("yes_members"),
                (Integer) rs.getObject("members"),
                (Long) rs.getObject("yes_population"),
                (Long) rs.getObject("population"),
                rs.getObject("population_year") == null ? null : rs.getInt("population_year"),
                rs.getString("population_source"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("decided_by"),
                rs.getString("created_by"),
                rs.getBoolean("demo"),
                rs.getInt("version"),
                votes(id));
    }

    private List<DecisionView.VoteRow> votes(long decisionId) {
        return jdbc.sql("select * from steering_vote where decision_id = ? order by share desc nulls last, owner_code")
                .param(decisionId)
                .query((rs, n) -> new DecisionView.VoteRow(
                        rs.getString("owner_code"),
                        Vote.valueOf(rs.getString("vote")),
                        rs.getBigDecimal("share") == null ? null : VoteCounter.plain(rs.getBigDecimal("share")),
                        (Integer) rs.getObject("population"),
                        rs.getString("cast_by")))
                .list();
    }

    private static Meeting meeting(ResultSet rs, int n) throws SQLException {
        return new Meeting(
                rs.getLong("id"),
                rs.getLong("provider_id"),
                rs.getDate("held_on").toLocalDate(),
                rs.getString("title"),
                rs.getString("kind"),
                rs.getBoolean("demo"));
    }
}
