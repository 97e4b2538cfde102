package fi.livskraft.steering;

import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Municipal population on 31 December of a year, for the population rule. Shipped for the owner
 * municipalities of the demonstration joint authorities (source says "verify" where not checked);
 * the coordinator adds and corrects figures (audited, optimistic lock).
 */
@Service
public class Populations {

    /** A population figure with its source. */
    public record Figure(String municipalityCode, int year, int population, String source, int version) {}

    /** Populations of a set of municipalities in one year: the newest year every one of them has. */
    public record Census(Integer year, String source, Map<String, Integer> populations) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Populations(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Figure> list() {
        return jdbc.sql("select municipality_code, year, population, source, version from municipality_population"
                        + " order by year desc, municipality_code")
                .query((rs, n) ->
                        new Figure(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    /**
     * The newest year for which all the municipalities have a figure; when none has one for all, the
     * newest year any of them has (the missing ones are absent from the map, and the rule refuses).
     */
    public Census census(List<String> municipalityCodes) {
        if (municipalityCodes.isEmpty()) {
            return new Census(null, null, Map.of());
        }
        String in = String.join(",", municipalityCodes.stream().map(c -> "?").toList());
        Optional<Integer> complete = jdbc.sql("select year from municipality_population where municipality_code in ("
                        + in + ") group by year having count(*) = ? order by year desc limit 1")
                .params(concat(municipalityCodes, municipalityCodes.size()))
                .query(Integer.class)
                .optional();
        Optional<Integer> year = complete.isPresent()
                ? complete
                : jdbc.sql("select max(year) from municipality_population where municipality_code in (" + in + ")")
                        .params(municipalityCodes.toArray())
                        .query(Integer.class)
                        .optional();
        if (year.isEmpty() || year.get() == null) {
            return new Census(null, null, Map.of());
        }
        Map<String, Integer> populations = new HashMap<>();
        List<String> sources = jdbc.sql("select municipality_code, population, source from municipality_population"
                        + " where year = ? and municipality_code in (" + in + ") order by municipality_code")
                .params(concat(List.of(year.get()), municipalityCodes.toArray()))
                .query((rs, n) -> {
                    populations.put(rs.getString(1), rs.getInt(2));
                    return rs.getString(3);
                })
                .list();
        return new Census(
                year.get(), String.join("; ", sources.stream().distinct().toList()), populations);
    }

    /** Adds or corrects a figure (coordinator); {@code version} is null for a new figure. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Figure put(String municipalityCode, int year, Integer population, String source, Integer version) {
        if (population == null || population <= 0) {
            throw new InvalidInputException(FieldError.of("population", "steering.error.population-positive"));
        }
        if (source == null || source.isBlank()) {
            throw new InvalidInputException(FieldError.of("source", "steering.error.required"));
        }
        Optional<Figure> before = find(municipalityCode, year);
        if (before.isEmpty()) {
            boolean known = jdbc.sql("select count(*) from municipality where code = ?")
                            .param(municipalityCode)
                            .query(Integer.class)
                            .single()
                    > 0;
            if (!known) {
                throw new InvalidInputException(
                        FieldError.of("municipalityCode", "steering.error.unknown-municipality", municipalityCode));
            }
            jdbc.sql("insert into municipality_population (municipality_code, year, population, source)"
                            + " values (?, ?, ?, ?)")
                    .params(municipalityCode, year, population, source.strip())
                    .update();
        } else {
            int updated = jdbc.sql(
                            "update municipality_population set population = ?, source = ?, version = version + 1"
                                    + " where municipality_code = ? and year = ? and version = ?")
                    .params(population, source.strip(), municipalityCode, year, version == null ? -1 : version)
                    .update();
            if (updated == 0) {
                throw new ConcurrentEditException("municipality_population", municipalityCode + "/" + year);
            }
        }
        Figure after = find(municipalityCode, year).orElseThrow();
        audit.record(
                before.isEmpty() ? "CREATE" : "UPDATE",
                "municipality-population",
                municipalityCode + "/" + year,
                "population " + municipalityCode + " " + year,
                before.orElse(null),
                after);
        return after;
    }

    Optional<Figure> find(String code, int year) {
        return jdbc.sql("select municipality_code, year, population, source, version from municipality_population"
                        + " where municipality_code = ? and year = ?")
                .params(code, year)
                .query((rs, n) ->
                        new Figure(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getInt(5)))
                .optional();
    }

    private static Object[] concat(List<?> first, Object... rest) {
        Object[] all = new Object[first.size() + rest.length];
        for (int i = 0; i < first.size(); i++) {
            all[i] = first.get(i);
        }
        System.arraycopy(rest, 0, all, first.size(), rest.length);
        return all;
    }
}
