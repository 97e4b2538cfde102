package fi.livskraft.situation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A server-side SVG line chart of monthly series: a y axis from 0 with round steps (1, 2 or 5 times
 * a power of ten), an x axis with a label every few months counted back from the latest, and one polyline per series (a month
 * without a figure breaks no line: the points skip it). Coordinates in SVG user units.
 */
record LineChart(int width, int height, Box plot, List<Tick> yTicks, List<Tick> xTicks, List<Line> lines) {

    /** The plotting area inside the axes. */
    record Box(int left, int top, int right, int bottom) {}

    /** A tick: its position along its axis and its value (y: a number, x: a month 2023-10). */
    record Tick(double position, long value, String label) {}

    /** One series: its key (for the legend and the CSS class) and its points "x,y x,y". */
    record Line(String key, String points) {}

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final Box PLOT = new Box(64, 30, 624, 220);

    /** Builds the chart of the months (oldest first) and the series (one value per month, null: none). */
    static LineChart of(List<String> months, List<String> keys, List<List<BigDecimal>> series) {
        double max = 0;
        for (List<BigDecimal> s : series) {
            for (BigDecimal v : s) {
                if (v != null) {
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        long step = step(max);
        long top = step * Math.max(1, (long) Math.ceil(max / step));
        List<Tick> y = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            y.add(new Tick(yOf(v, top), v, null));
        }
        List<Tick> x = new ArrayList<>();
        int every = months.size() > 12 ? 3 : months.size() > 6 ? 2 : 1;
        for (int i = 0; i < months.size(); i++) {
            // counted back from the latest month, so the last label never crowds the one before it
            if ((months.size() - 1 - i) % every == 0) {
                x.add(new Tick(xOf(i, months.size()), i, months.get(i).replace('M', '-')));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            StringBuilder points = new StringBuilder();
            List<BigDecimal> s = series.get(k);
            for (int i = 0; i < months.size(); i++) {
                BigDecimal v = i < s.size() ? s.get(i) : null;
                if (v == null) {
                    continue;
                }
                if (!points.isEmpty()) {
                    points.append(' ');
                }
                points.append(
                        String.format(Locale.ROOT, "%.1f,%.1f", xOf(i, months.size()), yOf(v.doubleValue(), top)));
            }
            lines.add(new Line(keys.get(k), points.toString()));
        }
        return new LineChart(WIDTH, HEIGHT, PLOT, y, x, lines);
    }

    /** A round step giving at most five intervals up to the maximum. */
    static long step(double max) {
        if (max <= 0) {
            return 1;
        }
        double raw = max / 5;
        long power = 1;
        while (power * 10 <= raw) {
            power *= 10;
        }
        for (long f : new long[] {1, 2, 5, 10}) {
            if (f * power >= raw) {
                return f * power;
            }
        }
        return 10 * power;
    }

    private static double xOf(int i, int n) {
        return n <= 1 ? PLOT.left() : PLOT.left() + (double) i * (PLOT.right() - PLOT.left()) / (n - 1);
    }

    private static double yOf(double v, long top) {
        return PLOT.bottom() - v * (PLOT.bottom() - PLOT.top()) / top;
    }
}
