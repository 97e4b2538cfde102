package fi.livskraft.browser;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Follows the {@code <a href>} links of the application breadth first, in the browser, within one
 * origin. Long lists are sampled: at most a few addresses per pattern (the path with its id or
 * code segments replaced, plus the names of the query parameters).
 */
final class SiteCrawler {

    static final Pattern SKIPPED_PATH = Pattern.compile(
            "^/(logout|login/|api/|v3/|swagger-ui|actuator|webjars/|css/|js/|img/|favicon|error)(.*)$|^/swagger-ui\\.html$");
    static final Pattern FILE = Pattern.compile("(?i).*\\.(csv|xlsx?|pdf|json|ics|xml|zip|txt|png|jpe?g|svg|gif)$");
    /** Query parameters that change no content: the language (set by cookie) and the login redirect marker. */
    static final Set<String> IGNORED_PARAMETERS = Set.of("lang", "continue");

    private final Browser browser;
    private final int maxPages;
    private final int perPattern;

    SiteCrawler(Browser browser, int maxPages, int perPattern) {
        this.browser = browser;
        this.maxPages = maxPages;
        this.perPattern = perPattern;
    }

    /**
     * Visits the start address and what its links lead to, up to {@code depth} links away, calling
     * {@code onPage} on each page once it is shown. Returns the addresses visited.
     */
    List<String> crawl(String start, int depth, Consumer<String> onPage) {
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> byPattern = new HashMap<>();
        Deque<Map.Entry<String, Integer>> queue = new ArrayDeque<>();
        String first = normalise(browser.base() + start);
        seen.add(first);
        queue.add(Map.entry(first, 0));
        List<String> visited = new ArrayList<>();
        while (!queue.isEmpty() && visited.size() < maxPages) {
            Map.Entry<String, Integer> next = queue.poll();
            browser.open(next.getKey());
            visited.add(next.getKey());
            onPage.accept(next.getKey());
            if (next.getValue() >= depth) {
                continue;
            }
            for (String link : links()) {
                String address = normalise(link);
                if (address == null || seen.contains(address)) {
                    continue;
                }
                String pattern = pattern(address);
                if (byPattern.merge(pattern, 1, Integer::sum) > perPattern) {
                    continue;
                }
                seen.add(address);
                queue.add(Map.entry(address, next.getValue() + 1));
            }
        }
        return visited;
    }

    @SuppressWarnings("unchecked")
    private List<String> links() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('a[href]'))"
                + ".filter(function (a) { return !a.hasAttribute('download'); })"
                // an SVG link's href is an object: read the attribute and resolve it against the page
                + ".map(function (a) { return new URL(a.getAttribute('href'), location.href).href; });");
    }

    /** The path and query to visit (without fragment and ignored parameters), or null to skip it. */
    String normalise(String link) {
        URI uri;
        try {
            uri = URI.create(link);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (uri.getScheme() == null || !(browser.base()).equals(uri.getScheme() + "://" + uri.getRawAuthority())) {
            return null;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (SKIPPED_PATH.matcher(path).matches() || FILE.matcher(path).matches() || path.contains("/export")) {
            return null;
        }
        StringBuilder query = new StringBuilder();
        if (uri.getRawQuery() != null) {
            for (String part : uri.getRawQuery().split("&")) {
                String name = part.split("=", 2)[0];
                if (!part.isEmpty() && !IGNORED_PARAMETERS.contains(name)) {
                    query.append(query.length() == 0 ? "?" : "&").append(part);
                }
            }
        }
        return path + query;
    }

    /** {@code /municipalities/091?page=2} -> {@code /municipalities/*?page}. */
    static String pattern(String address) {
        String path = address.split("\\?", 2)[0];
        String[] segments = path.split("/", -1);
        boolean replaced = false;
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].matches(".*\\d.*")) {
                segments[i] = "*";
                replaced = true;
            }
        }
        if (!replaced && segments.length > 2) {
            segments[segments.length - 1] = "*";
        }
        Set<String> names = new TreeSet<>();
        if (address.contains("?")) {
            for (String part : address.split("\\?", 2)[1].split("&")) {
                names.add(part.split("=", 2)[0]);
            }
        }
        return String.join("/", segments) + (names.isEmpty() ? "" : "?" + String.join("&", names));
    }
}
