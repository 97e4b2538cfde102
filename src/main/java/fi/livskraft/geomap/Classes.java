package fi.livskraft.geomap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Legend classes by equal counts (quantiles): with n values sorted, the upper bound of class k
 * (k = 1..count-1) is the value at position k x n / count (1-based), rounded half-up to the shown
 * scale; a value belongs to the first class whose bound it does not exceed, the last class is open.
 * Equal bounds collapse, so fewer values than classes give fewer classes.
 *
 * @param bounds upper bounds of all classes but the last, ascending and distinct
 */
record Classes(List<BigDecimal> bounds) {

    /** A colour-blind-safe sequential palette (ColorBrewer Blues, 5 classes), light to dark. */
    static final List<String> PALETTE = List.of("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c");

    static Classes quantiles(Collection<BigDecimal> values, int count, int scale) {
        List<BigDecimal> sorted =
                values.stream().filter(v -> v != null).sorted().toList();
        List<BigDecimal> bounds = new ArrayList<>();
        int n = sorted.size();
        for (int k = 1; k < count && n > 0; k++) {
            int position = k * n / count;
            if (position < 1) {
                continue;
            }
            BigDecimal bound = sorted.get(position - 1).setScale(scale, RoundingMode.HALF_UP);
            boolean aboveAll = bound.compareTo(sorted.get(n - 1).setScale(scale, RoundingMode.HALF_UP)) >= 0;
            if (!aboveAll && (bounds.isEmpty() || bound.compareTo(bounds.get(bounds.size() - 1)) > 0)) {
                bounds.add(bound);
            }
        }
        return new Classes(List.copyOf(bounds));
    }

    int count() {
        return bounds.size() + 1;
    }

    /** The class (0-based) of a value. */
    int of(BigDecimal value) {
        for (int i = 0; i < bounds.size(); i++) {
            if (value.compareTo(bounds.get(i)) <= 0) {
                return i;
            }
        }
        return bounds.size();
    }

    /** The colour of a class: the palette spread over the classes there are. */
    String colour(int index) {
        int c = count();
        if (c == 1) {
            return PALETTE.get(2);
        }
        return PALETTE.get(Math.round(index * (PALETTE.size() - 1) / (float) (c - 1)));
    }
}
