package fi.livskraft.economypages;

import fi.livskraft.economy.Band;
import fi.livskraft.economy.CostParameters;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pure arithmetic of a municipality's AN2024 cost for a year: an area's exact cost per band
 * (from Kela's figures), a key (the municipality's part of it), and the months. Amounts are kept
 * exact and rounded half up to the cent once per band; the totals add the rounded bands, so the
 * bands always sum to the total to the cent.
 */
final class MunicipalCostModel {

    /** Long-term: the bands that start after this paid day. */
    static final int LONG_TERM_AFTER_DAY = 500;

    private static final MathContext EXACT = MathContext.DECIMAL128;

    private MunicipalCostModel() {}

    /** A band with its share and an amount. */
    record BandAmount(int fromDay, Integer toDay, BigDecimal sharePercent, BigDecimal amount) {}

    /** The exact cost of each band of the parameters from an area's year of figures (bands with no class: 0). */
    static List<BandAmount> byBand(AreaEconomy.Year year, CostParameters params) {
        Map<Band, BigDecimal> sums = new LinkedHashMap<>();
        params.bands().forEach(b -> sums.put(b, BigDecimal.ZERO));
        for (AreaEconomy.ClassRow row : year.byClass()) {
            AreaEconomy.bandFor(params, row.dayClass())
                    .ifPresent(b -> sums.merge(b, row.total().cost(), BigDecimal::add));
        }
        List<BandAmount> out = new ArrayList<>();
        sums.forEach((b, v) -> out.add(new BandAmount(b.fromDay(), b.toDay(), b.sharePercent(), v)));
        return out;
    }

    /** Adds bands of the same days (areas pooled). */
    static List<BandAmount> plus(List<BandAmount> a, List<BandAmount> b) {
        if (a.isEmpty()) {
            return b;
        }
        List<BandAmount> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            BandAmount x = a.get(i);
            out.add(new BandAmount(
                    x.fromDay(),
                    x.toDay(),
                    x.sharePercent(),
                    x.amount().add(b.get(i).amount())));
        }
        return out;
    }

    /** Every band times {@code numerator / denominator} (exact to 34 digits). */
    static List<BandAmount> scale(List<BandAmount> bands, BigDecimal numerator, BigDecimal denominator) {
        return bands.stream()
                .map(b -> new BandAmount(
                        b.fromDay(),
                        b.toDay(),
                        b.sharePercent(),
                        b.amount().multiply(numerator).divide(denominator, EXACT)))
                .toList();
    }

    /** Every band rounded half up to the cent. */
    static List<BandAmount> cents(List<BandAmount> bands) {
        return bands.stream()
                .map(b -> new BandAmount(
                        b.fromDay(), b.toDay(), b.sharePercent(), b.amount().setScale(2, RoundingMode.HALF_UP)))
                .toList();
    }

    static BigDecimal total(List<BandAmount> bands) {
        return bands.stream().map(BandAmount::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The sum of the bands that start after day 500. */
    static BigDecimal longTerm(List<BandAmount> bands) {
        return total(
                bands.stream().filter(b -> b.fromDay() > LONG_TERM_AFTER_DAY).toList());
    }

    /** A money amount divided by inhabitants, half up to the cent (null without a population). */
    static BigDecimal perInhabitant(BigDecimal cost, Integer population) {
        if (cost == null || population == null || population <= 0) {
            return null;
        }
        return cost.divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
    }
}
