package fi.livskraft.search;

import fi.livskraft.account.Actor;
import fi.livskraft.area.AreaDirectory;
import fi.livskraft.classification.Classifications;
import fi.livskraft.common.Names;
import fi.livskraft.partnership.ProviderSummary;
import fi.livskraft.partnership.Providers;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** Runs one query against municipalities, providers and qualifications. */
@Service
class Search {

    static final int LIMIT = 20;
    static final int MAX_QUERY = 200;

    private final AreaDirectory areas;
    private final Classifications classifications;
    private final Providers providers;

    Search(AreaDirectory areas, Classifications classifications, Providers providers) {
        this.areas = areas;
        this.classifications = classifications;
        this.providers = providers;
    }

    SearchResults find(String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        if (q.isEmpty()) {
            return new SearchResults(q, List.of(), List.of(), List.of());
        }
        List<SearchResults.Hit> municipalities = areas.search(q, LIMIT).stream()
                .map(m -> hit(
                        m.municipality().code(),
                        m.municipality().names(),
                        isTodaysName(m.matchedName(), m.municipality().names()) ? null : m.matchedName(),
                        "/municipalities/" + m.municipality().code()))
                .toList();
        List<SearchResults.Hit> qualifications = classifications.search(q, LIMIT).stream()
                .map(x -> hit(x.code(), x.names(), null, "/qualifications/" + x.code()))
                .toList();
        List<SearchResults.Hit> providerHits = Actor.current().isPresent() ? providers(q) : List.of();
        return new SearchResults(q, municipalities, providerHits, qualifications);
    }

    private List<SearchResults.Hit> providers(String q) {
        String needle = q.toLowerCase(Locale.ROOT);
        return providers.list(null, null).stream()
                .filter(p -> matches(p, needle))
                .limit(LIMIT)
                .map(p -> hit(String.valueOf(p.id()), p.names(), null, "/providers/" + p.id()))
                .toList();
    }

    private static boolean matches(ProviderSummary p, String needle) {
        return p.names().fi().toLowerCase(Locale.ROOT).contains(needle)
                || p.names().sv().toLowerCase(Locale.ROOT).contains(needle)
                || p.names().en().toLowerCase(Locale.ROOT).contains(needle)
                || p.slug().contains(needle);
    }

    private static boolean isTodaysName(String name, Names names) {
        return name.equals(names.fi()) || name.equals(names.sv()) || name.equals(names.en());
    }

    private static SearchResults.Hit hit(String code, Names names, String matchedName, String href) {
        return new SearchResults.Hit(code, names.fi(), names.sv(), names.en(), matchedName, href);
    }
}
