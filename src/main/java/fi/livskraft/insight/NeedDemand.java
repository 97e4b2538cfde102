package fi.livskraft.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The confirmed-needs term of the gap: per occupation, the persons of confirmed, not closed needs
 * that lie in the area, require the language and fall in the needs period. A need lies in the area
 * when all of its municipalities are the area's (a need for an employment area that crosses a
 * region border counts for the whole country only; a need for a region never counts below the
 * region). Language "all" takes every need; fi, sv or en only the needs that require that language
 * (needs open to any language count under "all" only). The needs period is the months from the
 * first day of the current month: a need counts when its horizon begins before the period ends
 * (a need whose horizon has passed but that is not closed is still unmet, so it counts).
 */
final class NeedDemand {

    private NeedDemand() {}

    /** The term per ISCO code, two decimals. */
    static Map<String, BigDecimal> perOccupation(
            List<ConfirmedNeed> needs,
            NeedPlaces places,
            Set<String> areaMunicipalities,
            String language,
            LocalDate periodEnd) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (ConfirmedNeed n : counted(needs, places, areaMunicipalities, language, periodEnd)) {
            n.perOccupation().forEach((isco, persons) -> out.merge(isco, persons, BigDecimal::add));
        }
        return out;
    }

    /** The needs that make up the term. */
    static List<ConfirmedNeed> counted(
            List<ConfirmedNeed> needs,
            NeedPlaces places,
            Set<String> areaMunicipalities,
            String language,
            LocalDate periodEnd) {
        return needs.stream()
                .filter(n -> "all".equals(language) || n.language().equals(language))
                .filter(n -> n.horizonStart().isBefore(periodEnd))
                .filter(n -> {
                    Set<String> where = places.municipalities(n.areaKind(), n.areaCode());
                    return !where.isEmpty() && areaMunicipalities.containsAll(where);
                })
                .toList();
    }

    /** The end (exclusive) of the needs period that starts on the first day of today's month. */
    static LocalDate periodEnd(LocalDate today, int months) {
        return today.withDayOfMonth(1).plusMonths(months);
    }
}
