package fi.livskraft.geomap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The shipped municipal shapes of 2025: the view box and, per municipality code, SVG path data and
 * its bounding box (to zoom on a set of municipalities).
 */
@Component
class MapGeometry {

    static final String RESOURCE = "geomap/municipalities.txt";

    /** A bounding box in map units. */
    record Box(long minX, long minY, long maxX, long maxY) {
        Box union(Box o) {
            return new Box(
                    Math.min(minX, o.minX), Math.min(minY, o.minY), Math.max(maxX, o.maxX), Math.max(maxY, o.maxY));
        }

        String viewBox(long margin) {
            return (minX - margin) + " " + (minY - margin) + " " + (maxX - minX + 2 * margin) + " "
                    + (maxY - minY + 2 * margin);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("[Mlz]|-?\\d+");

    private final String viewBox;
    private final Map<String, String> paths;
    private final Map<String, Box> boxes;

    MapGeometry() {
        this(RESOURCE);
    }

    MapGeometry(String resource) {
        Map<String, String> p = new LinkedHashMap<>();
        Map<String, Box> b = new LinkedHashMap<>();
        String box = null;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("viewBox ")) {
                    box = line.substring("viewBox ".length()).strip();
                } else if (!line.startsWith("#") && !line.isBlank()) {
                    int tab = line.indexOf('\t');
                    String code = line.substring(0, tab);
                    String d = line.substring(tab + 1);
                    p.put(code, d);
                    b.put(code, boxOf(d));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.viewBox = box;
        this.paths = Map.copyOf(p);
        this.boxes = Map.copyOf(b);
    }

    /** The rings of path data written by the converter (M x y, then relative l steps, z), as absolute points. */
    static List<List<long[]>> rings(String d) {
        List<List<long[]>> rings = new ArrayList<>();
        List<long[]> ring = null;
        Matcher m = NUMBER.matcher(d);
        boolean absolute = false;
        long x = 0;
        long y = 0;
        Long pendingX = null;
        while (m.find()) {
            String t = m.group();
            switch (t) {
                case "M" -> {
                    absolute = true;
                    ring = new ArrayList<>();
                    rings.add(ring);
                }
                case "l" -> absolute = false;
                case "z" -> {}
                default -> {
                    long v = Long.parseLong(t);
                    if (pendingX == null) {
                        pendingX = v;
                        continue;
                    }
                    x = absolute ? pendingX : x + pendingX;
                    y = absolute ? v : y + v;
                    pendingX = null;
                    ring.add(new long[] {x, y});
                }
            }
        }
        return rings;
    }

    /** The bounding box of path data written by the converter. */
    static Box boxOf(String d) {
        long minX = Long.MAX_VALUE;
        long minY = Long.MAX_VALUE;
        long maxX = Long.MIN_VALUE;
        long maxY = Long.MIN_VALUE;
        for (List<long[]> ring : rings(d)) {
            for (long[] p : ring) {
                minX = Math.min(minX, p[0]);
                minY = Math.min(minY, p[1]);
                maxX = Math.max(maxX, p[0]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        return new Box(minX, minY, maxX, maxY);
    }

    String viewBox() {
        return viewBox;
    }

    Map<String, String> paths() {
        return paths;
    }

    String path(String code) {
        return paths.get(code);
    }

    Box box(String code) {
        return boxes.get(code);
    }
}
