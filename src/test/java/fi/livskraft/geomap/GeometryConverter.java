package fi.livskraft.geomap;

import fi.livskraft.geomap.TopologySimplifier.Point;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Run once to (re)write the shipped map geometry {@code src/main/resources/geomap/municipalities.txt}
 * from the National Land Survey's municipal boundaries (GeoJSON, WGS84, 2023 division):
 * projects to ETRS-TM35FIN, rounds to the map's unit of {@value #UNIT} m, merges 588 into 507 for
 * the 2025 division, simplifies (topology-preserving Douglas-Peucker, tolerance {@value #TOLERANCE}
 * units) and writes one line per municipality: its code, a tab, SVG path data in integer
 * coordinates (x east, y south from the top left of the view box).
 *
 * <pre>./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=fi.livskraft.geomap.GeometryConverter \
 *   -Dexec.args="../shared/data/geography/kuntarajat.2023.json src/main/resources/geomap/municipalities.txt"</pre>
 *
 * (or run the main method from an IDE with the same two arguments).
 */
final class GeometryConverter {

    static final int UNIT = 500;
    static final double TOLERANCE = 1.0;
    static final int MARGIN = 4;

    private GeometryConverter() {}

    /** The source's rings per (2023) municipality code, projected, in metres. */
    static Map<String, List<List<double[]>>> projected(Path kuntarajat) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(kuntarajat));
        Map<String, List<List<double[]>>> shapes = new TreeMap<>();
        for (JsonNode feature : root.get("features")) {
            String code = feature.get("properties").get("NATCODE").asString();
            JsonNode geometry = feature.get("geometry");
            List<JsonNode> polygons = new ArrayList<>();
            if (geometry.get("type").asString().equals("MultiPolygon")) {
                geometry.get("coordinates").forEach(polygons::add);
            } else {
                polygons.add(geometry.get("coordinates"));
            }
            List<List<double[]>> rings = new ArrayList<>();
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    List<double[]> points = new ArrayList<>();
                    for (JsonNode c : ring) {
                        points.add(Tm35fin.project(c.get(0).asDouble(), c.get(1).asDouble()));
                    }
                    points.remove(points.size() - 1);
                    rings.add(points);
                }
            }
            shapes.put(code, rings);
        }
        return shapes;
    }

    record Result(int width, int height, double minEasting, double maxNorthing, Map<String, String> paths) {}

    static Result convert(Path kuntarajat) throws IOException {
        Map<String, List<List<double[]>>> metres = projected(kuntarajat);
        double minE = Double.MAX_VALUE;
        double maxE = -Double.MAX_VALUE;
        double minN = Double.MAX_VALUE;
        double maxN = -Double.MAX_VALUE;
        for (List<List<double[]>> rings : metres.values()) {
            for (List<double[]> ring : rings) {
                for (double[] p : ring) {
                    minE = Math.min(minE, p[0]);
                    maxE = Math.max(maxE, p[0]);
                    minN = Math.min(minN, p[1]);
                    maxN = Math.max(maxN, p[1]);
                }
            }
        }
        double originE = minE - MARGIN * UNIT;
        double originN = maxN + MARGIN * UNIT;
        Map<String, List<List<Point>>> grid = new TreeMap<>();
        for (var e : metres.entrySet()) {
            List<List<Point>> rings = new ArrayList<>();
            for (List<double[]> ring : e.getValue()) {
                List<Point> points = new ArrayList<>();
                for (double[] p : ring) {
                    Point q = new Point(Math.round((p[0] - originE) / UNIT), Math.round((originN - p[1]) / UNIT));
                    if (points.isEmpty() || !points.get(points.size() - 1).equals(q)) {
                        points.add(q);
                    }
                }
                while (points.size() > 1 && points.get(0).equals(points.get(points.size() - 1))) {
                    points.remove(points.size() - 1);
                }
                if (points.size() >= 3) {
                    rings.add(points);
                }
            }
            grid.put(e.getKey(), rings);
        }
        // the 2025 division: 588 Pertunmaa merged into 507 Mäntyharju on 1.1.2025
        grid.put("507", TopologySimplifier.dissolve(grid.get("507"), grid.remove("588")));
        Map<String, List<List<Point>>> simple = TopologySimplifier.simplify(grid, TOLERANCE);
        Map<String, String> paths = new TreeMap<>();
        simple.forEach((code, rings) -> paths.put(code, path(rings)));
        int width = (int) Math.ceil((maxE - originE) / UNIT) + MARGIN;
        int height = (int) Math.ceil((originN - minN) / UNIT) + MARGIN;
        return new Result(width, height, originE, originN, paths);
    }

    /** SVG path data: an absolute move to each ring's first point, then relative lines, closed. */
    static String path(List<List<Point>> rings) {
        StringBuilder d = new StringBuilder();
        for (List<Point> ring : rings) {
            Point first = ring.get(0);
            d.append('M').append(first.x()).append(' ').append(first.y()).append('l');
            Point prev = first;
            for (int i = 1; i < ring.size(); i++) {
                Point p = ring.get(i);
                long dx = p.x() - prev.x();
                long dy = p.y() - prev.y();
                if (i > 1 && dx >= 0) {
                    d.append(' ');
                }
                d.append(dx);
                if (dy >= 0) {
                    d.append(' ');
                }
                d.append(dy);
                prev = p;
            }
            d.append('z');
        }
        return d.toString();
    }

    public static void main(String[] args) throws IOException {
        Result r = convert(Path.of(args[0]));
        StringBuilder out = new StringBuilder();
        out.append("# Livskraft map geometry: the municipalities of the 2025 division (588 merged into 507).\n");
        out.append("# Contains data from the National Land Survey of Finland, Administrative borders"
                + " (municipal division 1:4,500,000, 2023), CC BY 4.0.\n");
        out.append("# Written by fi.livskraft.geomap.GeometryConverter: ETRS-TM35FIN, 1 unit = ")
                .append(UNIT)
                .append(" m, x east and y south from easting ")
                .append(Math.round(r.minEasting()))
                .append(" / northing ")
                .append(Math.round(r.maxNorthing()))
                .append(", Douglas-Peucker ")
                .append(TOLERANCE)
                .append(" unit keeping shared borders.\n");
        out.append("viewBox 0 0 ")
                .append(r.width())
                .append(' ')
                .append(r.height())
                .append('\n');
        r.paths().forEach((code, d) -> out.append(code).append('\t').append(d).append('\n'));
        Files.writeString(Path.of(args[1]), out.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + r.paths().size() + " shapes, " + out.length() + " characters");
    }
}
