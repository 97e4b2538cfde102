package fi.livskraft.education;

import fi.livskraft.partnership.ProviderDetail;
import fi.livskraft.partnership.ProviderSummary;
import fi.livskraft.partnership.Providers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The partnership registry's providers by business ID (Y-tunnus), read through its public API.
 * The registry is readable by signed-in users only; an import run by nobody resolves nothing.
 */
@Component
class ProviderRegistry {

    /** A registered provider: its id, languages of instruction and qualifications. */
    record Registered(
            long id,
            String slug,
            String name,
            String businessId,
            String regionCode,
            List<String> languages,
            List<String> qualifications) {}

    private final Providers providers;

    ProviderRegistry(Providers providers) {
        this.providers = providers;
    }

    Map<String, Registered> byBusinessId() {
        Map<String, Registered> found = new HashMap<>();
        for (Registered r : all()) {
            if (r.businessId() != null && !r.businessId().isBlank()) {
                found.put(r.businessId().strip(), r);
            }
        }
        return found;
    }

    /** Every registered provider in slug order (empty when the registry cannot be read). */
    List<Registered> all() {
        try {
            return providers.list(null, null).stream()
                    .map(ProviderSummary::id)
                    .map(providers::get)
                    .map(ProviderRegistry::registered)
                    .sorted(java.util.Comparator.comparing(Registered::slug))
                    .toList();
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }

    private static Registered registered(ProviderDetail d) {
        return new Registered(
                d.id(),
                d.summary().slug(),
                d.names().fi(),
                d.businessId(),
                d.summary().regionCode(),
                d.summary().languages(),
                d.qualificationCodes());
    }
}
