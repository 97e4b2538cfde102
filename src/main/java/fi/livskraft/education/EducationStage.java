package fi.livskraft.education;

import fi.livskraft.common.ImportProblem;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one path by which supply and outcome figures reach the database, whatever the file format.
 * Values are staged (in batches) in a temporary table that lives only as long as the import's
 * transaction, so memory does not grow with the file; duplicates and outcome parts that exceed the
 * graduates are then found in SQL, and the cells are pivoted into {@code education_supply} and
 * {@code graduate_outcome}.
 */
@Component
class EducationStage {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    EducationStage(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Where staged values go until {@link #flush()}. */
    final class Batch {
        private final List<StagedValue> pending = new ArrayList<>();
        private long staged;

        void add(StagedValue value) {
            pending.add(value);
            staged++;
            if (pending.size() >= BATCH) {
                flush();
            }
        }

        long staged() {
            return staged;
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            template.batchUpdate(
                    "insert into education_stage (row_no, field, kind, measure, provider_code, provider_name,"
                            + " area_code, qualification_code, year, language, value, breakdown)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    pending,
                    pending.size(),
                    EducationStage::bind);
            pending.clear();
        }
    }

    /** Creates (or empties) the staging table of this transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    Batch begin() {
        jdbc.sql("""
                        create temporary table if not exists education_stage (
                            row_no integer not null,
                            field text not null,
                            kind varchar(8) not null,
                            measure varchar(24) not null,
                            provider_code text,
                            provider_name text,
                            area_code text,
                            qualification_code varchar(6) not null,
                            year integer not null,
                            language varchar(3) not null,
                            value bigint not null,
                            breakdown text not null
                        ) on commit drop
                        """).update();
        jdbc.sql("truncate education_stage").update();
        return new Batch();
    }

    /** Duplicate cells and outcome parts above the graduates, each named by file, row and field. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<ImportProblem> check(String file) {
        List<ImportProblem> problems = new ArrayList<>();
        jdbc.sql("""
                        select (array_agg(row_no order by row_no))[2] as duplicate_row,
                               min(row_no) as first_row, min(field) as field
                        from education_stage
                        group by measure, provider_code, area_code, qualification_code, year, language, breakdown
                        having count(*) > 1
                        order by 1
                        """)
                .query((rs, n) -> problems.add(ImportProblem.of(
                        file,
                        rs.getInt("duplicate_row"),
                        rs.getString("field"),
                        "education.import.error.duplicate",
                        rs.getInt("first_row"))))
                .list();
        jdbc.sql("""
                        select max(row_no) as row_no,
                               sum(value) filter (where measure = 'OUTCOME_GRADUATES') as graduates,
                               coalesce(sum(value) filter (where measure <> 'OUTCOME_GRADUATES'), 0) as parts
                        from education_stage
                        where kind = 'OUTCOME'
                        group by provider_code, area_code, qualification_code, year, language
                        having coalesce(sum(value) filter (where measure <> 'OUTCOME_GRADUATES'), 0)
                               > sum(value) filter (where measure = 'OUTCOME_GRADUATES')
                        order by 1
                        """)
                .query((rs, n) -> problems.add(ImportProblem.of(
                        file,
                        rs.getInt("row_no"),
                        "value",
                        "education.import.error.outcome-exceeds",
                        rs.getLong("parts"),
                        rs.getLong("graduates"))))
                .list();
        return problems;
    }

    /** How many cells were stored in each table. */
    record Stored(int supplyCells, int outcomeCells) {
        int total() {
            return supplyCells + outcomeCells;
        }
    }

    /** Pivots the staged values into the fact tables under the source; breakdowns are summed. */
    @Transactional(propagation = Propagation.MANDATORY)
    Stored store(long sourceId) {
        int supply = jdbc.sql("""
                        insert into education_supply (source_id, provider_code, provider_name, qualification_code,
                            year, language, start_places, new_students, students, graduates)
                        select :source, provider_code, min(provider_name), qualification_code, year, language,
                               sum(value) filter (where measure = 'START_PLACES'),
                               sum(value) filter (where measure = 'NEW_STUDENTS'),
                               sum(value) filter (where measure = 'STUDENTS'),
                               sum(value) filter (where measure = 'GRADUATES')
                        from education_stage
                        where kind = 'SUPPLY'
                        group by provider_code, qualification_code, year, language
                        """).param("source", sourceId).update();
        int outcomes = jdbc.sql("""
                        insert into graduate_outcome (source_id, provider_code, area_code, qualification_code,
                            cohort_year, language, graduates, employed, further_studies, unemployed, other)
                        select :source, provider_code, area_code, qualification_code, year, language,
                               sum(value) filter (where measure = 'OUTCOME_GRADUATES'),
                               sum(value) filter (where measure = 'EMPLOYED'),
                               sum(value) filter (where measure = 'FURTHER_STUDIES'),
                               sum(value) filter (where measure = 'UNEMPLOYED'),
                               sum(value) filter (where measure = 'OTHER')
                        from education_stage
                        where kind = 'OUTCOME'
                        group by provider_code, area_code, qualification_code, year, language
                        """).param("source", sourceId).update();
        return new Stored(supply, outcomes);
    }

    /** Links the stored cells of a provider code to the registry's provider. */
    @Transactional(propagation = Propagation.MANDATORY)
    void link(long sourceId, String providerCode, long providerId) {
        jdbc.sql("update education_supply set provider_id = ? where source_id = ? and provider_code = ?")
                .params(providerId, sourceId, providerCode)
                .update();
        jdbc.sql("update graduate_outcome set provider_id = ? where source_id = ? and provider_code = ?")
                .params(providerId, sourceId, providerCode)
                .update();
    }

    /** A provider code of the file with its name and first row. */
    record ProviderSeen(String code, String name, int firstRow) {}

    @Transactional(propagation = Propagation.MANDATORY)
    List<ProviderSeen> providers() {
        return jdbc.sql("""
                        select provider_code, min(provider_name) as name, min(row_no) as first_row
                        from education_stage where provider_code is not null
                        group by provider_code order by 3
                        """)
                .query((rs, n) ->
                        new ProviderSeen(rs.getString("provider_code"), rs.getString("name"), rs.getInt("first_row")))
                .list();
    }

    private static void bind(PreparedStatement ps, StagedValue v) throws SQLException {
        ps.setInt(1, v.row());
        ps.setString(2, v.field());
        ps.setString(3, v.measure().kind().name());
        ps.setString(4, v.measure().name());
        setText(ps, 5, v.providerCode());
        setText(ps, 6, v.providerName());
        setText(ps, 7, v.areaCode());
        ps.setString(8, v.qualificationCode());
        ps.setInt(9, v.year());
        ps.setString(10, v.language());
        ps.setLong(11, v.value());
        ps.setString(12, v.breakdown());
    }

    private static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
