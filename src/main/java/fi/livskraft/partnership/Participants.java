package fi.livskraft.partnership;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The participants of the partnership: public, grouped by kind, with the date each joined. */
@Service
public class Participants {

    private final JdbcClient jdbc;

    Participants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone may read the list of participants. */
    public List<Participant> list() {
        return jdbc.sql("select id, kind, ref_code, name, joined_on, join_request_id, demo from participant"
                        + " order by kind, lower(name)")
                .query(Participants::participant)
                .list();
    }

    /** The participants grouped by kind, in the order of {@link OrganisationType}. */
    public Map<OrganisationType, List<Participant>> byKind() {
        Map<OrganisationType, List<Participant>> groups = new EnumMap<>(OrganisationType.class);
        for (Participant p : list()) {
            groups.computeIfAbsent(p.kind(), k -> new java.util.ArrayList<>()).add(p);
        }
        return groups;
    }

    /**
     * Adds a participant in the caller's transaction (no access check, no audit: callers are the
     * coordinator's approval of a join request and the registry loader, which audit).
     */
    long insert(
            OrganisationType kind, String refCode, String name, LocalDate joinedOn, Long joinRequestId, boolean demo) {
        if (refCode != null
                && jdbc.sql("select count(*) from participant where kind = ? and ref_code = ?")
                                .params(kind.name(), refCode)
                                .query(Integer.class)
                                .single()
                        > 0) {
            throw new InvalidInputException(FieldError.of("refCode", "partnership.error.participant-duplicate", name));
        }
        return jdbc.sql("insert into participant (kind, ref_code, name, joined_on, join_request_id, demo)"
                        + " values (?, ?, ?, ?, ?, ?) returning id")
                .params(kind.name(), refCode, name, Date.valueOf(joinedOn), joinRequestId, demo)
                .query(Long.class)
                .single();
    }

    private static Participant participant(ResultSet rs, int row) throws SQLException {
        return new Participant(
                rs.getLong("id"),
                OrganisationType.valueOf(rs.getString("kind")),
                rs.getString("ref_code"),
                rs.getString("name"),
                rs.getDate("joined_on").toLocalDate(),
                (Long) rs.getObject("join_request_id"),
                rs.getBoolean("demo"));
    }
}
