package fi.livskraft.partnership;

import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ownership shares with history. A new set takes effect on its {@code validFrom}: the rows of the
 * latest set are closed with {@code valid_to = validFrom} and kept (history); a set starting on the
 * same day as the latest one corrects it instead. Only the coordinator changes ownership.
 */
@Service
public class Ownerships {

    private final JdbcClient jdbc;
    private final Owners owners;
    private final Providers providers;
    private final AuditLog audit;

    Ownerships(JdbcClient jdbc, Owners owners, Providers providers, AuditLog audit) {
        this.jdbc = jdbc;
        this.owners = owners;
        this.providers = providers;
        this.audit = audit;
    }

    /**
     * Replaces a provider's ownership from {@code validFrom} on. Refused (400, nothing changed) when
     * the shares do not sum to exactly 100, an owner appears twice, a share is not above 0, an owner
     * code is unknown, or the set would start before the latest one; 409 when the provider changed
     * since {@code version} was read.
     */
    @Transactional
    public ProviderDetail change(long providerId, OwnershipChange change) {
        Access.requireCoordinator();
        ProviderDetail before = providers.detail(providerId);
        apply(before, change, false);
        ProviderDetail after = providers.detail(providerId);
        audit.record(
                "UPDATE",
                "ownership",
                providerId,
                "ownership from " + change.validFrom() + " (" + after.names().fi() + ")",
                shares(before),
                shares(after));
        return after;
    }

    /** Checks and writes a set without access check or audit event (callers do both). */
    void apply(ProviderDetail provider, OwnershipChange change, boolean demo) {
        List<FieldError> errors = new ArrayList<>(ShareRules.check(change));
        OwnershipPeriod latest = ProviderQueries.latest(provider.ownershipHistory());
        errors.addAll(ShareRules.checkStart(change.validFrom(), latest == null ? null : latest.validFrom()));
        Set<String> looked = new HashSet<>();
        for (int i = 0; i < change.owners().size(); i++) {
            String code = change.owners().get(i).code();
            if (code.isEmpty() || !looked.add(code)) {
                continue;
            }
            Owners.Resolution resolution = owners.resolve(code, demo);
            if (resolution.owner() == null) {
                errors.add(FieldError.of("owners[" + i + "].code", resolution.problemKey(), code));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        providers.bumpVersion(provider.id(), change.version());
        Date from = Date.valueOf(change.validFrom());
        if (latest != null && latest.validFrom().equals(change.validFrom())) {
            jdbc.sql("delete from ownership where provider_id = ? and valid_to is null")
                    .param(provider.id())
                    .update();
        } else {
            jdbc.sql("update ownership set valid_to = ? where provider_id = ? and valid_to is null")
                    .params(from, provider.id())
                    .update();
        }
        for (OwnershipChange.Share row : change.owners()) {
            jdbc.sql("insert into ownership (provider_id, owner_code, share, valid_from) values (?, ?, ?, ?)")
                    .params(provider.id(), row.code(), row.share(), from)
                    .update();
        }
    }

    /** The provider's shares for the audit log: the latest set with its start. */
    private static Map<String, Object> shares(ProviderDetail provider) {
        OwnershipPeriod latest = ProviderQueries.latest(provider.ownershipHistory());
        if (latest == null) {
            return Map.of("owners", List.of());
        }
        List<Map<String, String>> rows = latest.owners().stream()
                .map(s -> Map.of("code", s.code(), "share", ShareRules.plain(s.share())))
                .toList();
        return Map.of("validFrom", latest.validFrom().toString(), "owners", rows, "version", provider.version());
    }
}
