package fi.livskraft.economypages;

import fi.livskraft.area.Municipality;
import fi.livskraft.common.NotFoundException;
import fi.livskraft.economy.Model;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Loads an area's Kela figures, prices them with the dated rules and adds its members' compensation. */
@Service
class AreaEconomyService {

    private final AreaCatalogue areas;
    private final KelaFacts facts;
    private final EconomyRules rules;

    AreaEconomyService(AreaCatalogue areas, KelaFacts facts, EconomyRules rules) {
        this.areas = areas;
        this.facts = facts;
        this.rules = rules;
    }

    AreaEconomyReport report(String areaId, Integer requestedYear) {
        AreaCatalogue.Area area =
                areas.area(areaId).orElseThrow(() -> new NotFoundException("employment area", areaId));
        List<KelaFacts.StoredFact> stored = facts.forArea(areaId);
        // every parameter set read once, not three queries per figure
        AreaEconomy.Result result = AreaEconomy.compute(
                stored.stream().map(KelaFacts.StoredFact::fact).toList(),
                rules.inForceFromAll(Model.AN2024),
                rules.inForceFromAll(Model.PRE2025));
        List<Integer> years =
                result.years().stream().map(AreaEconomy.Year::year).toList();
        Integer year = requestedYear != null && years.contains(requestedYear)
                ? requestedYear
                : years.isEmpty() ? null : years.get(years.size() - 1);
        Set<Long> sourceIds = stored.stream()
                .filter(s -> year == null || s.fact().month().getYear() == year)
                .map(KelaFacts.StoredFact::sourceId)
                .collect(Collectors.toCollection(TreeSet::new));
        List<EconomySource> sources = new ArrayList<>();
        sourceIds.forEach(id -> facts.source(id).ifPresent(sources::add));
        List<AreaEconomyReport.MemberCompensation> compensations = new ArrayList<>();
        boolean complete = year != null && !area.members().isEmpty();
        Map<String, BigDecimal> amounts = year == null
                ? Map.of()
                : area.members().stream()
                        .map(Municipality::code)
                        .map(code -> Map.entry(code, rules.compensation(code, year)))
                        .filter(e -> e.getValue().isPresent())
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().get().amount()));
        complete = complete && amounts.size() == area.members().size();
        BigDecimal total = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Municipality m : area.members()) {
            BigDecimal amount = amounts.get(m.code());
            BigDecimal share = complete && total.signum() > 0
                    ? amount.multiply(BigDecimal.valueOf(100)).divide(total, 4, RoundingMode.HALF_UP)
                    : null;
            compensations.add(new AreaEconomyReport.MemberCompensation(m, amount, share));
        }
        return new AreaEconomyReport(area, result, year, years, sources, compensations, complete);
    }

    /** The areas with figures, by id, for the index page. */
    List<String> areasWithFigures() {
        return facts.areasWithFigures();
    }
}
