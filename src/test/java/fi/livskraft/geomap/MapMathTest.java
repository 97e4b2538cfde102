package fi.livskraft.geomap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.livskraft.geomap.TopologySimplifier.Point;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Projection, simplification, dissolving, path data and legend classes, with exact numbers. */
class MapMathTest {

    @Test
    void projectsToTm35finAsAnIndependentSeriesDoes() {
        // expected values from Snyder's transverse Mercator series (USGS PP 1395) on GRS80
        double[] centre = Tm35fin.project(27, 60);
        assertThat(centre[0]).isCloseTo(500000.000, within(0.001));
        assertThat(centre[1]).isCloseTo(6651411.191, within(0.01));
        double[] helsinki = Tm35fin.project(24.9384, 60.1699);
        assertThat(helsinki[0]).isCloseTo(385611.317, within(0.01));
        assertThat(helsinki[1]).isCloseTo(6672118.381, within(0.01));
        double[] west = Tm35fin.project(20, 60);
        assertThat(west[0]).isCloseTo(110043.300, within(0.05));
        assertThat(west[1]).isCloseTo(6672079.495, within(0.05));
        double[] north = Tm35fin.project(31.5, 69.5);
        assertThat(north[0]).isCloseTo(675742.662, within(0.05));
        assertThat(north[1]).isCloseTo(7716584.517, within(0.05));
    }

    @Test
    void douglasPeuckerDropsPointsWithinTheToleranceOnly() {
        List<Point> chain =
                List.of(new Point(0, 0), new Point(5, 1), new Point(10, 0), new Point(15, 3), new Point(20, 0));
        assertThat(TopologySimplifier.douglasPeucker(chain, 0.5)).isEqualTo(chain);
        // 15,3 lies 3 from the base line, 5,1 only 1 from the line 0,0-15,3... after the split
        assertThat(TopologySimplifier.douglasPeucker(chain, 2.0))
                .containsExactly(new Point(0, 0), new Point(15, 3), new Point(20, 0));
        assertThat(TopologySimplifier.douglasPeucker(chain, 3.5)).containsExactly(new Point(0, 0), new Point(20, 0));
        assertThat(TopologySimplifier.distance(new Point(5, 1), new Point(0, 0), new Point(10, 0)))
                .isEqualTo(1.0);
        assertThat(TopologySimplifier.distance(new Point(13, 4), new Point(0, 0), new Point(10, 0)))
                .isEqualTo(5.0);
    }

    @Test
    void neighboursKeepTheSameSimplifiedBorder() {
        // two shapes sharing a wavy border from (10,0) down to (10,20)
        List<Point> border = List.of(
                new Point(10, 0),
                new Point(11, 4),
                new Point(10, 8),
                new Point(14, 12),
                new Point(10, 16),
                new Point(10, 20));
        List<Point> west = new ArrayList<>(List.of(new Point(0, 20), new Point(0, 0)));
        west.addAll(border.subList(0, border.size() - 1));
        west.add(border.get(border.size() - 1));
        List<Point> east = new ArrayList<>(List.of(new Point(20, 0), new Point(20, 20)));
        List<Point> reversed = new ArrayList<>(border);
        java.util.Collections.reverse(reversed);
        east.addAll(reversed);
        Map<String, List<List<Point>>> shapes = new LinkedHashMap<>();
        shapes.put("west", List.of(west));
        shapes.put("east", List.of(east));
        Map<String, List<List<Point>>> simple = TopologySimplifier.simplify(shapes, 1.5);
        List<Point> w = simple.get("west").get(0);
        List<Point> e = simple.get("east").get(0);
        List<Point> sharedWest =
                w.stream().filter(p -> p.x() >= 10 && p.x() < 20).toList();
        List<Point> sharedEast = new ArrayList<>(
                e.stream().filter(p -> p.x() >= 10 && p.x() < 20).toList());
        java.util.Collections.reverse(sharedEast);
        // (11,4) is 1 from the line (10,0)-(10,8) and goes; (14,12) is 4 away and stays
        assertThat(sharedWest)
                .containsExactly(
                        new Point(10, 0), new Point(10, 8), new Point(14, 12), new Point(10, 16), new Point(10, 20));
        assertThat(sharedEast).isEqualTo(sharedWest);
    }

    @Test
    void dissolvingTwoSquaresLeavesTheOuterRing() {
        List<Point> a = List.of(new Point(0, 0), new Point(10, 0), new Point(10, 10), new Point(0, 10));
        List<Point> b = List.of(new Point(10, 0), new Point(20, 0), new Point(20, 10), new Point(10, 10));
        List<List<Point>> merged = TopologySimplifier.dissolve(List.of(a), List.of(b));
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0)).hasSize(6);
        assertThat(Math.abs(TopologySimplifier.doubleArea(merged.get(0)))).isEqualTo(400);
    }

    @Test
    void pathDataRoundTrips() {
        List<Point> ring = List.of(new Point(10, 20), new Point(13, 16), new Point(18, 22));
        String d = GeometryConverter.path(List.of(ring));
        assertThat(d).isEqualTo("M10 20l3-4 5 6z");
        assertThat(MapGeometry.boxOf(d)).isEqualTo(new MapGeometry.Box(10, 16, 18, 22));
        assertThat(MapGeometry.rings(d).get(0))
                .extracting(p -> p[0] + "," + p[1])
                .containsExactly("10,20", "13,16", "18,22");
    }

    @Test
    void quantileClassesWithExactBounds() {
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            values.add(BigDecimal.valueOf(i));
        }
        Classes classes = Classes.quantiles(values, 5, 0);
        assertThat(classes.bounds()).extracting(BigDecimal::intValue).containsExactly(2, 4, 6, 8);
        assertThat(classes.of(BigDecimal.ONE)).isZero();
        assertThat(classes.of(new BigDecimal("2"))).isZero();
        assertThat(classes.of(new BigDecimal("2.01"))).isEqualTo(1);
        assertThat(classes.of(new BigDecimal("8"))).isEqualTo(3);
        assertThat(classes.of(BigDecimal.TEN)).isEqualTo(4);
        assertThat(classes.colour(0)).isEqualTo("#eff3ff");
        assertThat(classes.colour(4)).isEqualTo("#08519c");
    }

    @Test
    void fewDistinctValuesGiveFewerClassesSpreadOverThePalette() {
        Classes classes = Classes.quantiles(
                List.of(new BigDecimal("1.04"), new BigDecimal("1.01"), new BigDecimal("0.96"), new BigDecimal("2.3")),
                5,
                1);
        // positions 0 (none), 1, 2, 3 of 0.96, 1.01, 1.04, 2.3 rounded to one decimal: 1.0, 1.0, 1.0
        assertThat(classes.bounds()).containsExactly(new BigDecimal("1.0"));
        assertThat(classes.count()).isEqualTo(2);
        assertThat(classes.of(new BigDecimal("1.04"))).isEqualTo(1);
        assertThat(classes.colour(1)).isEqualTo("#08519c");
        assertThat(Classes.quantiles(List.of(BigDecimal.ONE, BigDecimal.ONE), 5, 0)
                        .count())
                .isEqualTo(1);
    }
}
