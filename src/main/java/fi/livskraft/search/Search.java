package fi.livskraft.search;

import fi.livskraft.account.Actor;
import fi.livskraft.area.AreaDirectory;
import fi.livskraft.classification.Classifications;
import fi.livskraft.classification.IscoGroup;
import fi.livskraft.common.Names;
import fi.livskraft.occupation.EscoOccupations;
import fi.livskraft.partnership.ProviderSummary;
import fi.livskraft.partnership.Providers;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Runs one query against municipalities, providers, qualifications and occupations. */
@Service
class Search {

    static final int LIMIT = 20;
    static final int MAX_QUERY = 200;

    private final AreaDirectory areas;
    private final Classifications classifications;
    private final Providers providers;
    private final EscoOccupations esco;

    Search(AreaDirectory areas, Classifications classifications, Providers providers, EscoOccupations esco) {
        this.areas = areas;
        this.classifications = classifications;
        this.providers = providers;
        this.esco = esco;
    }

    SearchResults find(String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        if (q.isEmpty()) {
            return new SearchResults(q, List.of(), List.of(), List.of(), List.of());
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
        return new SearchResults(q, municipalities, providerHits, qualifications, occupations(q));
    }

    /**
     * ISCO-08 unit groups by their own names and by the labels of the ESCO occupations under them
     * (fi, sv, en); a group found by an ESCO label names that label. Best rank first; at equal rank a
     * match of the group's own name before one through an ESCO label, then by code.
     */
    private List<SearchResults.Hit> occupations(String q) {
        record Found(String code, int rank, String label) {
            boolean byGroupName() {
                return label == null;
            }
        }
        Map<String, Found> best = new LinkedHashMap<>();
        Map<String, IscoGroup> groups = new HashMap<>();
        for (Classifications.IscoMatch m : classifications.searchIscoGroups(q, LIMIT)) {
            best.put(m.group().code(), new Found(m.group().code(), m.rank(), null));
            groups.put(m.group().code(), m.group());
        }
        for (EscoOccupations.LabelMatch m : esco.searchLabels(q, LIMIT)) {
            Found old = best.get(m.iscoCode());
            if (old == null || m.rank() < old.rank()) {
                best.put(m.iscoCode(), new Found(m.iscoCode(), m.rank(), m.label()));
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingInt(Found::rank)
                        .thenComparing(f -> !f.byGroupName())
                        .thenComparing(Found::code))
                .limit(LIMIT)
                // groups found by name are known; only those found through an ESCO label are read
                .flatMap(f ->
                        Optional.ofNullable(groups.get(f.code())).or(() -> classifications.iscoGroup(f.code())).stream()
                                .map(g -> hit(g.code(), g.names(), f.label(), "/occupations/" + g.code())))
                .toList();
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
