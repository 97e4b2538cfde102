package fi.livskraft.insight;

import fi.livskraft.area.LanguageStatus;
import fi.livskraft.area.Municipality;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a need or an analysis area lies, in municipalities. A need's area (MUNICIPALITY: 3-digit
 * code, EMPLOYMENT_AREA: area id, REGION: 2-digit code) resolves to its member municipalities; its
 * region is the municipality's, the region itself, or for an employment area the region of most of
 * its members (ties: the lowest region code); its language status is the municipality's, or for an
 * employment area or region the status held by most of its member municipalities (ties: the more
 * Swedish-speaking status, in the order Swedish, bilingual with Swedish majority, bilingual with
 * Finnish majority, Finnish).
 */
final class NeedPlaces {

    /** Tie order of the dominant status: the more Swedish-speaking first. */
    static final List<LanguageStatus> TIE_ORDER = List.of(
            LanguageStatus.SWEDISH,
            LanguageStatus.BILINGUAL_SWEDISH_MAJORITY,
            LanguageStatus.BILINGUAL_FINNISH_MAJORITY,
            LanguageStatus.FINNISH);

    private final Map<String, Municipality> byCode = new HashMap<>();

    NeedPlaces(List<Municipality> municipalities) {
        municipalities.forEach(m -> byCode.putIfAbsent(m.code(), m));
    }

    Optional<Municipality> municipality(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The municipalities of a need's area (empty when unknown). */
    Set<String> municipalities(String kind, String code) {
        return switch (kind) {
            case "MUNICIPALITY" -> byCode.containsKey(code) ? Set.of(code) : Set.of();
            case "EMPLOYMENT_AREA" -> codes(m -> code.equals(m.employmentAreaId()));
            case "REGION" -> codes(m -> code.equals(m.regionCode()));
            default -> Set.of();
        };
    }

    /** The municipalities of an analysis area (AreaRef code: SSS, MKnn, SKnnn, KUnnn, TA:id). */
    Set<String> municipalities(AreaRef area) {
        String bare = area.level().bare(area.code());
        return switch (area.level()) {
            case COUNTRY -> codes(m -> true);
            case REGION -> codes(m -> bare.equals(m.regionCode()));
            case SUB_REGION -> codes(m -> bare.equals(m.subRegionCode()));
            case MUNICIPALITY -> byCode.containsKey(bare) ? Set.of(bare) : Set.of();
            case EMPLOYMENT_AREA -> codes(m -> bare.equals(m.employmentAreaId()));
        };
    }

    /** The region (2 digits) a need's area counts for. */
    Optional<String> region(String kind, String code) {
        if (kind.equals("REGION")) {
            return byCode.values().stream().anyMatch(m -> code.equals(m.regionCode()))
                    ? Optional.of(code)
                    : Optional.empty();
        }
        Map<String, Long> counts = new TreeMap<>(members(kind, code).stream()
                .collect(Collectors.groupingBy(Municipality::regionCode, Collectors.counting())));
        return counts.entrySet().stream()
                .max(Comparator.comparing(Map.Entry<String, Long>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    /** The language status a need's area counts for (dominant status of its members). */
    Optional<LanguageStatus> status(String kind, String code) {
        Map<LanguageStatus, Long> counts = members(kind, code).stream()
                .collect(Collectors.groupingBy(Municipality::languageStatus, Collectors.counting()));
        return TIE_ORDER.stream()
                .filter(counts::containsKey)
                .max(Comparator.comparing((LanguageStatus s) -> counts.get(s))
                        .thenComparing(s -> -TIE_ORDER.indexOf(s)));
    }

    private List<Municipality> members(String kind, String code) {
        return municipalities(kind, code).stream().map(byCode::get).toList();
    }

    private Set<String> codes(java.util.function.Predicate<Municipality> test) {
        return byCode.values().stream()
                .filter(test)
                .map(Municipality::code)
                .sorted()
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
