package fi.livskraft.area;

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
        // compared in Java: PostgreSQL's lower() leaves Å, Ä and Ö alone under the C locale
        String q = nameOrCode.strip().toLowerCase(Locale.ROOT);
        List<String[]> candidates = jdbc.sql("""
                select code, code as current_code, name_fi, name_sv, 0 as rank from municipality
                union all
                select code, current_code, name_fi, name_sv, 1 from former_municipality
                order by rank, code
                """)
                .query((rs, n) -> new String[] {
                    rs.getString("code"), rs.getString("current_code"), rs.getString("name_fi"), rs.getString("name_sv")
                })
                .list();
        return candidates.stream()
                .filter(c -> c[0].equals(q)
                        || c[2].toLowerCase(Locale.ROOT).equals(q)
                        || c[3].toLowerCase(Locale.ROOT).equals(q))
                .findFirst()
                .flatMap(c -> municipality(c[1]));
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
