package fi.livskraft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * axe-core over every page a visitor can reach by following links from the overview, for the
 * public and each role: no violation of WCAG 2.1 A/AA with impact serious or critical. Each visitor
 * crawls in one language and visits the overview and the pages it links to in the other two. Every
 * page visited is checked for its language and the error page; axe scans the overview in each
 * language and each page design ({@link PageDesigns}) once per visitor, or every page visited with
 * {@code -De2e.exhaustive=true} (the nightly run). {@code -De2e.maxPages} (default 150) and
 * {@code -De2e.perPattern} (default 3) bound the crawl.
 */
@LiveApplication
class AccessibilityBrowserTest extends BrowserTestBase {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    static final int MAX_PAGES = Integer.getInteger("e2e.maxPages", 150);
    static final int PER_PATTERN = Integer.getInteger("e2e.perPattern", 3);
    /** Scan every page visited, not one per design (nightly: {@code -De2e.exhaustive=true}). */
    static final boolean EXHAUSTIVE = Boolean.getBoolean("e2e.exhaustive");

    @Autowired
    MessageSource messages;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Visitor.class)
    void reachablePagesHaveNoSeriousOrCriticalViolations(Visitor visitor) {
        long started = System.nanoTime();
        String crawlLanguage = LANGUAGES.get(visitor.ordinal() % LANGUAGES.size());
        List<Axe.Violation> violations = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        PageDesigns designs = new PageDesigns();
        int[] pages = {0, 0}; // visited, scanned

        browser.forget().open("/?lang=" + crawlLanguage);
        String who = "the public";
        if (visitor.role().isPresent()) {
            String username = accounts.username(visitor);
            who = username;
            browser.login(username, TestAccounts.PASSWORD);
            assertThat(browser.driver.findElements(By.cssSelector("form[action$='/logout'] button")))
                    .as("%s is logged in", username)
                    .isNotEmpty();
        }
        SiteCrawler crawler = new SiteCrawler(browser, MAX_PAGES, PER_PATTERN);
        List<String> crawled = crawler.crawl(
                "/", Integer.MAX_VALUE, url -> visit(crawlLanguage, false, designs, violations, notes, pages));
        for (String lang : LANGUAGES) {
            if (!lang.equals(crawlLanguage)) {
                browser.open("/?lang=" + lang);
                // the start page in every language is scanned; what it links to, once per design
                new SiteCrawler(browser, MAX_PAGES, PER_PATTERN)
                        .crawl("/", 1, url -> visit(lang, url.equals("/"), designs, violations, notes, pages));
            }
        }

        Map<String, Long> byImpact = new TreeMap<>(Map.of("critical", 0L, "serious", 0L, "moderate", 0L, "minor", 0L));
        violations.forEach(v -> byImpact.merge(v.impact(), 1L, Long::sum));
        System.out.println("axe " + visitor + " crawled as " + who + ": " + String.join(" ", crawled));
        notes.forEach(n -> System.out.println("axe " + visitor + " note: " + n));
        violations.forEach(v -> System.out.println("axe " + visitor + " violation: " + v));
        System.out.printf(
                Locale.ROOT,
                "axe %s: %d pages visited, %d scanned (%s; crawl in %s, start pages in all languages),"
                        + " violations by impact %s, %.1f s%n",
                visitor,
                pages[0],
                pages[1],
                EXHAUSTIVE ? "every page" : designs.count() + " designs",
                crawlLanguage,
                byImpact,
                (System.nanoTime() - started) / 1e9);

        List<Axe.Violation> failing =
                violations.stream().filter(Axe.Violation::failing).toList();
        assertThat(failing)
                .as("serious or critical accessibility violations for %s:%n%s", visitor, summary(failing))
                .isEmpty();
    }

    @Test
    void theScanFindsAnUnlabelledFieldAndAnImageWithoutText() {
        browser.forget().open("/accessibility?lang=en");
        assertThat(Axe.scan(browser).stream().map(Axe.Violation::rule)).doesNotContain("label", "image-alt");

        browser.js("var main = document.querySelector('main');"
                + "var input = document.createElement('input'); input.type = 'text'; main.appendChild(input);"
                + "var img = document.createElement('img');"
                + "img.src = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=';"
                + "main.appendChild(img);");
        List<Axe.Violation> found = Axe.scan(browser);

        assertThat(found)
                .filteredOn(Axe.Violation::failing)
                .extracting(Axe.Violation::rule)
                .contains("label", "image-alt");
        assertThat(found)
                .filteredOn(v -> v.rule().equals("label"))
                .allSatisfy(v -> assertThat(v.url()).isEqualTo("/accessibility?lang=en"));
    }

    @Test
    void theScanFailsAPageWithoutLanguage() {
        browser.driver.get("data:text/html;charset=utf-8,<title>t</title><p>no lang, no label <input>");
        assertThat(Axe.scan(browser))
                .filteredOn(Axe.Violation::failing)
                .extracting(Axe.Violation::rule)
                .contains("html-has-lang", "label");
    }

    /**
     * Checks the page's language and that it is no error page, and scans it with axe unless a page
     * of the same design was scanned for this visitor already (every page with {@code
     * -De2e.exhaustive=true}).
     */
    private void visit(
            String lang,
            boolean always,
            PageDesigns designs,
            List<Axe.Violation> violations,
            Set<String> notes,
            int[] pages) {
        pages[0]++;
        String where = browser.location();
        String pageLang = browser.htmlLang();
        if (!lang.equals(pageLang)) {
            notes.add(where + " is in '" + pageLang + "', expected '" + lang + "'");
        }
        if (!browser.driver
                .findElements(org.openqa.selenium.By.cssSelector("section.error-page"))
                .isEmpty()) {
            notes.add(where + " shows the error page (link to a page that does not exist yet or fails)");
        }
        boolean firstOfItsDesign = designs.firstTime(PageDesigns.of(browser));
        if (!EXHAUSTIVE && !always && !firstOfItsDesign) {
            return;
        }
        pages[1]++;
        violations.addAll(Axe.scan(browser));
    }

    private static String summary(List<Axe.Violation> failing) {
        return failing.stream()
                .collect(Collectors.groupingBy(
                        v -> v.impact() + " " + v.rule() + " (" + v.help() + ") " + v.targets(),
                        TreeMap::new,
                        Collectors.mapping(Axe.Violation::url, Collectors.toCollection(java.util.TreeSet::new))))
                .entrySet()
                .stream()
                .map(e -> "  " + e.getKey() + " on " + e.getValue())
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
