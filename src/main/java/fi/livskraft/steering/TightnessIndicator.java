package fi.livskraft.steering;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Labour-market tightness in the occupations the provider trains for: open vacancies per unemployed
 * jobseeker (V/U), summed over the months of a year, the provider's licence-area municipalities and
 * the occupations its qualifications lead to in the current crosswalk ({@code labour_market_fact},
 * {@code qualification_occupation}).
 */
@Component
class TightnessIndicator implements Indicator {

    private final JdbcClient jdbc;

    TightnessIndicator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String code() {
        return "TIGHTNESS";
    }

    @Override
    public Unit unit() {
        return Unit.RATIO;
    }

    @Override
    public Direction direction() {
        return Direction.UP;
    }

    @Override
    public Kind kind() {
        return Kind.COMPUTED;
    }

    @Override
    public List<Point> series(long providerId) {
        return jdbc.sql("""
                        with occupations as (
                            select distinct qo.isco_code from qualification_occupation qo
                            join provider_qualification pq on pq.qualification_code = qo.qualification_code
                            where pq.provider_id = ? and qo.valid_to is null),
                        areas as (select distinct 'MK' || m.region_code as code from provider_area pa
                            join municipality m on m.code = pa.municipality_code where pa.provider_id = ?)
                        select cast(substr(f.period, 1, 4) as integer) as year,
                               sum(f.value) filter (where f.measure = 'OPEN_VACANCIES') as num,
                               sum(f.value) filter (where f.measure = 'UNEMPLOYED_JOBSEEKERS') as den
                        from labour_market_fact f
                        where f.area_code in (select code from areas)
                          and f.occupation_code in (select isco_code from occupations)
                          and f.duration_class = 'ALL' and f.language = 'all' and f.value is not null
                        group by 1
                        having sum(f.value) filter (where f.measure = 'UNEMPLOYED_JOBSEEKERS') > 0
                           and sum(f.value) filter (where f.measure = 'OPEN_VACANCIES') is not null
                        order by 1
                        """)
                .params(providerId, providerId)
                .query((rs, n) -> {
                    BigDecimal num = rs.getBigDecimal("num");
                    BigDecimal den = rs.getBigDecimal("den");
                    return new Point(rs.getInt("year"), Ratio.of(num, den), Ratio.basis(num, den));
                })
                .list();
    }
}
