package fi.livskraft.evidence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which area and occupation codes a labour-market fact may carry, checked against the area and
 * classification reference data: SSS (whole country / all occupations), MKnn region, SKnnn
 * sub-region, KUnnn municipality (current or former, since older statistics use former codes),
 * ELYnn or ELnn ELY centre (01-16), TA:id employment area; ISCO-08 groups of any level and the
 * StatFin X-codes (unknown or other occupation).
 */
@Component
class ReferenceCodes {

    private static final Pattern ELY = Pattern.compile("ELY?(0[1-9]|1[0-6])");
    private static final Pattern X_CODE = Pattern.compile("X\\d{3}");

    private final JdbcClient jdbc;

    ReferenceCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A snapshot of the codes, loaded once per import. */
    Snapshot snapshot() {
        return new Snapshot(
                codes("select code from region"),
                codes("select code from sub_region"),
                codes("select code from municipality union select code from former_municipality"),
                codes("select id from employment_area"),
                codes("select code from isco_group"));
    }

    private Set<String> codes(String sql) {
        List<String> list = jdbc.sql(sql).query(String.class).list();
        return new HashSet<>(list);
    }

    record Snapshot(
            Set<String> regions,
            Set<String> subRegions,
            Set<String> municipalities,
            Set<String> employmentAreas,
            Set<String> isco) {

        boolean area(String code) {
            if (code == null) {
                return false;
            }
            if (code.equals("SSS")) {
                return true;
            }
            if (code.startsWith("MK")) {
                return regions.contains(code.substring(2));
            }
            if (code.startsWith("SK")) {
                return subRegions.contains(code.substring(2));
            }
            if (code.startsWith("KU")) {
                return municipalities.contains(code.substring(2));
            }
            if (code.startsWith("TA:")) {
                return employmentAreas.contains(code.substring(3));
            }
            return ELY.matcher(code).matches();
        }

        boolean occupation(String code) {
            return code != null && (code.equals("SSS") || X_CODE.matcher(code).matches() || isco.contains(code));
        }
    }
}
