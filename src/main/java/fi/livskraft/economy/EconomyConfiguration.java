package fi.livskraft.economy;

import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import java.sql.Date;
import java.time.LocalDate;
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
 * The dated parameter sets of the municipal co-financing (public API of the module). Anyone may
 * read them; the coordinator adds a new dated set or corrects one, audited with the state before
 * and after. A set is in force from its {@code validFrom} until the next set of the same model.
 */
@Service
public class EconomyConfiguration {

    static final String ENTITY = "economy_parameter_set";

    private static final String SELECT = "select id, model, valid_from, daily_amount, paid_days_per_week,"
            + " paid_days_per_month, source, verified, note, version from economy_parameter_set";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    EconomyConfiguration(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The set of a model in force on a date: the latest {@code validFrom} on or before it. */
    public Optional<CostParameters> inForce(Model model, LocalDate date) {
        return jdbc.sql(SELECT + " where model = ? and valid_from <= ? order by valid_from desc limit 1")
                .params(model.name(), Date.valueOf(date))
                .query((rs, n) -> rs.getLong("id"))
                .optional()
                .flatMap(this::find);
    }

    /**
     * The set in force on a date, or a 400 naming {@code field} when the model has none then (for
     * instance AN2024 before 2025).
     */
    public CostParameters require(Model model, LocalDate date, String field) {
        return inForce(model, date)
                .orElseThrow(() -> new InvalidInputException(
                        FieldError.of(field, "economy.error.no-configuration", model.name(), date.toString())));
    }

    /** Every set, by model and then date. */
    public List<CostParameters> all() {
        Map<Long, List<Band>> bands = bands();
        return jdbc.sql(SELECT + " order by model, valid_from")
                .query((rs, n) -> row(rs, bands.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    public Optional<CostParameters> find(long id) {
        Map<Long, List<Band>> bands = bands(id);
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query((rs, n) -> row(rs, bands.getOrDefault(id, List.of())))
                .optional();
    }

    public CostParameters get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("parameter set", String.valueOf(id)));
    }

    /** A new dated set (the id and version of {@code set} are ignored). */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public CostParameters create(CostParameters set) {
        List<FieldError> errors = new ArrayList<>(ParameterRules.check(set));
        dateTaken(set, null).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                        insert into economy_parameter_set (model, valid_from, daily_amount, paid_days_per_week,
                          paid_days_per_month, source, verified, note)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        set.model().name(),
                        Date.valueOf(set.validFrom()),
                        set.dailyAmount(),
                        set.paidDaysPerWeek(),
                        set.paidDaysPerMonth(),
                        set.source().strip(),
                        set.verified(),
                        set.note().strip())
                .query(Long.class)
                .single();
        insertBands(id, set.bands());
        CostParameters after = get(id);
        audit.record("CREATE", ENTITY, id, after.model() + " from " + after.validFrom(), null, snapshot(after));
        return after;
    }

    /** Corrects a set read at {@code change.version()}; a stale version is a conflict (409). */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public CostParameters update(long id, CostParameters change) {
        CostParameters before = get(id);
        List<FieldError> errors = new ArrayList<>(ParameterRules.check(change));
        if (change.model() != before.model()) {
            errors.add(FieldError.of("model", "economy.error.model-fixed"));
        }
        dateTaken(change, id).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int updated = jdbc.sql("""
                        update economy_parameter_set set valid_from = ?, daily_amount = ?, paid_days_per_week = ?,
                          paid_days_per_month = ?, source = ?, verified = ?, note = ?, version = version + 1
                        where id = ? and version = ?
                        """)
                .params(
                        Date.valueOf(change.validFrom()),
                        change.dailyAmount(),
                        change.paidDaysPerWeek(),
                        change.paidDaysPerMonth(),
                        change.source().strip(),
                        change.verified(),
                        change.note().strip(),
                        id,
                        change.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException(ENTITY, id);
        }
        jdbc.sql("delete from economy_band where parameter_set_id = ?")
                .param(id)
                .update();
        insertBands(id, change.bands());
        CostParameters after = get(id);
        audit.record(
                "UPDATE", ENTITY, id, after.model() + " from " + after.validFrom(), snapshot(before), snapshot(after));
        return after;
    }

    private Optional<FieldError> dateTaken(CostParameters set, Long except) {
        boolean taken = jdbc.sql("select count(*) from economy_parameter_set where model = ? and valid_from = ?"
                                + " and id <> coalesce(?, -1)")
                        .params(set.model().name(), Date.valueOf(set.validFrom()), except)
                        .query(Long.class)
                        .single()
                > 0;
        return taken
                ? Optional.of(FieldError.of(
                        "validFrom",
                        "economy.error.valid-from-taken",
                        set.validFrom().toString()))
                : Optional.empty();
    }

    private void insertBands(long id, List<Band> bands) {
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            jdbc.sql("insert into economy_band (parameter_set_id, position, from_day, to_day, share_percent)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(id, i, b.fromDay(), b.toDay(), b.sharePercent())
                    .update();
        }
    }

    private Map<Long, List<Band>> bands() {
        return bandsWhere("", null);
    }

    private Map<Long, List<Band>> bands(long id) {
        return bandsWhere(" where parameter_set_id = ?", id);
    }

    private Map<Long, List<Band>> bandsWhere(String where, Long id) {
        Map<Long, List<Band>> bands = new LinkedHashMap<>();
        var spec = jdbc.sql("select parameter_set_id, from_day, to_day, share_percent from economy_band" + where
                + " order by parameter_set_id, position");
        if (id != null) {
            spec = spec.param(id);
        }
        spec.query(rs -> {
            int to = rs.getInt("to_day");
            Integer toDay = rs.wasNull() ? null : to;
            bands.computeIfAbsent(rs.getLong("parameter_set_id"), k -> new ArrayList<>())
                    .add(new Band(rs.getInt("from_day"), toDay, rs.getBigDecimal("share_percent")));
        });
        return bands;
    }

    private static CostParameters row(java.sql.ResultSet rs, List<Band> bands) throws java.sql.SQLException {
        return new CostParameters(
                rs.getLong("id"),
                Model.valueOf(rs.getString("model")),
                rs.getDate("valid_from").toLocalDate(),
                rs.getBigDecimal("daily_amount"),
                rs.getBigDecimal("paid_days_per_week"),
                rs.getBigDecimal("paid_days_per_month"),
                bands,
                rs.getString("source"),
                rs.getBoolean("verified"),
                rs.getString("note"),
                rs.getInt("version"));
    }

    static Map<String, Object> snapshot(CostParameters p) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("model", p.model().name());
        state.put("validFrom", p.validFrom().toString());
        state.put("dailyAmount", p.dailyAmount().toPlainString());
        state.put("paidDaysPerWeek", p.paidDaysPerWeek().toPlainString());
        state.put("paidDaysPerMonth", p.paidDaysPerMonth().toPlainString());
        state.put(
                "bands",
                p.bands().stream()
                        .map(b -> {
                            Map<String, Object> band = new LinkedHashMap<>();
                            band.put("fromDay", b.fromDay());
                            band.put("toDay", b.toDay());
                            band.put("sharePercent", b.sharePercent().toPlainString());
                            return band;
                        })
                        .toList());
        state.put("source", p.source());
        state.put("verified", p.verified());
        state.put("note", p.note());
        state.put("version", p.version());
        return state;
    }

    /** The benefit types in force on a day (AN2024), by code. */
    public List<BenefitType> benefitTypes(LocalDate day) {
        return jdbc.sql("select code, valid_from, valid_to, daily_amount, share_confirmed, source"
                        + " from economy_benefit_type where valid_from <= ? and (valid_to is null or valid_to >= ?)"
                        + " order by code")
                .params(Date.valueOf(day), Date.valueOf(day))
                .query((rs, n) -> new BenefitType(
                        rs.getString("code"),
                        rs.getDate("valid_from").toLocalDate(),
                        rs.getDate("valid_to") == null
                                ? null
                                : rs.getDate("valid_to").toLocalDate(),
                        rs.getBigDecimal("daily_amount"),
                        rs.getBoolean("share_confirmed"),
                        rs.getString("source")))
                .list();
    }

    /** The date the next set of the same model starts, if any (the set is in force until the day before). */
    public Optional<LocalDate> nextStart(CostParameters set) {
        return jdbc.sql("select min(valid_from) from economy_parameter_set where model = ? and valid_from > ?")
                .params(set.model().name(), Date.valueOf(set.validFrom()))
                .query((rs, n) -> rs.getDate(1))
                .optional()
                .filter(d -> d != null)
                .map(Date::toLocalDate);
    }
}
