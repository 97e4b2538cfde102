package fi.livskraft.steering;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Share of the provider's start places taught in Swedish, per year ({@code education_supply}, newest source). */
@Component
class SwedishStartPlacesIndicator implements Indicator {

    private final JdbcClient jdbc;

    SwedishStartPlacesIndicator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String code() {
        return "SWEDISH_START_PLACES";
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
                            where provider_id = ? group by year)
                        select s.year, coalesce(sum(s.start_places) filter (where s.language = 'sv'), 0) as num,
                               sum(s.start_places) as den
                        from education_supply s join newest n on n.year = s.year and n.source_id = s.source_id
                        where s.provider_id = ? and s.start_places is not null
                        group by s.year having sum(s.start_places) > 0 order by s.year
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
