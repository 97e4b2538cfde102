package fi.livskraft.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Geometry of the server-rendered SVG charts: sparklines and bars. */
final class Charts {

    private Charts() {}

    static final int SPARK_W = 120;
    static final int SPARK_H = 28;

    /** Fill colour of a class (diverging red-grey-blue, readable with the text colour below). */
    static String fill(TightnessClass c) {
        if (c == null) {
            return "#ffffff";
        }
        return switch (c) {
            case STRONG_SHORTAGE -> "#b2182b";
            case SHORTAGE -> "#ef8a62";
            case BALANCE -> "#e0e0e0";
            case SURPLUS -> "#67a9cf";
            case STRONG_SURPLUS -> "#2166ac";
        };
    }

    static String ink(TightnessClass c) {
        return c == TightnessClass.STRONG_SHORTAGE || c == TightnessClass.STRONG_SURPLUS ? "#ffffff" : "#111111";
    }

    /** Points of a sparkline of the ratios (months without a ratio are skipped); empty when fewer than two. */
    static String sparkline(List<Tightness> months) {
        BigDecimal max = months.stream()
                .filter(Tightness::hasRatio)
                .map(Tightness::ratio)
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        List<String> points = new ArrayList<>();
        int n = months.size();
        for (int i = 0; i < n; i++) {
            Tightness t = months.get(i);
            if (!t.hasRatio()) {
                continue;
            }
            int x = n == 1 ? 0 : i * (SPARK_W - 4) / (n - 1) + 2;
            int y = max.signum() == 0
                    ? SPARK_H - 2
                    : SPARK_H
                            - 2
                            - t.ratio()
                                    .multiply(BigDecimal.valueOf(SPARK_H - 4))
                                    .divide(max, 0, RoundingMode.HALF_UP)
                                    .intValue();
            points.add(x + "," + y);
        }
        return points.size() < 2 ? "" : String.join(" ", points);
    }

    /** A horizontal bar: its row, its length in SVG units (0..BAR_W), the label and the class colour. */
    record Bar(int y, int width, String label, String value, String fill) {}

    static final int BAR_W = 300;
    static final int BAR_ROW = 22;

    static List<Bar> bars(List<Insights.RegionTightness> regions, java.util.Locale locale, InsightFormat format) {
        BigDecimal max = regions.stream()
                .filter(r -> r.tightness().hasRatio())
                .map(r -> r.tightness().ratio())
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            Tightness t = regions.get(i).tightness();
            int w = !t.hasRatio() || max.signum() == 0
                    ? 0
                    : t.ratio()
                            .multiply(BigDecimal.valueOf(BAR_W))
                            .divide(max, 0, RoundingMode.HALF_UP)
                            .intValue();
            bars.add(new Bar(
                    i * BAR_ROW,
                    w,
                    regions.get(i).area().names().in(locale),
                    format.number(t.ratio(), locale),
                    fill(t.tightnessClass())));
        }
        return bars;
    }
}
