package fi.livskraft.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/**
 * Every visible string in a template comes from a message key (or from data), and no template
 * carries inline style or script, which the Content-Security-Policy would block.
 */
class TemplateTextTest {

    static final Path TEMPLATES = MessageBundlesTest.TEMPLATES;

    /** Attributes whose element's text Thymeleaf replaces or removes at render time. */
    static final Set<String> REPLACING =
            Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:substituteby", "th:include");

    /**
     * Text that may stand as it is: the language names (each written in its own language), the
     * product's name, and the user names of the demonstration accounts (data, not prose).
     */
    static final Set<String> ALLOWED = Set.of(
            "Svenska",
            "Suomi",
            "English",
            "Livskraft",
            "coordinator",
            "owner",
            "provider",
            "employer",
            "employmentarea");

    /** Attributes a person sees or hears; each needs its {@code th:} twin. */
    static final Set<String> VISIBLE_ATTRIBUTES =
            Set.of("title", "alt", "placeholder", "aria-label", "aria-description", "aria-roledescription");

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : templates()) {
            Document doc = parse(file);
            String name = TEMPLATES.relativize(file).toString();
            NodeTraversor.traverse(
                    (node, depth) -> {
                        if (node instanceof TextNode text) {
                            String visible =
                                    withoutInlineExpressions(text.text()).strip();
                            if (isText(visible) && !coveredByThymeleaf(text.parent())) {
                                problems.add(name + ": text \"" + visible + "\" in <" + tag(text.parent()) + ">");
                            }
                        } else if (node instanceof Element element) {
                            checkAttributes(name, element, problems);
                        }
                    },
                    doc);
        }
        problems.forEach(p -> System.out.println("hard-coded: " + p));
        assertThat(problems).as("hard-coded text in templates").isEmpty();
    }

    @Test
    void templatesHaveNoInlineStyleOrScript() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : templates()) {
            String name = TEMPLATES.relativize(file).toString();
            for (Element element : parse(file).getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String key = attribute.getKey().toLowerCase(Locale.ROOT);
                    String bare = key.startsWith("th:") ? key.substring(3) : key;
                    if (bare.equals("style")
                            || bare.equals("styleappend")
                            || (key.equals("th:attr") && attribute.getValue().matches("(?s).*\\bstyle\\s*=.*"))) {
                        problems.add(name + ": inline style on <" + element.tagName() + ">");
                    }
                    if (bare.startsWith("on") && bare.length() > 2) {
                        problems.add(name + ": event handler attribute " + key + " on <" + element.tagName() + ">");
                    }
                    if (attribute.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                        problems.add(name + ": javascript: URL in " + key);
                    }
                }
                if (element.tagName().equals("style")) {
                    problems.add(name + ": <style> element");
                }
                if (element.tagName().equals("script")
                        && element.dataNodes().stream()
                                .map(DataNode::getWholeData)
                                .anyMatch(d -> !d.isBlank())) {
                    problems.add(name + ": <script> with a body");
                }
            }
        }
        problems.forEach(p -> System.out.println("inline: " + p));
        assertThat(problems).as("inline style or script in templates").isEmpty();
    }

    @Test
    void theCheckFindsHardCodedText() {
        Document doc = Jsoup.parse(
                "<html xmlns:th=\"http://www.thymeleaf.org\" th:replace=\"~{layout :: page(#{t},"
                        + " ~{::section})}\"><body><section><h1>Hello</h1><p th:text=\"#{x}\">sample</p></section></body></html>");
        Element h1 = doc.selectFirst("h1");
        Element p = doc.selectFirst("p");
        assertThat(coveredByThymeleaf(h1)).isFalse();
        assertThat(coveredByThymeleaf(p)).isTrue();
        assertThat(isText("Hello")).isTrue();
        assertThat(isText(" · ")).isFalse();
        assertThat(isText("Suomi")).isFalse();
        assertThat(withoutInlineExpressions("[[#{a.b}]] ([(${n})])").strip()).isEqualTo("( )");
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> list =
                    files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
            assertThat(list).as("templates under " + TEMPLATES).isNotEmpty();
            return list;
        }
    }

    static Document parse(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Words a person would read: at least one letter and not on the allow-list. */
    static boolean isText(String text) {
        return !text.isEmpty() && text.codePoints().anyMatch(Character::isLetter) && !ALLOWED.contains(text);
    }

    /** Inline expressions ({@code [[...]]}, {@code [(...)]}) are rendered, not literal text. */
    static String withoutInlineExpressions(String text) {
        return text.replaceAll("\\[\\[.*?]]", " ").replaceAll("\\[\\(.*?\\)]", " ");
    }

    /**
     * Whether Thymeleaf replaces the text: an element on the way up has th:text, th:utext,
     * th:replace or th:insert, or th:remove of its body. The root {@code <html th:replace="~{layout
     * :: page(..., ~{::section})}>} of a page does not count: its section is rendered.
     */
    static boolean coveredByThymeleaf(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.tagName().equals("html") || e.tagName().equals("#root")) {
                return false;
            }
            for (Attribute attribute : e.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (REPLACING.contains(key)
                        || key.startsWith("data-th-") && REPLACING.contains("th:" + key.substring(8))) {
                    return true;
                }
                if (key.equals("th:remove") && !attribute.getValue().strip().equals("tag")) {
                    return true;
                }
            }
            if (e.tagName().equals("code")
                    || e.tagName().equals("kbd")
                    || e.tagName().equals("samp")) {
                return true;
            }
        }
        return false;
    }

    static void checkAttributes(String name, Element element, List<String> problems) {
        for (String attribute : VISIBLE_ATTRIBUTES) {
            String value = element.attr(attribute);
            if (isText(value.strip())
                    && !element.hasAttr("th:" + attribute)
                    && !element.attr("th:attr").contains(attribute + "=")) {
                problems.add(name + ": " + attribute + "=\"" + value + "\" on <" + element.tagName() + ">");
            }
        }
        String type = element.attr("type").toLowerCase(Locale.ROOT);
        if (element.tagName().equals("input")
                && Set.of("submit", "button", "reset").contains(type)
                && isText(element.attr("value").strip())
                && !element.hasAttr("th:value")) {
            problems.add(name + ": value=\"" + element.attr("value") + "\" on <input type=" + type + ">");
        }
    }

    static String tag(Element element) {
        return element == null ? "?" : element.tagName();
    }
}
