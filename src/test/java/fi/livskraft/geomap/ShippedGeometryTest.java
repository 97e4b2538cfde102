package fi.livskraft.geomap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped map geometry against the National Land Survey's boundaries in ../shared/data (skipped
 * where they are absent): every municipality of 2025 has a shape, and each shape's bounding box and
 * area agree with the source projected here.
 */
class ShippedGeometryTest {

    static final Path SOURCE = Path.of("..", "shared", "data", "geography", "kuntarajat.2023.json");

    @Test
    void everyMunicipalityOf2025HasAShapeAgreeingWithTheSource() throws Exception {
        assumeTrue(
                Files.isRegularFile(SOURCE),
                "../shared/data/geography/kuntarajat.2023.json is absent: the shipped map is not compared");
        String text = new ClassPathResource(MapGeometry.RESOURCE).getContentAsString(StandardCharsets.UTF_8);
        Matcher origin =
                Pattern.compile("from easting (\\d+) / northing (\\d+)").matcher(text);
        assertThat(origin.find()).isTrue();
        double originE = Double.parseDouble(origin.group(1));
        double originN = Double.parseDouble(origin.group(2));
        int unit = GeometryConverter.UNIT;

        Map<String, List<List<double[]>>> source = GeometryConverter.projected(SOURCE);
        assertThat(source).hasSize(309);
        // the 2025 division: 588 is part of 507
        Map<String, double[]> expected = new HashMap<>();
        source.forEach((code, rings) -> {
            String target = code.equals("588") ? "507" : code;
            double[] e = expected.computeIfAbsent(target, k ->
                    new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, 0});
            for (List<double[]> ring : rings) {
                double twice = 0;
                for (int i = 0; i < ring.size(); i++) {
                    double[] p = ring.get(i);
                    double[] q = ring.get((i + 1) % ring.size());
                    double x = (p[0] - originE) / unit;
                    double y = (originN - p[1]) / unit;
                    e[0] = Math.min(e[0], x);
                    e[1] = Math.min(e[1], y);
                    e[2] = Math.max(e[2], x);
                    e[3] = Math.max(e[3], y);
                    twice += x * ((originN - q[1]) / unit) - ((q[0] - originE) / unit) * y;
                }
                e[4] += Math.abs(twice) / 2;
            }
        });

        MapGeometry shipped = new MapGeometry();
        double worst = 0;
        assertThat(new TreeSet<>(shipped.paths().keySet())).isEqualTo(new TreeSet<>(expected.keySet()));
        assertThat(shipped.paths()).hasSize(308);
        for (var entry : shipped.paths().entrySet()) {
            String code = entry.getKey();
            double[] e = expected.get(code);
            MapGeometry.Box box = MapGeometry.boxOf(entry.getValue());
            assertThat(box.minX())
                    .as("west edge of %s", code)
                    .isCloseTo(Math.round(e[0]), org.assertj.core.api.Assertions.within(2L));
            assertThat(box.minY())
                    .as("north edge of %s", code)
                    .isCloseTo(Math.round(e[1]), org.assertj.core.api.Assertions.within(2L));
            assertThat(box.maxX())
                    .as("east edge of %s", code)
                    .isCloseTo(Math.round(e[2]), org.assertj.core.api.Assertions.within(2L));
            assertThat(box.maxY())
                    .as("south edge of %s", code)
                    .isCloseTo(Math.round(e[3]), org.assertj.core.api.Assertions.within(2L));
            double area = 0;
            for (List<long[]> ring : MapGeometry.rings(entry.getValue())) {
                long twice = 0;
                for (int i = 0; i < ring.size(); i++) {
                    long[] p = ring.get(i);
                    long[] q = ring.get((i + 1) % ring.size());
                    twice += p[0] * q[1] - q[0] * p[1];
                }
                area += Math.abs(twice) / 2.0;
            }
            // 1 unit = 500 m, a unit square 0.25 km²: simplifying moves a border by at most the
            // tolerance, so the allowance grows with the perimeter (a unit's strip along it, halved)
            double perimeter = 0;
            for (List<long[]> ring : MapGeometry.rings(entry.getValue())) {
                for (int i = 0; i < ring.size(); i++) {
                    long[] p = ring.get(i);
                    long[] q = ring.get((i + 1) % ring.size());
                    perimeter += Math.hypot(q[0] - p[0], q[1] - p[1]);
                }
            }
            double allowance = perimeter * GeometryConverter.TOLERANCE / 2;
            assertThat(Math.abs(area - e[4]))
                    .as("area of %s: shipped %.1f, source %.1f units, perimeter %.1f", code, area, e[4], perimeter)
                    .isLessThanOrEqualTo(allowance);
            worst = Math.max(worst, Math.abs(area - e[4]) / e[4]);
        }
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).as("shipped geometry size").isLessThan(300_000);
        System.out.println(
                "shipped map geometry: " + bytes + " bytes, " + shipped.paths().size() + " shapes");
    }
}
