package fi.livskraft.economypages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The AN2024 cost of every employment area with Kela figures, for one year (public API of the
 * module, for the map and the start page): the same computation as the area's economy page.
 */
@Service
public class AreaCosts {

    /**
     * One area's cost of a year, rounded to the cent.
     *
     * @param months how many months of the year the figures cover (12: the full year)
     * @param source publisher, dataset and vintage of the figures, joined
     */
    public record AreaCost(String areaId, int year, int months, BigDecimal cost, boolean demo, String source) {}

    /** The costs of one year for every area that has it. */
    public record YearCosts(Integer year, List<AreaCost> areas) {}

    private final AreaEconomyService economy;

    AreaCosts(AreaEconomyService economy) {
        this.economy = economy;
    }

    /**
     * The costs of the newest year that has figures in any area (null year and no rows when none
     * has), each area computed by {@link AreaEconomyService#report}.
     */
    public YearCosts newestYear() {
        List<AreaEconomyReport> reports = economy.areasWithFigures().stream()
                .map(id -> economy.report(id, null))
                .toList();
        Optional<Integer> newest = reports.stream()
                .map(AreaEconomyReport::year)
                .filter(y -> y != null)
                .max(Comparator.naturalOrder());
        if (newest.isEmpty()) {
            return new YearCosts(null, List.of());
        }
        int year = newest.get();
        List<AreaCost> costs = new ArrayList<>();
        for (AreaEconomyReport r : reports) {
            AreaEconomyReport shown = Integer.valueOf(year).equals(r.year())
                    ? r
                    : economy.report(r.area().id(), year);
            if (!Integer.valueOf(year).equals(shown.year())) {
                continue;
            }
            String source = String.join(
                    "; ",
                    shown.sources().stream()
                            .map(s -> s.publisher() + ", " + s.dataset() + " (" + s.vintage() + ")")
                            .distinct()
                            .toList());
            costs.add(new AreaCost(
                    r.area().id(),
                    year,
                    shown.shownYear().map(AreaEconomy.Year::months).orElse(0),
                    shown.cost(),
                    shown.demo(),
                    source));
        }
        return new YearCosts(year, costs);
    }
}
