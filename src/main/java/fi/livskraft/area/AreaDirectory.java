package fi.livskraft.area;

import fi.livskraft.common.Folding;
import fi.livskraft.common.Names;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to municipalities for the other modules. */
@Service
public class AreaDirectory {

    /** Region code of Åland (Ahvenanmaa), which has its own employment services. */
    public static final String ALAND_REGION = "21";

    static final String MUNICIPALITY_SELECT = """
            select m.code, m.name_fi, m.name_sv, m.name_en, m.region_code, m.sub_region_code,
                   m.language_status, em.area_id
            from municipality m left join employment_area_member em on em.municipality_code = m.code
            """;

    private final JdbcClient jdbc;

    AreaDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Municipality> municipalities() {
        return jdbc.sql(MUNICIPALITY_SELECT + " order by m.name_fi collate \"C\"")
                .query(AreaDirectory::municipality)
                .list();
    }

    public Optional<Municipality> municipality(String code) {
        return jdbc.sql(MUNICIPALITY_SELECT + " where m.code = ?")
                .param(code)
                .query(AreaDirectory::municipality)
                .optional();
    }

    /**
     * Today's municipality for a current or former name, in Finnish or Swedish (case-insensitive), or
     * for a current or former code.
     */
    public Optional<Municipality> resolve(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select current_code from (
                          select code as current_code, 0 as rank from municipality
                           where code = :q or %1$s = :folded or %2$s = :folded
                          union all
                          select current_code, 1 from former_municipality
                           where code = :q or %1$s = :folded or %2$s = :folded
                        ) found order by rank limit 1
                        """.formatted(Folding.lowerSql("name_fi"), Folding.lowerSql("name_sv")))
                .param("q", nameOrCode.strip())
                .param("folded", nameOrCode.strip().toLowerCase(Locale.ROOT))
                .query(String.class)
                .optional()
                .flatMap(this::municipality);
    }

    /** A municipality found by search, and the name that matched (a former name, perhaps). */
    public record Match(Municipality municipality, String matchedName, boolean formerName) {}

    /**
     * Municipalities whose current or former Finnish, Swedish or English name contains the text
     * (case-insensitive; å, ä and ö also match a, a and o), best first: exact, then prefix, then
     * anywhere; today's names before former ones.
     */
    public List<Match> search(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        record Hit(String code, String name, boolean former, int rank) {}
        String q = Folding.fold(text.strip());
        return jdbc
                .sql("""
                        with names as (
                          select code as current_code, n as name, false as former
                            from municipality, unnest(array[name_fi, name_sv, name_en]) n
                          union all
                          select current_code, n, true
                            from former_municipality, unnest(array[name_fi, name_sv]) n
                        ), folded as (
                          select current_code, name, former,
                                 %s as f
                            from names
                        )
                        select * from (
                          select distinct on (current_code) current_code, name, former, rank
                            from (select *, case when f = :q then 0 when strpos(f, :q) = 1 then 1 else 2 end as rank
                                    from folded where strpos(f, :q) > 0) hit
                           order by current_code, rank, former, name) best
                        order by rank, former, name limit :limit
                        """.formatted(Folding.sql("name")))
                .param("q", q)
                .param("limit", Math.max(1, Math.min(limit, 100)))
                .query((rs, n) -> new Hit(
                        rs.getString("current_code"), rs.getString("name"), rs.getBoolean("former"), rs.getInt("rank")))
                .list()
                .stream()
                .map(h -> new Match(municipality(h.code()).orElseThrow(), h.name(), h.former()))
                .toList();
    }

    static Municipality municipality(ResultSet rs, int row) throws SQLException {
        return new Municipality(
                rs.getString("code"),
                new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
                rs.getString("region_code"),
                rs.getString("sub_region_code"),
                LanguageStatus.valueOf(rs.getString("language_status")),
                rs.getString("area_id"));
    }
}
