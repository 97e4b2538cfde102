package fi.livskraft.dialogue;

import fi.livskraft.common.Names;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names of areas and organisations a need refers to, read from the shipped reference data and the
 * registry (read only): municipalities, employment areas, regions, employers, providers.
 */
@Component
public class Places {

    /** An area a need may be for. */
    public record Area(AreaKind kind, String code, Names names, String employmentAreaId) {

        public String key() {
            return kind.name() + ":" + code;
        }
    }

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Area> area(AreaKind kind, String code) {
        String sql = switch (kind) {
            case MUNICIPALITY -> """
                            select m.code, m.name_fi, m.name_sv, m.name_en, e.area_id as ea
                            from municipality m left join employment_area_member e on e.municipality_code = m.code
                            where m.code = ?""";
            case EMPLOYMENT_AREA ->
                "select id as code, name_fi, name_sv, name_en, id as ea" + " from employment_area where id = ?";
            case REGION -> "select code, name_fi, name_sv, name_en, null as ea from region where code = ?";
        };
        return jdbc.sql(sql).param(code).query((rs, n) -> area(kind, rs)).optional();
    }

    /** Every area, for the need form: employment areas, regions, then municipalities. */
    public List<Area> areas() {
        List<Area> out = new java.util.ArrayList<>();
        out.addAll(
                jdbc.sql("select id as code, name_fi, name_sv, name_en, id as ea from employment_area order by name_fi")
                        .query((rs, n) -> area(AreaKind.EMPLOYMENT_AREA, rs))
                        .list());
        out.addAll(jdbc.sql("select code, name_fi, name_sv, name_en, null as ea from region order by code")
                .query((rs, n) -> area(AreaKind.REGION, rs))
                .list());
        out.addAll(
                jdbc.sql("""
                        select m.code, m.name_fi, m.name_sv, m.name_en, e.area_id as ea
                        from municipality m left join employment_area_member e on e.municipality_code = m.code
                        order by m.name_fi""").query((rs, n) -> area(AreaKind.MUNICIPALITY, rs)).list());
        return out;
    }

    private static Area area(AreaKind kind, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Area(
                kind,
                rs.getString("code"),
                new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
                rs.getString("ea"));
    }

    public Optional<String> employerName(String id) {
        if (!id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return jdbc.sql("select name from employer where id = ?")
                .param(Long.parseLong(id))
                .query(String.class)
                .optional();
    }

    public Optional<Names> providerName(long id) {
        return jdbc.sql("select name_fi, name_sv, name_en from provider where id = ?")
                .param(id)
                .query((rs, n) -> new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")))
                .optional();
    }

    /**
     * The name of the organisation behind a raiser option ("EMPLOYER:12", "OWNER:905",
     * "EMPLOYMENT_AREA:id"); empty for "COORDINATOR" or an unknown reference.
     */
    public Optional<Names> raiserName(String option) {
        String[] parts = option.split(":", 2);
        if (parts.length < 2) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "EMPLOYER" -> employerName(parts[1]).map(n -> new Names(n, n, n));
            case "OWNER" -> area(AreaKind.MUNICIPALITY, parts[1]).map(Area::names);
            case "EMPLOYMENT_AREA" -> area(AreaKind.EMPLOYMENT_AREA, parts[1]).map(Area::names);
            default -> Optional.empty();
        };
    }

    /** Whether a four-digit ISCO-08 unit group exists, with its names. */
    public Optional<Names> iscoUnitGroup(String code) {
        return jdbc.sql("select name_fi, name_sv, name_en from isco_group where code = ? and level = 4")
                .param(code)
                .query((rs, n) -> new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")))
                .optional();
    }

    public Optional<Names> qualification(String code) {
        return jdbc.sql("select name_fi, name_sv, name_en from qualification where code = ?")
                .param(code)
                .query((rs, n) -> new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")))
                .optional();
    }
}
