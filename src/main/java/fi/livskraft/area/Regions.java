package fi.livskraft.area;

import fi.livskraft.common.Names;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Regions and sub-regions with the number of municipalities in each. */
@Service
class Regions {

    private static final String REGION_SELECT = """
            select r.code, r.name_fi, r.name_sv, r.name_en, count(m.code) as municipalities
            from region r left join municipality m on m.region_code = r.code
            """;
    private static final String SUB_REGION_SELECT = """
            select s.code, s.name_fi, s.name_sv, s.region_code, count(m.code) as municipalities
            from sub_region s left join municipality m on m.sub_region_code = s.code
            """;

    private final JdbcClient jdbc;

    Regions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Region> list() {
        return jdbc.sql(REGION_SELECT + " group by r.code order by r.code")
                .query((rs, n) -> new Region(
                        rs.getString("code"),
                        new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
                        rs.getInt("municipalities")))
                .list();
    }

    Optional<Region> find(String code) {
        return list().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    List<SubRegion> subRegions() {
        return jdbc.sql(SUB_REGION_SELECT + " group by s.code order by s.code")
                .query((rs, n) -> new SubRegion(
                        rs.getString("code"),
                        new Names(rs.getString("name_fi"), rs.getString("name_sv"), ""),
                        rs.getString("region_code"),
                        rs.getInt("municipalities")))
                .list();
    }

    List<SubRegion> subRegionsOf(String regionCode) {
        return subRegions().stream()
                .filter(s -> s.regionCode().equals(regionCode))
                .toList();
    }
}
