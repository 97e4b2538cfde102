package fi.livskraft.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Geometry of the server-rendered SVG charts: sparklines, bars and the schematic tile map of the regions. */
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

    /**
     * Schematic position (column, row) of each region on a 4 x 7 grid, roughly as they lie on the map
     * of Finland: Lapland at the top, Uusimaa and Åland at the bottom. Not to scale: a cartogram.
     */
    static final Map<String, int[]> TILE = Map.ofEntries(
            Map.entry("19", new int[] {1, 0}),
            Map.entry("17", new int[] {1, 1}),
            Map.entry("18", new int[] {2, 1}),
            Map.entry("15", new int[] {0, 2}),
            Map.entry("16", new int[] {1, 2}),
            Map.entry("11", new int[] {2, 2}),
            Map.entry("12", new int[] {3, 2}),
            Map.entry("14", new int[] {0, 3}),
            Map.entry("13", new int[] {1, 3}),
            Map.entry("10", new int[] {2, 3}),
            Map.entry("09", new int[] {3, 3}),
            Map.entry("04", new int[] {0, 4}),
            Map.entry("06", new int[] {1, 4}),
            Map.entry("07", new int[] {2, 4}),
            Map.entry("08", new int[] {3, 4}),
            Map.entry("02", new int[] {0, 5}),
            Map.entry("05", new int[] {1, 5}),
            Map.entry("01", new int[] {2, 5}),
            Map.entry("21", new int[] {0, 6}));

    static final int TILE_SIZE = 78;

    record Tile(int x, int y, String code, String name, String value, String fill, String ink) {}

    static List<Tile> tiles(List<Insights.RegionTightness> regions, java.util.Locale locale, InsightFormat format) {
        List<Tile> tiles = new ArrayList<>();
        for (Insights.RegionTightness r : regions) {
            String code = r.area().regionCode();
            int[] pos = TILE.get(code);
            if (pos == null) {
                continue;
            }
            Tightness t = r.tightness();
            String name = r.area().names().in(locale);
            tiles.add(new Tile(
                    pos[0] * (TILE_SIZE + 4),
                    pos[1] * (TILE_SIZE + 4),
                    code,
                    name.length() > 11 ? name.substring(0, 10) + "." : name,
                    format.number(t.ratio(), locale),
                    fill(t.tightnessClass()),
                    ink(t.tightnessClass())));
        }
        return tiles;
    }
}
