package fi.livskraft.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names of the organisations a meeting can have, read from the partnership's registers. */
@Component
class MeetingOrganisations {

    /** An organisation to choose, named in Swedish and Finnish. */
    record Option(String key, String nameSv, String nameFi) {
        String name(Locale locale) {
            return "sv".equals(locale.getLanguage()) ? nameSv : nameFi;
        }
    }

    private final JdbcClient jdbc;

    MeetingOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation's name (Swedish / Finnish when they differ), or empty when unknown. */
    Optional<String> name(String key) {
        if ("COORDINATOR".equals(key)) {
            return Optional.of("Livskraft");
        }
        String[] parts = key == null ? new String[0] : key.split(":", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        String sql = switch (parts[0]) {
            case "OWNER" -> "select name_sv, name_fi from municipality where code = ?";
            case "EMPLOYMENT_AREA" -> "select name_sv, name_fi from employment_area where id = ?";
            case "PROVIDER" -> "select name_sv, name_fi from provider where id::text = ?";
            case "EMPLOYER" -> "select name as name_sv, name as name_fi from employer where id::text = ?";
            default -> null;
        };
        if (sql == null) {
            return Optional.empty();
        }
        return jdbc.sql(sql)
                .param(parts[1])
                .query((rs, n) -> bilingual(rs.getString(1), rs.getString(2)))
                .optional();
    }

    /** Every organisation that may take part: providers, owner municipalities, employment areas, employers. */
    List<Option> options() {
        List<Option> out = new ArrayList<>();
        out.add(new Option("COORDINATOR", "Livskraft", "Livskraft"));
        out.addAll(jdbc.sql("select 'PROVIDER:' || id, name_sv, name_fi from provider order by name_sv")
                .query((rs, n) -> new Option(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list());
        out.addAll(jdbc.sql("select 'OWNER:' || m.code, m.name_sv, m.name_fi from owner o"
                        + " join municipality m on m.code = o.municipality_code order by m.name_sv")
                .query((rs, n) -> new Option(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list());
        out.addAll(jdbc.sql("select 'EMPLOYMENT_AREA:' || id, name_sv, name_fi from employment_area order by name_sv")
                .query((rs, n) -> new Option(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list());
        out.addAll(jdbc.sql("select 'EMPLOYER:' || id, name, name from employer order by name")
                .query((rs, n) -> new Option(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list());
        return out;
    }

    private static String bilingual(String sv, String fi) {
        return sv.equals(fi) ? sv : sv + " / " + fi;
    }
}
