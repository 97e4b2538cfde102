package fi.livskraft.insight;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;

/**
 * The analyses of {@link Insights}, each result kept for the data version it was computed from
 * ({@link DataVersion}, read once per call): the same page asked again computes nothing, and after
 * any import, crosswalk or registry change the next call computes afresh. The results do not
 * depend on who asks (public suppression) or the language (names carry all three), so one result
 * serves everyone. Pages and the API get this bean (it is the primary {@code Insights}).
 */
@Service
@Primary
class CachedInsights extends Insights {

    /** Results kept at most (a gap report of a region is some 100 KB). */
    static final int CAPACITY = 256;

    /** The version pinned for the call in progress, so nested analyses use the same one. */
    private static final ThreadLocal<String> PINNED = new ThreadLocal<>();

    private final DataVersion version;
    private final VersionedCache cache = new VersionedCache(CAPACITY);

    CachedInsights(EvidenceFacts facts, InsightProperties properties, NeedInsights needs, DataVersion version) {
        super(facts, properties, needs);
        this.version = version;
    }

    @Override
    GapReport gap(String areaCode, String level, String language, String from, String to) {
        // Confirmed needs count by a window that starts this month: the month is part of the key.
        return cached(
                () -> super.gap(areaCode, level, language, from, to),
                "gap",
                java.time.YearMonth.now(NeedInsights.ZONE),
                areaCode,
                level,
                language,
                from,
                to);
    }

    @Override
    ShortageRanking shortageRanking(String code) {
        return cached(() -> super.shortageRanking(code), "shortages", code);
    }

    @Override
    AreaReport areaReport(String code) {
        return cached(() -> super.areaReport(code), "area", code);
    }

    @Override
    OccupationReport occupation(String isco, String period) {
        return cached(() -> super.occupation(isco, period), "occupation", isco, period);
    }

    @Override
    ProviderReport provider(String idOrSlug) {
        return cached(() -> super.provider(idOrSlug), "provider", idOrSlug);
    }

    @Override
    List<String> periods() {
        return cached(() -> List.copyOf(super.periods()), "periods");
    }

    @Override
    List<AreaRef> areas(AreaLevel level) {
        return cached(() -> List.copyOf(super.areas(level)), "areas", level);
    }

    @Override
    List<ProviderRef> providers() {
        return cached(() -> List.copyOf(super.providers()), "providers");
    }

    @Override
    Map<String, fi.livskraft.common.Names> iscoNames() {
        return cached(() -> Map.copyOf(super.iscoNames()), "iscoNames");
    }

    @Override
    Map<String, fi.livskraft.common.Names> qualificationNames() {
        return cached(() -> Map.copyOf(super.qualificationNames()), "qualificationNames");
    }

    /** Results held now (for tests). */
    int size() {
        return cache.size();
    }

    private <T> T cached(Supplier<T> compute, Object... key) {
        List<Object> k = Arrays.asList(key);
        String pinned = PINNED.get();
        if (pinned != null) {
            return cache.get(pinned, k, compute);
        }
        String current = version.current();
        PINNED.set(current);
        try {
            return cache.get(current, k, compute);
        } finally {
            PINNED.remove();
        }
    }
}
