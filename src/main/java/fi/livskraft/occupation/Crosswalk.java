package fi.livskraft.occupation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read access to the qualification -> occupation crosswalk for the other modules: the current rows
 * (all, by qualification, by ISCO-08 unit group) and a qualification's history.
 */
@Service
public class Crosswalk {

    static final String SELECT = "select id, qualification_code, isco_code, weight, source, confidence, note,"
            + " valid_from, valid_to, changed_by, closed_by, version from qualification_occupation";

    private final JdbcClient jdbc;

    Crosswalk(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every current row, by qualification and then by weight (largest first). */
    public List<CrosswalkRow> current() {
        return jdbc.sql(SELECT + " where valid_to is null order by qualification_code, weight desc, isco_code")
                .query(Crosswalk::map)
                .list();
    }

    /**
     * The current rows, optionally only of one qualification and only of occupations whose ISCO-08
     * code starts with {@code occupation} (a unit group, or any higher group).
     */
    public List<CrosswalkRow> current(String qualificationCode, String occupation) {
        boolean byQualification = qualificationCode != null && !qualificationCode.isBlank();
        boolean byOccupation = occupation != null && !occupation.isBlank();
        return jdbc.sql(SELECT + " where valid_to is null"
                        + (byQualification ? " and qualification_code = :q" : "")
                        + (byOccupation ? " and starts_with(isco_code, :o)" : "")
                        + " order by qualification_code, weight desc, isco_code")
                .params(Map.of(
                        "q", byQualification ? qualificationCode.strip() : "",
                        "o", byOccupation ? occupation.strip() : ""))
                .query(Crosswalk::map)
                .list();
    }

    /** The current rows of a qualification, largest weight first. */
    public List<CrosswalkRow> byQualification(String qualificationCode) {
        return jdbc.sql(SELECT + " where valid_to is null and qualification_code = ? order by weight desc, isco_code")
                .param(qualificationCode)
                .query(Crosswalk::map)
                .list();
    }

    /** The current rows that lead to an ISCO-08 unit group, largest weight first. */
    public List<CrosswalkRow> byIscoGroup(String iscoCode) {
        return jdbc.sql(SELECT + " where valid_to is null and isco_code = ? order by weight desc, qualification_code")
                .param(iscoCode)
                .query(Crosswalk::map)
                .list();
    }

    /** The closed (earlier) rows of a qualification, most recently closed first. */
    public List<CrosswalkRow> history(String qualificationCode) {
        return jdbc.sql(SELECT + " where valid_to is not null and qualification_code = ?"
                        + " order by valid_to desc, id desc")
                .param(qualificationCode)
                .query(Crosswalk::map)
                .list();
    }

    /**
     * The version of a qualification's crosswalk: it grows with every change (a row opened adds one
     * row, a row closed raises that row's version), so an edit states the version it started from.
     */
    public long version(String qualificationCode) {
        return jdbc.sql("select coalesce(sum(version) + count(*), 0) from qualification_occupation"
                        + " where qualification_code = ?")
                .param(qualificationCode)
                .query(Long.class)
                .single();
    }

    static CrosswalkRow map(ResultSet rs, int row) throws SQLException {
        Timestamp to = rs.getTimestamp("valid_to");
        return new CrosswalkRow(
                rs.getLong("id"),
                rs.getString("qualification_code"),
                rs.getString("isco_code"),
                rs.getBigDecimal("weight"),
                rs.getString("source"),
                Confidence.valueOf(rs.getString("confidence")),
                rs.getString("note"),
                rs.getTimestamp("valid_from").toInstant(),
                to == null ? null : to.toInstant(),
                rs.getString("changed_by"),
                rs.getString("closed_by"),
                rs.getInt("version"));
    }
}
