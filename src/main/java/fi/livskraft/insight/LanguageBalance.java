package fi.livskraft.insight;

import fi.livskraft.area.LanguageStatus;
import fi.livskraft.area.Municipality;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Needs that require Swedish (and, for comparison, Finnish) against the supply taught in that
 * language, per occupation and group of municipalities: by language status of the municipality, or
 * by region. A need counts for the status or region of its area ({@link NeedPlaces}); all horizons
 * count; needs open to any language or requiring English are left out. Supply counts for the status
 * of its provider's home municipality (supply known only by region is left out of the status view)
 * or for its region. Occupations appear where a confirmed need requires Swedish or Finnish.
 */
final class LanguageBalance {

    /** How municipalities are grouped. */
    enum Grouping {
        STATUS,
        REGION
    }

    static final List<String> LANGUAGES = List.of("sv", "fi");

    private LanguageBalance() {}

    static List<LanguageRow> compute(
            List<ConfirmedNeed> needs, List<LanguageSupply> supply, NeedPlaces places, Grouping grouping) {
        Map<String, Acc> cells = new TreeMap<>();
        for (ConfirmedNeed n : needs) {
            if (!LANGUAGES.contains(n.language())) {
                continue;
            }
            Optional<String> group = grouping == Grouping.STATUS
                    ? places.status(n.areaKind(), n.areaCode()).map(Enum::name)
                    : places.region(n.areaKind(), n.areaCode());
            if (group.isEmpty()) {
                continue;
            }
            n.perOccupation().forEach((isco, persons) -> {
                Acc acc = cells.computeIfAbsent(group.get() + "|" + isco, k -> new Acc());
                acc.side(n.language()).needed = acc.side(n.language()).needed.add(persons);
                acc.needIds.add(n.id());
                acc.demo |= n.demo();
            });
        }
        for (LanguageSupply s : supply) {
            if (!LANGUAGES.contains(s.language())) {
                continue;
            }
            Optional<String> group = grouping == Grouping.STATUS
                    ? Optional.ofNullable(s.municipality())
                            .flatMap(places::municipality)
                            .map(Municipality::languageStatus)
                            .map(Enum::name)
                    : Optional.ofNullable(s.regionCode());
            Acc acc = group.map(g -> cells.get(g + "|" + s.iscoCode())).orElse(null);
            if (acc == null) {
                continue; // no need for the occupation there
            }
            SideAcc side = acc.side(s.language());
            if (s.graduates() != null) {
                side.graduates =
                        side.graduates.add(BigDecimal.valueOf(s.graduates()).multiply(s.weight()));
                side.graduateCount += s.graduates();
            }
            if (s.startPlaces() != null) {
                side.startPlaces =
                        side.startPlaces.add(BigDecimal.valueOf(s.startPlaces()).multiply(s.weight()));
            }
        }
        List<LanguageRow> rows = new ArrayList<>();
        cells.forEach((key, acc) -> {
            String[] k = key.split("\\|", 2);
            rows.add(new LanguageRow(k[0], k[1], acc.sv.side(), acc.fi.side(), List.copyOf(acc.needIds), acc.demo));
        });
        rows.sort(Comparator.comparing((LanguageRow r) -> groupOrder(r.group(), grouping))
                .thenComparing(r -> r.sv().difference(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(LanguageRow::iscoCode));
        return rows;
    }

    /** Statuses in the order Swedish, bilingual Swedish majority, bilingual Finnish majority, Finnish; regions by code. */
    static String groupOrder(String group, Grouping grouping) {
        if (grouping == Grouping.STATUS) {
            return String.valueOf(NeedPlaces.TIE_ORDER.indexOf(LanguageStatus.valueOf(group)));
        }
        return group;
    }

    /** The public view: small cells suppressed. */
    static List<LanguageRow> publicView(List<LanguageRow> rows, Suppression s) {
        return rows.stream().map(r -> r.suppressed(s)).toList();
    }

    private static final class Acc {
        final SideAcc sv = new SideAcc();
        final SideAcc fi = new SideAcc();
        final Set<Long> needIds = new LinkedHashSet<>();
        boolean demo;

        SideAcc side(String language) {
            return language.equals("sv") ? sv : fi;
        }
    }

    private static final class SideAcc {
        BigDecimal needed = BigDecimal.ZERO.setScale(GapRow.SCALE);
        BigDecimal graduates = BigDecimal.ZERO;
        int graduateCount;
        BigDecimal startPlaces = BigDecimal.ZERO;

        LanguageRow.Side side() {
            BigDecimal g = graduates.setScale(GapRow.SCALE, RoundingMode.HALF_UP);
            return new LanguageRow.Side(
                    needed,
                    g,
                    graduateCount,
                    startPlaces.setScale(GapRow.SCALE, RoundingMode.HALF_UP),
                    needed.subtract(g));
        }
    }
}
