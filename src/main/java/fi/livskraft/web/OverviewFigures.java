package fi.livskraft.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts shown on the overview page, read in one query. */
@Component
class OverviewFigures {

    record Figures(
            long municipalities,
            long regions,
            long employmentAreas,
            long qualifications,
            long iscoGroups,
            long providers,
            long participants,
            long pendingJoinRequests,
            String referenceDataUpdated) {}

    private final JdbcClient jdbc;

    OverviewFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Figures current() {
        return jdbc.sql("""
                select (select count(*) from municipality) as municipalities,
                       (select count(*) from region) as regions,
                       (select count(*) from employment_area) as employment_areas,
                       (select count(*) from qualification) as qualifications,
                       (select count(*) from isco_group) as isco_groups,
                       (select count(*) from provider) as providers,
                       (select count(*) from participant) as participants,
                       (select count(*) from join_request where status = 'PENDING') as pending,
                       (select to_char(max(imported_at) at time zone 'Europe/Helsinki', 'YYYY-MM-DD')
                          from reference_import) as reference_updated
                """)
                .query((rs, n) -> new Figures(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getString(9)))
                .single();
    }
}
