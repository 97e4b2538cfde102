package fi.livskraft.evidence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read access to labour-market facts for the other modules. Where several sources hold the same
 * cell, the real (non-demonstration) source wins, then the latest vintage, then the latest import.
 * Area codes as StatFin writes them: SSS, MK01, SK011, KU049; occupations: ISCO-08 codes, SSS.
 */
@Service
public class LabourMarket {

    private static final String ORDER = " order by s.demo, s.vintage desc, s.imported_at desc, s.id desc";

    private final JdbcClient jdbc;
    private final Sources sources;

    LabourMarket(JdbcClient jdbc, Sources sources) {
        this.jdbc = jdbc;
        this.sources = sources;
    }

    /** The figure of one area, occupation, month (2023M01) and measure, over all duration classes. */
    public Optional<LabourFact> value(String areaCode, String occupationCode, String period, String measure) {
        return jdbc.sql("select f.*, s.id as sid from labour_market_fact f join evidence_source s on s.id = f.source_id"
                        + " where f.area_code = ? and f.occupation_code = ? and f.period = ? and f.measure = ?"
                        + " and f.duration_class = 'ALL' and f.language = 'all'" + ORDER + " limit 1")
                .params(areaCode, occupationCode, period, measure)
                .query(LabourMarket::row)
                .optional()
                .map(this::fact);
    }

    /**
     * Unemployed jobseekers of a municipality (3-digit code) by unemployment duration class, for the
     * latest month any source has, one row per class (LT3M, 3-6M, 6-12M, 12-24M, GE24M); empty when
     * no duration table has been imported.
     */
    public List<LabourFact> unemployedByDuration(String municipalityCode) {
        return unemployedByDurationOf("KU" + municipalityCode);
    }

    /** As {@link #unemployedByDuration}, for any area code (SSS, MK15, KU499). */
    public List<LabourFact> unemployedByDurationOf(String area) {
        List<Object[]> rows =
                jdbc.sql("""
                        select distinct on (f.duration_class) f.*, s.id as sid
                        from labour_market_fact f join evidence_source s on s.id = f.source_id
                        where f.area_code = :area and f.measure = 'UNEMPLOYED_JOBSEEKERS'
                          and f.duration_class <> 'ALL' and f.language = 'all' and f.occupation_code = 'SSS'
                          and f.period = (select max(period) from labour_market_fact
                                          where area_code = :area and measure = 'UNEMPLOYED_JOBSEEKERS'
                                            and duration_class <> 'ALL')
                        order by f.duration_class, s.demo, s.vintage desc, s.imported_at desc, s.id desc
                        """).param("area", area).query(LabourMarket::row).list();
        Map<Long, Source> cache = new HashMap<>();
        return rows.stream()
                .map(r -> fact(r, cache))
                .sorted((a, b) -> Integer.compare(
                        LabourMeasures.DURATION_CLASSES.indexOf(a.durationClass()),
                        LabourMeasures.DURATION_CLASSES.indexOf(b.durationClass())))
                .toList();
    }

    /**
     * Monthly area totals (all occupations, durations and languages) of one measure for the given
     * area codes from a month on (2023M01, inclusive; null: all), the best source per cell: area
     * code to period (oldest first) to figure.
     */
    public Map<String, java.util.SortedMap<String, LabourFact>> totals(
            java.util.Collection<String> areaCodes, String measure, String fromPeriod) {
        Map<String, java.util.SortedMap<String, LabourFact>> out = new HashMap<>();
        if (areaCodes.isEmpty()) {
            return out;
        }
        List<Object[]> rows = jdbc.sql("""
                        select distinct on (f.area_code, f.period) f.*, s.id as sid
                        from labour_market_fact f join evidence_source s on s.id = f.source_id
                        where f.area_code in (:areas) and f.measure = :measure and f.occupation_code = 'SSS'
                          and f.duration_class = 'ALL' and f.language = 'all' and f.period >= :from
                        order by f.area_code, f.period, s.demo, s.vintage desc, s.imported_at desc, s.id desc
                        """)
                .param("areas", List.copyOf(areaCodes))
                .param("measure", measure)
                .param("from", fromPeriod == null ? "" : fromPeriod)
                .query(LabourMarket::row)
                .list();
        Map<Long, Source> cache = new HashMap<>();
        for (Object[] r : rows) {
            LabourFact f = fact(r, cache);
            out.computeIfAbsent(f.areaCode(), k -> new java.util.TreeMap<>()).put(f.period(), f);
        }
        return out;
    }

    /** The latest month with a total of the measure for the area (2023M10), if any. */
    public java.util.Optional<String> latestPeriod(String areaCode, String measure) {
        return jdbc.sql("""
                        select max(period) from labour_market_fact
                        where area_code = ? and measure = ? and occupation_code = 'SSS' and duration_class = 'ALL'
                          and language = 'all' and value is not null
                        """).params(areaCode, measure).query(String.class).optional();
    }

    private static Object[] row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Object[] {
            rs.getString("area_code"),
            rs.getString("occupation_code"),
            rs.getString("period"),
            rs.getString("measure"),
            rs.getString("duration_class"),
            rs.getBigDecimal("value"),
            rs.getString("status"),
            rs.getLong("sid")
        };
    }

    private LabourFact fact(Object[] r) {
        return fact(r, new HashMap<>());
    }

    /** A row (area, occupation, period, measure, duration, value, status, source id) as a fact. */
    LabourFact fact(Object[] r, Map<Long, Source> cache) {
        Source source =
                cache.computeIfAbsent((Long) r[7], id -> sources.find(id).orElseThrow());
        return new LabourFact(
                (String) r[0],
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                (java.math.BigDecimal) r[5],
                (String) r[6],
                source);
    }
}
