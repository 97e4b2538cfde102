package fi.livskraft.economypages;

import fi.livskraft.area.AreaDirectory;
import fi.livskraft.area.Municipality;
import fi.livskraft.common.Names;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The employment areas as the economy pages need them: id, names and member municipalities. The
 * names are read from the area module's table (it offers no public list); members come from
 * {@link AreaDirectory}.
 */
@Component
class AreaCatalogue {

    /** An employment area with its members, sorted by code. */
    record Area(String id, Names names, List<Municipality> members) {}

    private final JdbcClient jdbc;
    private final AreaDirectory directory;

    AreaCatalogue(JdbcClient jdbc, AreaDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    List<Area> areas() {
        Map<String, List<Municipality>> members = directory.municipalities().stream()
                .filter(m -> m.employmentAreaId() != null)
                .sorted(Comparator.comparing(Municipality::code))
                .collect(Collectors.groupingBy(Municipality::employmentAreaId));
        return jdbc.sql("select id, name_fi, name_sv, name_en from employment_area order by name_fi")
                .query((rs, n) -> new Area(
                        rs.getString("id"),
                        new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
                        members.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }

    Optional<Area> area(String id) {
        return areas().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The area for an id or a Finnish, Swedish or English name (any case) as Kela's files give it. */
    Optional<String> resolve(Map<String, String> index, String label) {
        return Optional.ofNullable(index.get(label.strip().toLowerCase(Locale.ROOT)));
    }

    /** Lower-cased id and names of every area, to its id. */
    Map<String, String> index() {
        Map<String, String> index = new java.util.HashMap<>();
        for (Area a : areas()) {
            index.put(a.id().toLowerCase(Locale.ROOT), a.id());
            index.put(a.names().fi().toLowerCase(Locale.ROOT), a.id());
            index.put(a.names().sv().toLowerCase(Locale.ROOT), a.id());
            index.put(a.names().en().toLowerCase(Locale.ROOT), a.id());
        }
        return index;
    }
}
