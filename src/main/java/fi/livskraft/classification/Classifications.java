package fi.livskraft.classification;

import fi.livskraft.common.Names;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to qualifications and ISCO-08 groups for the other modules. */
@Service
public class Classifications {

    private final JdbcClient jdbc;

    Classifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Qualification> qualification(String code) {
        return jdbc.sql("select code, type, name_fi, name_sv, name_en from qualification where code = ?")
                .param(code)
                .query(Classifications::qualification)
                .optional();
    }

    public List<Qualification> qualifications(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select code, type, name_fi, name_sv, name_en from qualification where code in (:codes)"
                        + " order by name_fi")
                .param("codes", codes)
                .query(Classifications::qualification)
                .list();
    }

    static Qualification qualification(ResultSet rs, int row) throws SQLException {
        return new Qualification(
                rs.getString("code"),
                QualificationType.valueOf(rs.getString("type")),
                new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")));
    }
}
