package fi.livskraft.geomap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Douglas-Peucker simplification that keeps shared borders consistent: the rings are cut at their
 * junctions (points with other than two distinct neighbours over all rings), each piece between two
 * junctions is simplified in one canonical direction, so the two municipalities that share a border
 * get exactly the same simplified line and no gap or overlap opens between them. Rings without a
 * junction start at their smallest point. Points are integer {x, y} pairs.
 */
final class TopologySimplifier {

    record Point(long x, long y) implements Comparable<Point> {
        @Override
        public int compareTo(Point o) {
            return x != o.x ? Long.compare(x, o.x) : Long.compare(y, o.y);
        }
    }

    private TopologySimplifier() {}

    /**
     * Simplifies every ring (closed, the first point not repeated) of every shape; a ring that would
     * collapse under three points is dropped, unless it is the shape's only ring, which is then kept
     * as it was.
     */
    static <K> Map<K, List<List<Point>>> simplify(Map<K, List<List<Point>>> shapes, double tolerance) {
        Map<Point, Set<Point>> neighbours = new HashMap<>();
        for (List<List<Point>> rings : shapes.values()) {
            for (List<Point> ring : rings) {
                int n = ring.size();
                for (int i = 0; i < n; i++) {
                    Point p = ring.get(i);
                    Set<Point> set = neighbours.computeIfAbsent(p, k -> new HashSet<>());
                    set.add(ring.get((i + n - 1) % n));
                    set.add(ring.get((i + 1) % n));
                }
            }
        }
        Map<K, List<List<Point>>> out = new LinkedHashMap<>();
        shapes.forEach((key, rings) -> {
            List<List<Point>> simplified = new ArrayList<>();
            for (List<Point> ring : rings) {
                List<Point> s = simplifyRing(ring, neighbours, tolerance);
                if (s.size() >= 3) {
                    simplified.add(s);
                }
            }
            if (simplified.isEmpty()) {
                simplified.addAll(rings);
            }
            out.put(key, simplified);
        });
        return out;
    }

    private static List<Point> simplifyRing(List<Point> ring, Map<Point, Set<Point>> neighbours, double tolerance) {
        int n = ring.size();
        List<Integer> junctions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (neighbours.get(ring.get(i)).size() != 2) {
                junctions.add(i);
            }
        }
        if (junctions.isEmpty()) {
            int min = 0;
            for (int i = 1; i < n; i++) {
                if (ring.get(i).compareTo(ring.get(min)) < 0) {
                    min = i;
                }
            }
            junctions.add(min);
        }
        List<Point> out = new ArrayList<>();
        for (int j = 0; j < junctions.size(); j++) {
            int from = junctions.get(j);
            int to = j + 1 < junctions.size() ? junctions.get(j + 1) : junctions.get(0) + n;
            List<Point> chain = new ArrayList<>();
            for (int i = from; i <= to; i++) {
                chain.add(ring.get(i % n));
            }
            List<Point> simple = canonical(chain, tolerance);
            out.addAll(simple.subList(0, simple.size() - 1));
        }
        return out;
    }

    /** Simplifies a chain in the direction that starts from its smaller end, so both owners agree. */
    static List<Point> canonical(List<Point> chain, double tolerance) {
        boolean reverse = compareEnds(chain) > 0;
        List<Point> work = new ArrayList<>(chain);
        if (reverse) {
            java.util.Collections.reverse(work);
        }
        List<Point> simple = douglasPeucker(work, tolerance);
        if (reverse) {
            java.util.Collections.reverse(simple);
        }
        return simple;
    }

    private static int compareEnds(List<Point> chain) {
        int n = chain.size();
        for (int i = 0; i < n / 2; i++) {
            int c = chain.get(i).compareTo(chain.get(n - 1 - i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Classic Douglas-Peucker on an open chain; keeps both ends. */
    static List<Point> douglasPeucker(List<Point> chain, double tolerance) {
        int n = chain.size();
        if (n <= 2) {
            return new ArrayList<>(chain);
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        dp(chain, 0, n - 1, tolerance, keep);
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out.add(chain.get(i));
            }
        }
        return out;
    }

    private static void dp(List<Point> chain, int first, int last, double tolerance, boolean[] keep) {
        if (last - first < 2) {
            return;
        }
        double max = -1;
        int index = -1;
        for (int i = first + 1; i < last; i++) {
            double d = distance(chain.get(i), chain.get(first), chain.get(last));
            if (d > max) {
                max = d;
                index = i;
            }
        }
        if (max > tolerance) {
            keep[index] = true;
            dp(chain, first, index, tolerance, keep);
            dp(chain, index, last, tolerance, keep);
        }
    }

    /** Distance of p from the segment a-b (from a where a and b coincide). */
    static double distance(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len2 = dx * dx + dy * dy;
        if (len2 == 0) {
            return Math.hypot(p.x() - a.x(), p.y() - a.y());
        }
        double t = ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
    }

    /**
     * Dissolves two shapes into one: both rings turned the same way, edges they share (in opposite
     * directions) removed, the rest chained into rings.
     */
    static List<List<Point>> dissolve(List<List<Point>> a, List<List<Point>> b) {
        Map<Point, List<Point>> next = new LinkedHashMap<>();
        Set<List<Point>> edges = new HashSet<>();
        List<List<Point>> all = new ArrayList<>();
        a.forEach(r -> all.add(counterClockwise(r)));
        b.forEach(r -> all.add(counterClockwise(r)));
        for (List<Point> ring : all) {
            for (int i = 0; i < ring.size(); i++) {
                edges.add(List.of(ring.get(i), ring.get((i + 1) % ring.size())));
            }
        }
        List<List<Point>> kept = new ArrayList<>();
        for (List<Point> ring : all) {
            for (int i = 0; i < ring.size(); i++) {
                Point p = ring.get(i);
                Point q = ring.get((i + 1) % ring.size());
                if (!edges.contains(List.of(q, p))) {
                    kept.add(List.of(p, q));
                    next.computeIfAbsent(p, k -> new ArrayList<>()).add(q);
                }
            }
        }
        List<List<Point>> rings = new ArrayList<>();
        Set<List<Point>> used = new HashSet<>();
        for (List<Point> edge : kept) {
            if (used.contains(edge)) {
                continue;
            }
            List<Point> ring = new ArrayList<>();
            Point start = edge.get(0);
            Point p = start;
            do {
                ring.add(p);
                Point from = p;
                Point q = next.get(p).stream()
                        .filter(c -> !used.contains(List.of(from, c)))
                        .findFirst()
                        .orElseThrow();
                used.add(List.of(p, q));
                p = q;
            } while (!p.equals(start));
            rings.add(ring);
        }
        return rings;
    }

    /** Twice the signed area (positive when counter-clockwise in x-right, y-up axes). */
    static long doubleArea(List<Point> ring) {
        long sum = 0;
        for (int i = 0; i < ring.size(); i++) {
            Point p = ring.get(i);
            Point q = ring.get((i + 1) % ring.size());
            sum += p.x() * q.y() - q.x() * p.y();
        }
        return sum;
    }

    private static List<Point> counterClockwise(List<Point> ring) {
        if (doubleArea(ring) >= 0) {
            return ring;
        }
        List<Point> r = new ArrayList<>(ring);
        java.util.Collections.reverse(r);
        return r;
    }
}
