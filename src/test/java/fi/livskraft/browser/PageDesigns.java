package fi.livskraft.browser;

import java.util.HashSet;
import java.util.Set;

/**
 * The page designs one visitor has seen, so that axe scans each design once: a design is the
 * address pattern ({@link SiteCrawler#pattern}: ids and codes replaced) plus the page's element
 * skeleton (tag names and nesting, input and button types, no text and no other attributes; a
 * run of siblings of the same shape counts once, so a table of 5 rows and one of 50 are alike).
 * New pages and new elements on a page make new designs by themselves.
 */
final class PageDesigns {

    private static final String SKELETON = """
            function shape(e) {
              var kids = [];
              for (var c = e.firstElementChild; c; c = c.nextElementSibling) {
                var t = c.tagName;
                if (t === 'SCRIPT' || t === 'STYLE' || t === 'TEMPLATE' || t === 'svg' || t === 'SVG') {
                  continue;
                }
                var k = shape(c);
                if (kids[kids.length - 1] !== k) {
                  kids.push(k);
                }
              }
              var name = e.tagName.toLowerCase();
              if (name === 'input' || name === 'button') {
                name += '[' + (e.getAttribute('type') || '') + ']';
              }
              return kids.length ? name + '(' + kids.join(',') + ')' : name;
            }
            return shape(document.documentElement);
            """;

    private final Set<String> seen = new HashSet<>();

    /** The design of the page the browser shows now: its address pattern and skeleton hash. */
    static String of(Browser browser) {
        String skeleton = (String) browser.js(SKELETON);
        return SiteCrawler.pattern(browser.location()) + " #" + Integer.toHexString(skeleton.hashCode()) + "/"
                + skeleton.length();
    }

    /** True the first time a design is seen. */
    boolean firstTime(String design) {
        return seen.add(design);
    }

    int count() {
        return seen.size();
    }
}
