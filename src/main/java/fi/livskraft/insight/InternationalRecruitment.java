package fi.livskraft.insight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Needs open to international recruitment against occupations in persistent shortage with no local
 * surplus ({@link PersistentShortage}), per occupation and region. A need counts for the region of
 * its area ({@link NeedPlaces}: an employment area for the region of most of its members); all
 * horizons count. The language training recruitment would need follows from the language each need
 * requires: Finnish or Swedish (language training in it), English or any (the employer asks for
 * none; integration training in the municipality's language still applies).
 */
final class InternationalRecruitment {

    private InternationalRecruitment() {}

    /**
     * @param cellsByRegion the region's occupation cells (2-digit region code to cells), any months
     * @param window the last months of the latest vintage, oldest first
     */
    static List<RecruitmentRow> needs(
            List<ConfirmedNeed> needs,
            NeedPlaces places,
            Map<String, List<MonthlyCell>> cellsByRegion,
            List<String> window,
            List<TrainingOffer> offers,
            TightnessThresholds thresholds,
            ShortageRule rule) {
        Map<Long, List<TrainingOffer>> offersByNeed = new HashMap<>();
        offers.forEach(o ->
                offersByNeed.computeIfAbsent(o.needId(), k -> new ArrayList<>()).add(o));
        Map<String, Acc> cells = new TreeMap<>();
        for (ConfirmedNeed n : needs) {
            if (!n.international()) {
                continue;
            }
            Optional<String> region = places.region(n.areaKind(), n.areaCode());
            if (region.isEmpty()) {
                continue;
            }
            n.perOccupation().forEach((isco, persons) -> {
                Acc acc = cells.computeIfAbsent(region.get() + "|" + isco, k -> new Acc());
                acc.persons = acc.persons.add(persons);
                acc.byLanguage.merge(n.language(), persons, BigDecimal::add);
                if (acc.needIds.add(n.id())) {
                    for (TrainingOffer o : offersByNeed.getOrDefault(n.id(), List.of())) {
                        if (o.kind().equals("LANGUAGE_TRAINING")) {
                            acc.languageOffers++;
                        } else if (o.kind().equals("SHORT_MODULE")) {
                            acc.moduleOffers++;
                        } else {
                            continue;
                        }
                        if (o.qualificationCode() != null) {
                            acc.qualifications.add(o.qualificationCode());
                        }
                    }
                }
                acc.demo |= n.demo();
            });
        }
        List<RecruitmentRow> rows = new ArrayList<>();
        cells.forEach((key, acc) -> {
            String[] k = key.split("\\|", 2);
            List<MonthlyCell> occupationCells = cellsByRegion.getOrDefault(k[0], List.of()).stream()
                    .filter(c -> c.iscoCode().equals(k[1]))
                    .toList();
            PersistentShortage shortage = occupationCells.isEmpty()
                    ? PersistentShortage.none(window)
                    : PersistentShortage.evaluate(occupationCells, window, thresholds, rule);
            rows.add(new RecruitmentRow(
                    k[0],
                    k[1],
                    acc.persons,
                    new RecruitmentRow.ByLanguage(
                            acc.language("fi"), acc.language("sv"), acc.language("en"), acc.language("any")),
                    shortage,
                    acc.languageOffers,
                    acc.moduleOffers,
                    List.copyOf(acc.qualifications),
                    List.copyOf(acc.needIds),
                    acc.demo));
        });
        rows.sort(Comparator.comparing(RecruitmentRow::qualifies)
                .reversed()
                .thenComparing(RecruitmentRow::persons, Comparator.reverseOrder())
                .thenComparing(RecruitmentRow::regionCode)
                .thenComparing(RecruitmentRow::iscoCode));
        return rows;
    }

    /** A region x occupation that qualifies, with the persons of international needs there (0 if none). */
    record Candidate(
            String regionCode, String iscoCode, PersistentShortage shortage, BigDecimal internationalPersons) {}

    /** Every region x occupation in persistent shortage with no local surplus, by region and code. */
    static List<Candidate> candidates(
            Map<String, List<MonthlyCell>> cellsByRegion,
            List<String> window,
            List<RecruitmentRow> needRows,
            TightnessThresholds thresholds,
            ShortageRule rule) {
        Map<String, BigDecimal> persons = new HashMap<>();
        needRows.forEach(r -> persons.put(r.regionCode() + "|" + r.iscoCode(), r.persons()));
        List<Candidate> out = new ArrayList<>();
        for (String region : new TreeSet<>(cellsByRegion.keySet())) {
            Map<String, List<MonthlyCell>> byIsco = new TreeMap<>();
            cellsByRegion
                    .get(region)
                    .forEach(c -> byIsco.computeIfAbsent(c.iscoCode(), k -> new ArrayList<>())
                            .add(c));
            byIsco.forEach((isco, cells) -> {
                PersistentShortage s = PersistentShortage.evaluate(cells, window, thresholds, rule);
                if (s.qualifies()) {
                    out.add(new Candidate(
                            region,
                            isco,
                            s,
                            persons.getOrDefault(region + "|" + isco, BigDecimal.ZERO.setScale(GapRow.SCALE))));
                }
            });
        }
        return out;
    }

    private static final class Acc {
        BigDecimal persons = BigDecimal.ZERO.setScale(GapRow.SCALE);
        final Map<String, BigDecimal> byLanguage = new HashMap<>();
        final Set<Long> needIds = new LinkedHashSet<>();
        final Set<String> qualifications = new TreeSet<>();
        int languageOffers;
        int moduleOffers;
        boolean demo;

        BigDecimal language(String code) {
            return byLanguage.getOrDefault(code, BigDecimal.ZERO.setScale(GapRow.SCALE));
        }
    }
}
