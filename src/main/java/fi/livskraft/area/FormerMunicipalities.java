package fi.livskraft.area;

import fi.livskraft.common.Names;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Abolished municipalities, so that old codes and names lead to today's municipality. */
@Service
class FormerMunicipalities {

    private static final String SELECT =
            "select code, name_fi, name_sv, current_code, abolished_year from former_municipality";

    private final JdbcClient jdbc;

    FormerMunicipalities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The municipalities merged into this one, the most recent first. */
    List<FormerMunicipality> mergedInto(String currentCode) {
        return jdbc.sql(SELECT + " where current_code = ? and code <> current_code"
                        + " order by abolished_year desc nulls last, name_fi")
                .param(currentCode)
                .query((rs, n) -> new FormerMunicipality(
                        rs.getString("code"),
                        new Names(rs.getString("name_fi"), rs.getString("name_sv"), ""),
                        rs.getString("current_code"),
                        (Integer) rs.getObject("abolished_year")))
                .list();
    }

    Optional<String> currentCodeOf(String formerCode) {
        return jdbc.sql("select current_code from former_municipality where code = ?")
                .param(formerCode)
                .query(String.class)
                .optional();
    }
}
