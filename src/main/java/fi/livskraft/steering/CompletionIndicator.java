package fi.livskraft.steering;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Completion: the provider's graduates in a year per its new students three years earlier, all
 * qualifications and languages ({@code education_supply}, the newest source of each year). A cohort
 * proxy: vocational studies take about three years.
 */
@Component
class CompletionIndicator implements Indicator {

    static final int YEARS = 3;

    private final JdbcClient jdbc;

    CompletionIndicator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String code() {
        return "COMPLETION";
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
                            select year, max(source_id) as source_id from education_supply
                            where provider_id = ? group by year),
                        yearly as (
                            select s.year, sum(s.graduates) as graduates, sum(s.new_students) as new_students
                            from education_supply s join newest n on n.year = s.year and n.source_id = s.source_id
                            where s.provider_id = ? group by s.year)
                        select g.year, g.graduates as num, s.new_students as den
                        from yearly g join yearly s on s.year = g.year - ?
                        where g.graduates is not null and s.new_students > 0 order by g.year
                        """)
                .params(providerId, providerId, YEARS)
                .query((rs, n) -> {
                    BigDecimal num = rs.getBigDecimal("num");
                    BigDecimal den = rs.getBigDecimal("den");
                    return new Point(rs.getInt("year"), Ratio.percent(num, den), Ratio.basis(num, den));
                })
                .list();
    }
}
