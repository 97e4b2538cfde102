package fi.livskraft.steering;

import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.partnership.OwnerShare;
import fi.livskraft.partnership.ProviderDetail;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owner strategies: the owners jointly set a strategy for a provider for a period of years; every
 * change saves a new revision (the old ones are kept) under optimistic locking.
 */
@Service
public class Strategies {

    private final JdbcClient jdbc;
    private final SteeringAccess access;
    private final AuditLog audit;

    Strategies(JdbcClient jdbc, SteeringAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    public List<StrategyView> forProvider(long providerId) {
        access.readable(providerId);
        return jdbc
                .sql("select id from owner_strategy where provider_id = ? order by first_year desc, id desc")
                .param(providerId)
                .query(Long.class)
                .list()
                .stream()
                .map(this::find)
                .toList();
    }

    /**
     * Saves a strategy text: a new strategy when {@code strategyId} is null, else a new revision of it
     * ({@code version} as read; 409 when it changed since).
     */
    @Transactional
    public StrategyView save(
            long providerId,
            Long strategyId,
            Integer firstYear,
            Integer lastYear,
            String title,
            String body,
            Integer version) {
        ProviderDetail provider = access.steerable(providerId);
        List<FieldError> errors = new ArrayList<>();
        if (firstYear == null || firstYear < 2000 || firstYear > 2100) {
            errors.add(FieldError.of("firstYear", "steering.error.year"));
        }
        if (lastYear == null || firstYear != null && lastYear < firstYear || lastYear != null && lastYear > 2100) {
            errors.add(FieldError.of("lastYear", "steering.error.last-year"));
        }
        if (title == null || title.isBlank()) {
            errors.add(FieldError.of("title", "steering.error.required"));
        }
        if (body == null || body.isBlank()) {
            errors.add(FieldError.of("body", "steering.error.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        StrategyView before = null;
        long id;
        if (strategyId == null) {
            id = insert(providerId, firstYear, lastYear, false);
        } else {
            before = find(strategyId);
            if (before.providerId() != providerId) {
                throw new InvalidInputException(
                        FieldError.of("strategyId", "steering.error.unknown-strategy", strategyId));
            }
            int updated = jdbc.sql("update owner_strategy set first_year = ?, last_year = ?, version = version + 1"
                            + " where id = ? and version = ?")
                    .params(firstYear, lastYear, strategyId, version == null ? -1 : version)
                    .update();
            if (updated == 0) {
                throw new ConcurrentEditException("owner_strategy", strategyId);
            }
            id = strategyId;
        }
        String owners = String.join(
                ",", provider.owners().stream().map(OwnerShare::code).toList());
        addRevision(id, title.strip(), body.strip(), owners, access.actor().username());
        StrategyView after = find(id);
        audit.record(
                before == null ? "CREATE" : "UPDATE",
                "owner-strategy",
                id,
                after.current().title(),
                before == null ? null : before.current(),
                after.current());
        return after;
    }

    long insert(long providerId, int firstYear, int lastYear, boolean demo) {
        return jdbc.sql("insert into owner_strategy (provider_id, first_year, last_year, demo) values (?, ?, ?, ?)"
                        + " returning id")
                .params(providerId, firstYear, lastYear, demo)
                .query(Long.class)
                .single();
    }

    void addRevision(long strategyId, String title, String body, String owners, String by) {
        jdbc.sql("""
                        insert into owner_strategy_revision (strategy_id, revision, title, body, owner_codes, saved_by)
                        values (?, (select coalesce(max(revision), 0) + 1 from owner_strategy_revision
                                    where strategy_id = ?), ?, ?, ?, ?)
                        """).params(strategyId, strategyId, title, body, owners, by).update();
    }

    StrategyView find(long id) {
        List<StrategyView.Revision> revisions = jdbc.sql("select revision, title, body, owner_codes, saved_at, saved_by"
                        + " from owner_strategy_revision where strategy_id = ? order by revision desc")
                .param(id)
                .query((rs, n) -> new StrategyView.Revision(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        Arrays.stream(rs.getString(4).split(","))
                                .filter(s -> !s.isBlank())
                                .toList(),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .list();
        return jdbc.sql("select id, provider_id, first_year, last_year, demo, version from owner_strategy where id = ?")
                .param(id)
                .query((rs, n) -> new StrategyView(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getBoolean(5),
                        rs.getInt(6),
                        revisions))
                .single();
    }
}
