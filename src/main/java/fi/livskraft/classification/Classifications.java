package fi.livskraft.classification;

import fi.livskraft.common.Folding;
import fi.livskraft.common.Names;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to qualifications and ISCO-08 groups for the other modules. */
@Service
public class Classifications {

    static final String QUALIFICATION_SELECT = "select code, type, name_fi, name_sv, name_en from qualification";
    static final String ISCO_SELECT = "select code, level, parent_code, name_fi, name_sv, name_en from isco_group";

    /**
     * Matches a text in any language's name (case-insensitive substring) or as the start of the
     * code. Uses {@code strpos}, so {@code %} and {@code _} in the text are plain characters.
     */
    private static final String TEXT_MATCH = "(starts_with(code, :q) or strpos(lower(name_fi), lower(:q)) > 0"
            + " or strpos(lower(name_sv), lower(:q)) > 0 or strpos(lower(name_en), lower(:q)) > 0)";

    private final JdbcClient jdbc;

    Classifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Qualification> qualification(String code) {
        return jdbc.sql(QUALIFICATION_SELECT + " where code = ?")
                .param(code)
                .query(Classifications::qualification)
                .optional();
    }

    public List<Qualification> qualifications(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(QUALIFICATION_SELECT + " where code in (:codes) order by name_fi")
                .param("codes", codes)
                .query(Classifications::qualification)
                .list();
    }

    /**
     * Qualifications of a type (all types when null) whose code starts with the text or whose
     * Finnish, Swedish or English name contains it (every qualification when the text is blank),
     * ordered by code.
     */
    public List<Qualification> qualifications(QualificationType type, String text) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (type != null) {
            where.add("type = :type");
            params.put("type", type.name());
        }
        if (text != null && !text.isBlank()) {
            where.add(TEXT_MATCH);
            params.put("q", text.strip());
        }
        String sql = QUALIFICATION_SELECT + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by code";
        return jdbc.sql(sql)
                .params(params)
                .query(Classifications::qualification)
                .list();
    }

    /**
     * Search for other modules (site search, matching of needs): qualifications whose code starts
     * with the text or whose name in any language contains it; exact codes first, then names that
     * start with the text, upper secondary before further and specialist qualifications.
     */
    public List<Qualification> search(String text, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        return jdbc.sql(QUALIFICATION_SELECT + " where " + TEXT_MATCH + """
                 order by case when code = :q then 0
                               when starts_with(lower(name_fi), lower(:q)) or starts_with(lower(name_sv), lower(:q))
                                 or starts_with(lower(name_en), lower(:q)) then 1
                               else 2 end,
                          case type when 'UPPER_SECONDARY' then 0 when 'FURTHER' then 1 else 2 end,
                          name_fi, code
                 limit :limit
                """)
                .param("q", text.strip())
                .param("limit", Math.min(limit, 1000))
                .query(Classifications::qualification)
                .list();
    }

    /** An ISCO-08 unit group whose name matched a search, with the rank of the match. */
    public record IscoMatch(IscoGroup group, int rank) {}

    /**
     * ISCO-08 unit groups (level 4) whose Finnish, Swedish or English name contains the text, with or
     * without diacritics, or whose code starts with it: exact (rank 0), starting with the text (1),
     * the rest (2). The group names are plural ("Undersköterskor", "Hitsaajat"), so a word of six
     * letters or more also matches without its last one or two vowels, n, r or t ("undersköterska"
     * finds "Undersköterskor").
     */
    public List<IscoMatch> searchIscoGroups(String text, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from (
                          select g.*, (select min(case when f = :q or g.code = :raw then 0 when strpos(f, :stem) = 1
                                                          or starts_with(g.code, :raw) then 1 else 2 end)
                                         from unnest(array[%1$s, %2$s, %3$s]) f
                                        where strpos(f, :stem) > 0 or starts_with(g.code, :raw)) as rank
                            from isco_group g where g.level = 4) m
                         where rank is not null
                         order by rank, code limit :limit
                        """.formatted(Folding.sql("g.name_fi"), Folding.sql("g.name_sv"), Folding.sql("g.name_en")))
                .param("q", Folding.fold(text.strip()))
                .param("stem", stem(Folding.fold(text.strip())))
                .param("raw", text.strip())
                .param("limit", Math.min(limit, 100))
                .query((rs, n) -> new IscoMatch(iscoGroup(rs, n), rs.getInt("rank")))
                .list();
    }

    /** A folded word without up to two final vowels, n, r or t, when six letters or more are left. */
    static String stem(String folded) {
        String stem = folded;
        for (int i = 0; i < 2 && stem.length() > 6 && "aeiouyrnt".indexOf(stem.charAt(stem.length() - 1)) >= 0; i++) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }

    /** How many qualifications of each type there are. */
    public Map<QualificationType, Integer> qualificationCounts() {
        Map<QualificationType, Integer> counts = new EnumMap<>(QualificationType.class);
        for (QualificationType type : QualificationType.values()) {
            counts.put(type, 0);
        }
        jdbc.sql("select type, count(*) as n from qualification group by type")
                .query((rs, n) -> counts.put(QualificationType.valueOf(rs.getString("type")), rs.getInt("n")))
                .list();
        return counts;
    }

    public Optional<IscoGroup> iscoGroup(String code) {
        return jdbc.sql(ISCO_SELECT + " where code = ?")
                .param(code)
                .query(Classifications::iscoGroup)
                .optional();
    }

    /** The ISCO-08 groups of a level (1-4), or of every level when null, in code order. */
    public List<IscoGroup> iscoGroups(Integer level) {
        if (level == null) {
            return jdbc.sql(ISCO_SELECT + " order by code collate \"C\"")
                    .query(Classifications::iscoGroup)
                    .list();
        }
        return jdbc.sql(ISCO_SELECT + " where level = ? order by code collate \"C\"")
                .param(level)
                .query(Classifications::iscoGroup)
                .list();
    }

    /** The groups directly under a group, in code order. */
    public List<IscoGroup> children(String code) {
        return jdbc.sql(ISCO_SELECT + " where parent_code = ? order by code collate \"C\"")
                .param(code)
                .query(Classifications::iscoGroup)
                .list();
    }

    /** The groups above a group, from the major group down to its parent (empty for a major group). */
    public List<IscoGroup> ancestors(String code) {
        List<IscoGroup> chain = new ArrayList<>();
        for (int length = 1; length < code.length(); length++) {
            iscoGroup(code.substring(0, length)).ifPresent(chain::add);
        }
        return chain;
    }

    static Qualification qualification(ResultSet rs, int row) throws SQLException {
        return new Qualification(
                rs.getString("code"),
                QualificationType.valueOf(rs.getString("type")),
                new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")));
    }

    static IscoGroup iscoGroup(ResultSet rs, int row) throws SQLException {
        return new IscoGroup(
                rs.getString("code"),
                rs.getInt("level"),
                rs.getString("parent_code"),
                new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")));
    }
}
