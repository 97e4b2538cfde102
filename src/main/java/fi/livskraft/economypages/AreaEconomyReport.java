package fi.livskraft.economypages;

import fi.livskraft.area.Municipality;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Everything shown about an employment area's economy for one year: the computation, the sources
 * of its figures, and the compensation of its members with the net effect.
 *
 * @param year the year shown (null when the area has no figures)
 * @param compensations one row per member municipality (amount null where none is entered)
 * @param compensationComplete every member has a compensation for the year
 */
record AreaEconomyReport(
        AreaCatalogue.Area area,
        AreaEconomy.Result result,
        Integer year,
        List<Integer> years,
        List<EconomySource> sources,
        List<MemberCompensation> compensations,
        boolean compensationComplete) {

    /** A member's compensation for the year, and its share of the members' total (null when incomplete). */
    record MemberCompensation(Municipality municipality, BigDecimal amount, BigDecimal sharePercent) {}

    public boolean demo() {
        return sources.stream().anyMatch(EconomySource::demo);
    }

    public boolean hasFigures() {
        return year != null;
    }

    public Optional<AreaEconomy.Year> shownYear() {
        return year == null ? Optional.empty() : result.year(year);
    }

    /** The members' compensation for the year (only what is entered). */
    public BigDecimal compensationTotal() {
        return compensations.stream()
                .map(MemberCompensation::amount)
                .filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** AN2024 cost of the year, rounded to the cent. */
    public BigDecimal cost() {
        return shownYear().map(y -> AreaEconomy.cents(y.total().cost())).orElse(BigDecimal.ZERO);
    }

    /** Net effect: cost minus the entered compensation of the members. */
    public BigDecimal net() {
        return cost().subtract(compensationTotal());
    }

    public Optional<MemberCompensation> member(String code) {
        return compensations.stream()
                .filter(c -> c.municipality().code().equals(code))
                .findFirst();
    }
}
