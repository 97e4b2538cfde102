package fi.livskraft.education;

import fi.livskraft.evidence.Source;
import fi.livskraft.evidence.Sources;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read access for other modules to vocational supply and graduate outcomes, each fact with the id
 * of its {@link Source} ({@link #source(long)}). Public data: no access check (pages apply the
 * small-cell suppression when they show it).
 */
@Service
public class EducationFacts {

    private final JdbcClient jdbc;
    private final Sources sources;

    EducationFacts(JdbcClient jdbc, Sources sources) {
        this.jdbc = jdbc;
        this.sources = sources;
    }

    /** Supply by source, provider, qualification, year (newest first) and language. */
    public List<SupplyFact> supply(FactFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params, "year");
        return jdbc.sql("select source_id, provider_code, provider_id, provider_name, qualification_code, year,"
                        + " language, start_places, new_students, students, graduates from education_supply"
                        + where
                        + " order by source_id desc, provider_name, qualification_code, year desc, language")
                .params(params)
                .query(EducationFacts::supply)
                .list();
    }

    /** Outcomes by source, provider (area rows last), area, qualification, cohort (newest first), language. */
    public List<OutcomeFact> outcomes(FactFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params, "cohort_year");
        return jdbc.sql("select source_id, provider_code, provider_id, area_code, qualification_code, cohort_year,"
                        + " language, graduates, employed, further_studies, unemployed, other"
                        + " from graduate_outcome"
                        + where
                        + " order by source_id desc, provider_code nulls last, area_code, qualification_code,"
                        + " cohort_year desc, language")
                .params(params)
                .query(EducationFacts::outcome)
                .list();
    }

    /** Outcomes of a qualification and cohort per area (provider null): SSS and the regions. */
    public List<OutcomeFact> areaOutcomes(String qualificationCode, int cohortYear) {
        return outcomes(new FactFilter(null, qualificationCode, cohortYear, null)).stream()
                .filter(o -> !o.perProvider())
                .toList();
    }

    public Optional<Source> source(long sourceId) {
        return sources.find(sourceId);
    }

    /** The providers that have supply figures: code and name, by name. */
    public List<ProviderOption> providers() {
        return jdbc.sql("select provider_code, min(provider_name) as name from education_supply"
                        + " group by provider_code order by 2, 1")
                .query((rs, n) -> new ProviderOption(rs.getString("provider_code"), rs.getString("name")))
                .list();
    }

    /** The years with supply figures, newest first. */
    public List<Integer> years() {
        return jdbc.sql("select distinct year from education_supply order by year desc")
                .query(Integer.class)
                .list();
    }

    /** The qualifications with supply figures. */
    public List<String> qualificationCodes() {
        return jdbc.sql("select distinct qualification_code from education_supply order by 1")
                .query(String.class)
                .list();
    }

    /** A provider as it appears in the figures. */
    public record ProviderOption(String code, String name) {}

    private static String where(FactFilter filter, Map<String, Object> params, String yearColumn) {
        List<String> where = new ArrayList<>();
        if (filter.provider() != null) {
            where.add("provider_code = :provider");
            params.put("provider", filter.provider());
        }
        if (filter.qualification() != null) {
            where.add("qualification_code = :qualification");
            params.put("qualification", filter.qualification());
        }
        if (filter.year() != null) {
            where.add(yearColumn + " = :year");
            params.put("year", filter.year());
        }
        if (filter.language() != null) {
            where.add("language = :language");
            params.put("language", filter.language());
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    private static SupplyFact supply(ResultSet rs, int row) throws SQLException {
        return new SupplyFact(
                rs.getLong("source_id"),
                rs.getString("provider_code"),
                (Long) rs.getObject("provider_id", Long.class),
                rs.getString("provider_name"),
                rs.getString("qualification_code"),
                rs.getInt("year"),
                rs.getString("language"),
                rs.getObject("start_places", Integer.class),
                rs.getObject("new_students", Integer.class),
                rs.getObject("students", Integer.class),
                rs.getObject("graduates", Integer.class));
    }

    private static OutcomeFact outcome(ResultSet rs, int row) throws SQLException {
        return new OutcomeFact(
                rs.getLong("source_id"),
                rs.getString("provider_code"),
                rs.getObject("provider_id", Long.class),
                rs.getString("area_code"),
                rs.getString("qualification_code"),
                rs.getInt("cohort_year"),
                rs.getString("language"),
                rs.getObject("graduates", Integer.class),
                rs.getObject("employed", Integer.class),
                rs.getObject("further_studies", Integer.class),
                rs.getObject("unemployed", Integer.class),
                rs.getObject("other", Integer.class));
    }
}
