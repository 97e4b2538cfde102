package fi.livskraft.occupation;

import fi.livskraft.common.Folding;
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

    /** An ISCO-08 unit group found through a label of one of its ESCO occupations. */
    public record LabelMatch(String iscoCode, String label, String language, int rank) {}

    /**
     * The ISCO-08 unit groups whose ESCO occupations have a label (any kind, fi, sv or en) that
     * contains the text, with or without diacritics; one row per group with its best label: exact
     * (rank 0), then labels that start with the text (1), then the rest (2), shorter labels first.
     */
    public List<LabelMatch> searchLabels(String text, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from (
                          select distinct on (isco_code) isco_code, label, language, rank from (
                            select o.isco_code, l.label, l.language,
                                   case when l.f = :q then 0 when strpos(l.f, :q) = 1 then 1 else 2 end as rank
                              from (select uri, label, language, %s as f from esco_label) l
                              join esco_occupation o on o.uri = l.uri
                             where strpos(l.f, :q) > 0) hit
                           order by isco_code, rank, length(label), label) best
                        order by rank, length(label), label limit :limit
                        """.formatted(Folding.sql("label")))
                .param("q", Folding.fold(text.strip()))
                .param("limit", Math.min(limit, 100))
                .query((rs, n) -> new LabelMatch(
                        rs.getString("isco_code"), rs.getString("label"), rs.getString("language"), rs.getInt("rank")))
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
