package fi.livskraft.economy;

import fi.livskraft.account.Actor;
import fi.livskraft.area.AreaDirectory;
import fi.livskraft.area.Municipality;
import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state-share compensation per municipality and year (public API of the module), entered by
 * the coordinator; the net effect of AN2024 is {@code cost - compensation} ({@link NetEffect}).
 */
@Service
public class Compensations {

    static final String ENTITY = "economy_compensation";
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private final JdbcClient jdbc;
    private final AreaDirectory areas;
    private final AuditLog audit;

    Compensations(JdbcClient jdbc, AreaDirectory areas, AuditLog audit) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.audit = audit;
    }

    public Optional<Compensation> find(String municipalityCode, int year) {
        return jdbc.sql("select * from economy_compensation where municipality_code = ? and year = ?")
                .params(municipalityCode, year)
                .query(Compensations::row)
                .optional();
    }

    /** Every year entered for a municipality, oldest first. */
    public List<Compensation> forMunicipality(String municipalityCode) {
        return jdbc.sql("select * from economy_compensation where municipality_code = ? order by year")
                .param(municipalityCode)
                .query(Compensations::row)
                .list();
    }

    /**
     * Enters or corrects the compensation of a municipality and year. A correction carries the
     * version it was read at (a new row none); a stale version is a conflict (409). Audited.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Compensation put(String municipalityCode, int year, BigDecimal amount, String source, Integer version) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Municipality> municipality = areas.municipality(municipalityCode);
        if (municipality.isEmpty()) {
            errors.add(FieldError.of("municipalityCode", "economy.error.unknown-municipality", municipalityCode));
        } else if (municipality.get().inAland()) {
            errors.add(FieldError.of("municipalityCode", "economy.error.aland", municipalityCode));
        }
        if (year < 2025 || year > 2100) {
            errors.add(FieldError.of("year", "economy.error.compensation-year", String.valueOf(year)));
        }
        if (amount == null) {
            errors.add(FieldError.of("amountEur", "economy.error.required"));
        } else if (amount.abs().compareTo(MAX_AMOUNT) >= 0
                || amount.stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of("amountEur", "economy.error.amount"));
        }
        if (source == null || source.isBlank()) {
            errors.add(FieldError.of("source", "economy.error.source-required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<Compensation> before = find(municipalityCode, year);
        String actor = Actor.current().map(Actor::username).orElse("system");
        if (before.isEmpty()) {
            int inserted = jdbc.sql("insert into economy_compensation (municipality_code, year, amount_eur, source,"
                            + " entered_by) values (?, ?, ?, ?, ?) on conflict do nothing")
                    .params(municipalityCode, year, amount, source.strip(), actor)
                    .update();
            if (inserted == 0) {
                throw new ConcurrentEditException(ENTITY, municipalityCode + "/" + year);
            }
        } else {
            if (version == null) {
                throw new InvalidInputException(FieldError.of("version", "economy.error.version-required"));
            }
            int updated = jdbc.sql("""
                            update economy_compensation set amount_eur = ?, source = ?, entered_by = ?,
                              entered_at = now(), version = version + 1
                            where municipality_code = ? and year = ? and version = ?
                            """)
                    .params(amount, source.strip(), actor, municipalityCode, year, version)
                    .update();
            if (updated == 0) {
                throw new ConcurrentEditException(ENTITY, municipalityCode + "/" + year);
            }
        }
        Compensation after = find(municipalityCode, year).orElseThrow();
        audit.record(
                before.isEmpty() ? "CREATE" : "UPDATE",
                ENTITY,
                municipalityCode + "/" + year,
                "compensation " + after.amountEur().toPlainString() + " EUR",
                before.map(Compensations::snapshot).orElse(null),
                snapshot(after));
        return after;
    }

    private static Map<String, Object> snapshot(Compensation c) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("municipalityCode", c.municipalityCode());
        state.put("year", c.year());
        state.put("amountEur", c.amountEur().toPlainString());
        state.put("source", c.source());
        state.put("enteredBy", c.enteredBy());
        state.put("version", c.version());
        return state;
    }

    private static Compensation row(ResultSet rs, int n) throws SQLException {
        return new Compensation(
                rs.getString("municipality_code"),
                rs.getInt("year"),
                rs.getBigDecimal("amount_eur"),
                rs.getString("source"),
                rs.getString("entered_by"),
                rs.getTimestamp("entered_at").toInstant(),
                rs.getInt("version"));
    }
}
