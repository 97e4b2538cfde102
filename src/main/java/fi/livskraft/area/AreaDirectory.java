package fi.livskraft.area;

import fi.livskraft.common.Names;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
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
        String q = nameOrCode.strip();
        Optional<String> code = jdbc.sql("""
                select code from (
                  select code, 0 as rank from municipality
                   where code = :q or lower(name_fi) = lower(:q) or lower(name_sv) = lower(:q)
                  union all
                  select current_code, 1 from former_municipality
                   where code = :q or lower(name_fi) = lower(:q) or lower(name_sv) = lower(:q)
                ) found order by rank limit 1
                """).param("q", q).query(String.class).optional();
        return code.flatMap(this::municipality);
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
