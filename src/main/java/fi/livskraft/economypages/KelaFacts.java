package fi.livskraft.economypages;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stores and reads Kela's benefit figures and their sources. */
@Repository
class KelaFacts {

    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    KelaFacts(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A new source row; its period is set by {@link #finish}. */
    @Transactional(propagation = Propagation.MANDATORY)
    long newSource(
            String publisher,
            String dataset,
            String vintage,
            String licence,
            String fileName,
            String by,
            boolean demo) {
        return jdbc.sql("""
                        insert into economy_source (publisher, dataset, vintage, licence, file_name, period_from,
                          period_to, imported_by, demo)
                        values (?, ?, ?, ?, ?, date '2025-01-01', date '2025-01-01', ?, ?) returning id
                        """)
                .params(publisher, dataset, vintage, licence, fileName, by, demo)
                .query(Long.class)
                .single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(long sourceId, List<KelaFact> facts) {
        List<Object[]> rows = new ArrayList<>(facts.size());
        for (KelaFact f : facts) {
            rows.add(new Object[] {
                sourceId,
                Date.valueOf(f.month()),
                f.areaId(),
                f.benefit().name(),
                f.dayClass().fromDay(),
                f.dayClass().toDay(),
                f.recipients(),
                f.paidDays(),
                f.euros()
            });
        }
        template.batchUpdate(
                "insert into kela_benefit_fact (source_id, month, area_id, benefit, from_day, to_day, recipients,"
                        + " paid_days, euros) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    /**
     * Sets the source's period and removes what an earlier import stored for the same months (rows of
     * other sources in the range, then sources left without rows). Returns the rows replaced.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int finish(long sourceId, LocalDate from, LocalDate to) {
        jdbc.sql("update economy_source set period_from = ?, period_to = ? where id = ?")
                .params(from, to, sourceId)
                .update();
        int replaced = jdbc.sql("delete from kela_benefit_fact where source_id <> ? and month between ? and ?")
                .params(sourceId, from, to)
                .update();
        jdbc.sql("""
                        delete from economy_source s where s.id <> ? and s.dataset = ?
                          and not exists (select 1 from kela_benefit_fact f where f.source_id = s.id)
                        """).params(sourceId, KelaBenefitsImporter.DATASET).update();
        return replaced;
    }

    /** Every figure of an area ({@code null}: the whole country), by month. */
    List<StoredFact> forArea(String areaId) {
        String where = areaId == null ? "f.area_id is null" : "f.area_id = :area";
        var spec = jdbc.sql(SELECT + " where " + where + " order by f.month, f.benefit, f.from_day");
        if (areaId != null) {
            spec = spec.param("area", areaId);
        }
        return spec.query(KelaFacts::stored).list();
    }

    /** The areas that have figures, with the latest month. */
    List<String> areasWithFigures() {
        return jdbc.sql("select distinct area_id from kela_benefit_fact where area_id is not null order by area_id")
                .query(String.class)
                .list();
    }

    Optional<EconomySource> source(long id) {
        return jdbc.sql("select * from economy_source where id = ?")
                .param(id)
                .query(KelaFacts::source)
                .optional();
    }

    List<EconomySource> sources() {
        return jdbc.sql("select * from economy_source order by period_from, id")
                .query(KelaFacts::source)
                .list();
    }

    int count() {
        return jdbc.sql("select count(*) from kela_benefit_fact")
                .query(Integer.class)
                .single();
    }

    /** A stored figure with its source id. */
    record StoredFact(KelaFact fact, long sourceId) {}

    private static final String SELECT = """
            select f.source_id, f.month, f.area_id, f.benefit, f.from_day, f.to_day, f.recipients, f.paid_days, f.euros
            from kela_benefit_fact f
            """;

    private static StoredFact stored(ResultSet rs, int n) throws SQLException {
        int toDay = rs.getInt("to_day");
        Integer to = rs.wasNull() ? null : toDay;
        return new StoredFact(
                new KelaFact(
                        rs.getDate("month").toLocalDate(),
                        rs.getString("area_id"),
                        KelaBenefit.valueOf(rs.getString("benefit")),
                        new DayClass(rs.getInt("from_day"), to),
                        rs.getInt("recipients"),
                        rs.getLong("paid_days"),
                        rs.getBigDecimal("euros")),
                rs.getLong("source_id"));
    }

    private static EconomySource source(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp("retrieved_at");
        return new EconomySource(
                rs.getLong("id"),
                rs.getString("publisher"),
                rs.getString("dataset"),
                rs.getString("vintage"),
                rs.getString("licence"),
                rs.getString("file_name"),
                rs.getDate("period_from").toLocalDate(),
                rs.getDate("period_to").toLocalDate(),
                at.toInstant(),
                rs.getString("imported_by"),
                rs.getBoolean("demo"));
    }
}
