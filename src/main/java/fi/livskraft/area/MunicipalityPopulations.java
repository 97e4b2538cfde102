package fi.livskraft.area;

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
 * Municipal population on 31 December of a year (public API of the module): shipped for every
 * municipality of 2025 for 2000-2022 ({@code referencedata/populations.csv}), later years from
 * Statistics Finland's table 11ra ({@link StatfinPopulationImporter}); the coordinator adds and
 * corrects figures (audited, optimistic lock). Per-inhabitant figures, the map and the population
 * voting rule use the latest year and say which.
 */
@Service
public class MunicipalityPopulations {

    /** A population figure with its source. */
    public record Figure(String municipalityCode, int year, int population, String source, int version) {

        /** Whether the figure is the one shipped with the product (its source then has a translated description). */
        public boolean shipped() {
            return ShippedPopulations.SOURCE.equals(source);
        }
    }

    /** Populations of a set of municipalities in one year: the newest year every one of them has. */
    public record Census(Integer year, String source, Map<String, Integer> populations) {}

    /** The years a figure may have (the table's check). */
    public static final int FIRST_YEAR = 1990;

    public static final int LAST_YEAR = 2100;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    MunicipalityPopulations(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The latest figure of every municipality, by code. */
    public List<Figure> latestOfEach() {
        return jdbc.sql("select distinct on (municipality_code) municipality_code, year, population, source, version"
                        + " from municipality_population order by municipality_code, year desc")
                .query(MunicipalityPopulations::figure)
                .list();
    }

    /** The latest figure of a municipality. */
    public Optional<Figure> latest(String municipalityCode) {
        return jdbc.sql("select municipality_code, year, population, source, version from municipality_population"
                        + " where municipality_code = ? order by year desc limit 1")
                .param(municipalityCode)
                .query(MunicipalityPopulations::figure)
                .optional();
    }

    /** Every figure of a municipality, oldest first. */
    public List<Figure> history(String municipalityCode) {
        return jdbc.sql("select municipality_code, year, population, source, version from municipality_population"
                        + " where municipality_code = ? order by year")
                .param(municipalityCode)
                .query(MunicipalityPopulations::figure)
                .list();
    }

    /** The newest year with any figure, if any. */
    public Optional<Integer> latestYear() {
        return Optional.ofNullable(jdbc.sql("select max(year) from municipality_population")
                .query(Integer.class)
                .single());
    }

    private static Figure figure(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Figure(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getInt(5));
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
            return new Census(latestYear().orElse(null), null, Map.of());
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

    /**
     * Stores imported figures (StatFin 11ra): a new municipality and year is added, a different
     * value or source replaces the stored one (its version moves on). The municipalities must exist.
     * Returns how many figures were added or changed; the import is audited as one entry.
     */
    @Transactional
    public int importFigures(String fileName, List<Figure> figures) {
        int changed = 0;
        for (Figure f : figures) {
            changed += jdbc.sql("""
                            insert into municipality_population (municipality_code, year, population, source)
                            values (?, ?, ?, ?)
                            on conflict (municipality_code, year) do update
                              set population = excluded.population, source = excluded.source,
                                  version = municipality_population.version + 1
                              where municipality_population.population <> excluded.population
                                 or municipality_population.source <> excluded.source
                            """)
                    .params(f.municipalityCode(), f.year(), f.population(), f.source())
                    .update();
        }
        Map<String, Object> counts = new java.util.LinkedHashMap<>();
        counts.put("file", fileName);
        counts.put("figures", figures.size());
        counts.put("changed", changed);
        audit.record("IMPORT", "municipality-population", fileName, "population import " + fileName, null, counts);
        return changed;
    }

    /** Adds or corrects a figure (coordinator); {@code version} is null for a new figure. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Figure put(String municipalityCode, int year, Integer population, String source, Integer version) {
        if (population == null || population <= 0) {
            throw new InvalidInputException(FieldError.of("population", "area.population.error.positive"));
        }
        if (source == null || source.isBlank()) {
            throw new InvalidInputException(FieldError.of("source", "area.population.error.source"));
        }
        Optional<Figure> before = find(municipalityCode, year);
        if (before.isEmpty()) {
            boolean known = jdbc.sql("select count(*) from municipality where code = ?")
                            .param(municipalityCode)
                            .query(Integer.class)
                            .single()
                    > 0;
            if (!known) {
                throw new InvalidInputException(FieldError.of(
                        "municipalityCode", "area.population.error.unknown-municipality", municipalityCode));
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

    public Optional<Figure> find(String code, int year) {
        return jdbc.sql("select municipality_code, year, population, source, version from municipality_population"
                        + " where municipality_code = ? and year = ?")
                .params(code, year)
                .query(MunicipalityPopulations::figure)
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
