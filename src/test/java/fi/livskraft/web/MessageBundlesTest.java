package fi.livskraft.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundles ({@code messages/NAME_sv|fi|en.properties}, read as UTF-8) agree with each
 * other and with the templates and code that use them.
 */
class MessageBundlesTest {

    static final Path MESSAGES = Path.of("src", "main", "resources", "messages");
    static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
    static final Path JAVA = Path.of("src", "main", "java");
    static final List<String> LANGUAGES = List.of("sv", "fi", "en");

    /** A literal key in a template: {@code #{key}} or {@code #{key(args)}}; {@code #{'x.' + y}} is dynamic. */
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{\\s*([A-Za-z0-9_][A-Za-z0-9_.-]*)\\s*[}(]");

    /** A message key passed to {@code FieldError.of(field, key, ...)}. */
    static final Pattern FIELD_ERROR_KEY = Pattern.compile("FieldError\\.of\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\"");

    static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyBundleHasTheSameKeysInSwedishFinnishAndEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundleNames()) {
            Map<String, Properties> byLanguage = load(bundle, problems);
            Set<String> all = new TreeSet<>();
            byLanguage.values().forEach(p -> all.addAll(p.stringPropertyNames()));
            for (String key : all) {
                for (String lang : LANGUAGES) {
                    if (!byLanguage.get(lang).containsKey(key)) {
                        problems.add(bundle + "_" + lang + ".properties lacks " + key);
                    }
                }
            }
        }
        assertThat(problems).as("bundle problems").isEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        List<String> problems = new ArrayList<>();
        forEachMessage((file, key, value) -> {
            if (value.isBlank()) {
                problems.add(file + ": " + key + " is empty");
            }
        });
        assertThat(problems).as("empty messages").isEmpty();
    }

    @Test
    void messagesWithArgumentsQuoteApostrophesAndUseTheSameArgumentsInEveryLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundleNames()) {
            Map<String, Properties> byLanguage = load(bundle, new ArrayList<>());
            Map<String, Set<String>> argumentsByKey = new TreeMap<>();
            for (String lang : LANGUAGES) {
                Properties p = byLanguage.get(lang);
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key);
                    Set<String> args = arguments(value);
                    Set<String> first = argumentsByKey.putIfAbsent(key, args);
                    if (first != null && !first.equals(args)) {
                        problems.add(bundle + "_" + lang + ": " + key + " uses arguments " + args
                                + ", another language " + first);
                    }
                    // MessageFormat (used when a message has arguments) drops a lone apostrophe.
                    if (!args.isEmpty() && value.replace("''", "").contains("'")) {
                        problems.add(bundle + "_" + lang + ": " + key + " has arguments and a single ' (write '')");
                    }
                }
            }
        }
        assertThat(problems).as("argument problems").isEmpty();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Map<String, String> owner = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String bundle : bundleNames()) {
            for (String key : load(bundle, new ArrayList<>()).get("en").stringPropertyNames()) {
                String before = owner.putIfAbsent(key, bundle);
                if (before != null) {
                    problems.add(key + " is in both " + before + " and " + bundle + " (only one of them is used)");
                }
            }
        }
        assertThat(problems).as("keys in two bundles").isEmpty();
    }

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws IOException {
        Set<String> known = allKeys();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = TEMPLATE_KEY.matcher(text);
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        problems.add(TEMPLATES.relativize(file) + ": #{" + m.group(1) + "} is in no bundle");
                    }
                }
            }
        }
        assertThat(problems).as("unknown message keys").isEmpty();
    }

    @Test
    void everyFieldErrorKeyInTheCodeExists() throws IOException {
        Set<String> known = allKeys();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = FIELD_ERROR_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        problems.add(JAVA.relativize(file) + ": \"" + m.group(1) + "\" is in no bundle");
                    }
                }
            }
        }
        assertThat(problems).as("unknown error keys").isEmpty();
    }

    static Set<String> bundleNames() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches(".+_(sv|fi|en)\\.properties"))
                    .forEach(n -> names.add(n.substring(0, n.length() - "_xx.properties".length())));
        }
        assertThat(names).as("message bundles under " + MESSAGES).isNotEmpty();
        return names;
    }

    static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : bundleNames()) {
            load(bundle, new ArrayList<>()).values().forEach(p -> keys.addAll(p.stringPropertyNames()));
        }
        return keys;
    }

    /** The three languages of a bundle; a missing file or a key given twice in one file is a problem. */
    static Map<String, Properties> load(String bundle, List<String> problems) throws IOException {
        Map<String, Properties> byLanguage = new TreeMap<>();
        for (String lang : LANGUAGES) {
            String name = bundle + "_" + lang + ".properties";
            Path file = MESSAGES.resolve(name);
            Properties properties = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (containsKey(key)) {
                        problems.add(name + " defines " + key + " twice");
                    }
                    return super.put(key, value);
                }
            };
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
            } else {
                problems.add(name + " is missing");
            }
            byLanguage.put(lang, properties);
        }
        return byLanguage;
    }

    interface MessageVisitor {
        void visit(String file, String key, String value);
    }

    static void forEachMessage(MessageVisitor visitor) throws IOException {
        for (String bundle : bundleNames()) {
            for (Map.Entry<String, Properties> e :
                    load(bundle, new ArrayList<>()).entrySet()) {
                Properties p = e.getValue();
                for (String key : new TreeSet<>(p.stringPropertyNames())) {
                    visitor.visit(bundle + "_" + e.getKey() + ".properties", key, p.getProperty(key));
                }
            }
        }
    }

    static Set<String> arguments(String value) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(value);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }
}
