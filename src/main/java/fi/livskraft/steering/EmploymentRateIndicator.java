package fi.livskraft.steering;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Graduates' employment rate: employed one year after graduation per graduate of the provider's
 * cohort, all qualifications and languages ({@code graduate_outcome}, the newest source of each cohort).
 */
@Component
class EmploymentRateIndicator implements Indicator {

    private final JdbcClient jdbc;

    EmploymentRateIndicator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String code() {
        return "EMPLOYMENT_RATE";
    }

    @Override
    public Unit unit() {
        return Unit.PERCENT;
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
                        with newest as (
                            select cohort_year, max(source_id) as source_id from graduate_outcome
                            where provider_id = ? group by cohort_year)
                        select o.cohort_year as year, sum(o.employed) as num, sum(o.graduates) as den
                        from graduate_outcome o join newest n
                          on n.cohort_year = o.cohort_year and n.source_id = o.source_id
                        where o.provider_id = ? and o.language = 'all'
                          and o.employed is not null and o.graduates is not null
                        group by o.cohort_year having sum(o.graduates) > 0 order by o.cohort_year
                        """)
                .params(providerId, providerId)
                .query((rs, n) -> {
                    BigDecimal num = rs.getBigDecimal("num");
                    BigDecimal den = rs.getBigDecimal("den");
                    return new Point(rs.getInt("year"), Ratio.percent(num, den), Ratio.basis(num, den));
                })
                .list();
    }
}
