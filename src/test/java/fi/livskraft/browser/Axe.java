package fi.livskraft.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.chromium.HasCdp;

/**
 * axe-core (the {@code axe.min.js} shipped in Deque's {@code com.deque.html.axe-core:selenium}
 * jar) run inside the page through WebDriver, which the page's Content-Security-Policy does not
 * block. Checks the WCAG 2.0 and 2.1 A and AA rules.
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private static final String SOURCE = load();

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(function (r) {
                done(r.violations.map(function (v) {
                  return {id: v.id, impact: v.impact || 'unknown', help: v.help,
                          targets: v.nodes.map(function (n) { return n.target.join(' '); })};
                }));
              })
              .catch(function (e) { done('axe failed: ' + e); });
            """;

    /** One rule broken on one page, with the elements that break it. */
    record Violation(String rule, String impact, String help, List<String> targets, String url) {

        boolean failing() {
            return FAILING_IMPACTS.contains(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") at " + url + " on " + targets;
        }
    }

    private Axe() {}

    /** The violations on the page the browser shows now. */
    @SuppressWarnings("unchecked")
    static List<Violation> scan(Browser browser) {
        if (!browser.axeInstalled && browser.driver instanceof HasCdp cdp) {
            // Every new document gets axe before its own scripts: no 0.5 MB transfer per page.
            cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOURCE));
            browser.axeInstalled = true;
        }
        if (!Boolean.TRUE.equals(browser.js("return typeof window.axe === 'object';"))) {
            browser.js(SOURCE);
        }
        String url = browser.location();
        Object result = browser.jsAsync(RUN, TAGS);
        if (!(result instanceof List<?> list)) {
            throw new IllegalStateException("axe did not run on " + url + ": " + result);
        }
        return list.stream()
                .map(o -> (Map<String, Object>) o)
                .map(v -> new Violation(
                        (String) v.get("id"),
                        (String) v.get("impact"),
                        (String) v.get("help"),
                        ((List<Object>) v.get("targets"))
                                .stream().map(String::valueOf).toList(),
                        url))
                .toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath"
                        + " (test dependency com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
