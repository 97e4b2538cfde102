package fi.livskraft.evidence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One labour-market measure for every area of a level in the newest month that has it (public API
 * of the module, for the map and the start page). The source order is {@link LabourMarket}'s: real
 * before demonstration, then the newest vintage, then the newest import.
 */
@Service
public class AreaFigures {

    private final JdbcClient jdbc;
    private final LabourMarket labourMarket;

    AreaFigures(JdbcClient jdbc, LabourMarket labourMarket) {
        this.jdbc = jdbc;
        this.labourMarket = labourMarket;
    }

    /**
     * The figures of every area whose code starts with {@code areaPrefix} (SSS, MK, KU) for one
     * occupation (SSS: all) and measure, in the newest month any such area has that measure; one
     * fact per area, missing values (null) included.
     */
    public List<LabourFact> newestMonth(String areaPrefix, String occupationCode, String measure) {
        List<Object[]> rows = jdbc.sql("""
                        with scope as (
                          select f.*, s.id as sid, s.demo, s.vintage, s.imported_at
                          from labour_market_fact f join evidence_source s on s.id = f.source_id
                          where f.area_code like :prefix and f.occupation_code = :occupation
                            and f.measure = :measure and f.duration_class = 'ALL' and f.language = 'all')
                        select distinct on (area_code) area_code, occupation_code, period, measure, duration_class,
                               value, status, sid
                        from scope where period = (select max(period) from scope)
                        order by area_code, demo, vintage desc, imported_at desc, sid desc
                        """)
                .param("prefix", areaPrefix + "%")
                .param("occupation", occupationCode)
                .param("measure", measure)
                .query((rs, n) -> new Object[] {
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getBigDecimal(6),
                    rs.getString(7),
                    rs.getLong(8)
                })
                .list();
        Map<Long, Source> cache = new HashMap<>();
        return rows.stream().map(r -> labourMarket.fact(r, cache)).toList();
    }
}
