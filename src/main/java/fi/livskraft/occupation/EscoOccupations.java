package fi.livskraft.occupation;

import fi.livskraft.common.Names;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to the ESCO occupations and their labels for the other modules. */
@Service
public class EscoOccupations {

    private static final String SELECT = "select uri, code, isco_code, name_fi, name_sv, name_en from esco_occupation";

    private final JdbcClient jdbc;

    EscoOccupations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EscoOccupation> byUri(String uri) {
        return jdbc.sql(SELECT + " where uri = ?")
                .param(uri)
                .query(EscoOccupations::map)
                .optional();
    }

    /** The ESCO occupations under an ISCO-08 unit group, in notation order. */
    public List<EscoOccupation> byIscoGroup(String iscoCode) {
        return jdbc.sql(SELECT + " where isco_code = ? order by string_to_array(code, '.')::int[], uri")
                .param(iscoCode)
                .query(EscoOccupations::map)
                .list();
    }

    /** How many ESCO occupations sit under each ISCO-08 unit group that has any. */
    public Map<String, Integer> countsByIscoGroup() {
        return jdbc
                .sql("select isco_code, count(*) as n from esco_occupation group by isco_code")
                .query((rs, n) -> Map.entry(rs.getString("isco_code"), rs.getInt("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public long count() {
        return jdbc.sql("select count(*) from esco_occupation")
                .query(Long.class)
                .single();
    }

    /** Every label of an occupation in one language (fi, sv, en): preferred first, then alternative, hidden. */
    public List<EscoLabel> labels(String uri, String language) {
        return jdbc.sql("""
                select uri, language, kind, label from esco_label where uri = ? and language = ?
                order by case kind when 'PREFERRED' then 0 when 'ALTERNATIVE' then 1 else 2 end, label
                """)
                .params(uri, language)
                .query((rs, n) -> new EscoLabel(
                        rs.getString("uri"),
                        rs.getString("language"),
                        LabelKind.valueOf(rs.getString("kind")),
                        rs.getString("label")))
                .list();
    }

    private static EscoOccupation map(ResultSet rs, int row) throws SQLException {
        return new EscoOccupation(
                rs.getString("uri"),
                rs.getString("code"),
                rs.getString("isco_code"),
                new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")));
    }
}
