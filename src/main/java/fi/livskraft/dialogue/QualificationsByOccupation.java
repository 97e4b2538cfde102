package fi.livskraft.dialogue;

import fi.livskraft.common.Names;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the current rows of the qualification -> occupation crosswalk (qualification_occupation,
 * written by the occupation module) for the occupations suggested for a need.
 */
@Component
public class QualificationsByOccupation {

    private final JdbcClient jdbc;

    QualificationsByOccupation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per ISCO code the qualifications that lead to it, highest weight first (at most {@code perOccupation}). */
    public Map<String, List<LeadingQualification>> leadingTo(Collection<String> iscoCodes, int perOccupation) {
        Map<String, List<LeadingQualification>> out = new LinkedHashMap<>();
        if (iscoCodes.isEmpty()) {
            return out;
        }
        List<LeadingQualification> rows = jdbc.sql("""
                select qo.isco_code, q.code, q.name_fi, q.name_sv, q.name_en, qo.weight, qo.confidence, qo.source
                from qualification_occupation qo join qualification q on q.code = qo.qualification_code
                where qo.valid_to is null and qo.isco_code in (:codes)
                order by qo.isco_code, qo.weight desc, q.code
                """)
                .param("codes", List.copyOf(iscoCodes))
                .query((rs, n) -> new LeadingQualification(
                        rs.getString("isco_code"),
                        rs.getString("code"),
                        new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
                        rs.getBigDecimal("weight"),
                        rs.getString("confidence"),
                        rs.getString("source")))
                .list();
        for (LeadingQualification row : rows) {
            List<LeadingQualification> list = out.computeIfAbsent(row.iscoCode(), k -> new java.util.ArrayList<>());
            if (list.size() < perOccupation) {
                list.add(row);
            }
        }
        return out;
    }
}
