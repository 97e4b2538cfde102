package fi.livskraft.insight;

import fi.livskraft.dialogue.Need;
import fi.livskraft.dialogue.NeedOccupation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A confirmed, not closed workforce need as the analyses see it: head count, area (kind and code as
 * the dialogue stores them), horizon, required language, international recruitment, and the
 * occupations a person confirmed. Each need counts once: its head count is split equally across its
 * confirmed occupations (two decimals, half-up).
 */
record ConfirmedNeed(
        long id,
        int headCount,
        String areaKind,
        String areaCode,
        String horizon,
        String language,
        boolean international,
        List<String> iscoCodes,
        boolean demo) {

    ConfirmedNeed {
        Objects.requireNonNull(areaKind, "areaKind");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(language, "language");
        iscoCodes = List.copyOf(iscoCodes);
        if (headCount < 1) {
            throw new IllegalArgumentException("a need has at least one person");
        }
    }

    static ConfirmedNeed from(Need n) {
        return new ConfirmedNeed(
                n.id(),
                n.headCount(),
                n.areaKind().name(),
                n.areaCode(),
                n.horizon(),
                n.languageRequirement(),
                n.international(),
                n.occupations().stream()
                        .map(NeedOccupation::iscoCode)
                        .distinct()
                        .toList(),
                n.demo());
    }

    /**
     * The first day of the horizon: an ISO date as such; a season from its first month (spring 1
     * March, summer 1 June, autumn 1 September, winter 1 December of the year given).
     */
    LocalDate horizonStart() {
        return horizonStart(horizon);
    }

    static LocalDate horizonStart(String horizon) {
        String year = horizon.substring(0, 4);
        return switch (horizon.substring(5)) {
            case "SPRING" -> LocalDate.parse(year + "-03-01");
            case "SUMMER" -> LocalDate.parse(year + "-06-01");
            case "AUTUMN" -> LocalDate.parse(year + "-09-01");
            case "WINTER" -> LocalDate.parse(year + "-12-01");
            default -> LocalDate.parse(horizon);
        };
    }

    /** Persons per confirmed occupation: head count / number of occupations, two decimals half-up. */
    Map<String, BigDecimal> perOccupation() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (iscoCodes.isEmpty()) {
            return out;
        }
        BigDecimal share = BigDecimal.valueOf(headCount)
                .divide(BigDecimal.valueOf(iscoCodes.size()), GapRow.SCALE, RoundingMode.HALF_UP);
        iscoCodes.forEach(c -> out.put(c, share));
        return out;
    }
}
