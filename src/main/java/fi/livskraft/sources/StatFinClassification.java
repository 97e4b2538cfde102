package fi.livskraft.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A classification of Statistics Finland's classification API v2 for the current year (the
 * classification of 1 January; when the service has none yet, the year before):
 *
 * <ul>
 *   <li>{@link Kind#ITEMS}: {@code GET {base}/classifications/{name}_1_YYYY0101/classificationItems
 *       ?content=data&meta=max&lang=fi|sv|en}, the three answers merged item by item into one
 *       array (each item with its names in the three languages; the stored raw response);
 *   <li>{@link Kind#CORRESPONDENCE}: {@code GET {base}/correspondenceTables/kunta_1_YYYY0101%23
 *       {name}_1_YYYY0101/maps?content=data&meta=max&lang=fi}, stored as answered.
 * </ul>
 *
 * Vintage: the classification's date (YYYY-01-01).
 */
class StatFinClassification implements Connector {

    static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");
    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    enum Kind {
        ITEMS,
        CORRESPONDENCE
    }

    private final String id;
    private final Kind kind;
    private final String name;
    private final String importer;
    private final SourcesSettings settings;
    private final JsonMapper json;

    StatFinClassification(
            String id, Kind kind, String name, String importer, SourcesSettings settings, JsonMapper json) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.importer = importer;
        this.settings = settings;
        this.json = json;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String publisher() {
        return PxWebTable.PUBLISHER;
    }

    @Override
    public String dataset() {
        return kind == Kind.ITEMS ? name + "_1_YYYY0101" : "kunta_1_YYYY0101#" + name + "_1_YYYY0101";
    }

    @Override
    public Target target() {
        return Target.reference(importer);
    }

    /** The classification's id of a year, e.g. {@code kunta_1_20260101}. */
    String localId(String classification, int year) {
        return classification + "_1_" + year + "0101";
    }

    URI address(int year, String lang) {
        String path = kind == Kind.ITEMS
                ? "/classifications/" + localId(name, year) + "/classificationItems"
                : "/correspondenceTables/" + localId("kunta", year) + "%23" + localId(name, year) + "/maps";
        return URI.create(settings.classificationsUrl() + path + "?content=data&meta=max&lang=" + lang);
    }

    @Override
    public Fetched fetch(SourceHttp http) {
        int year = LocalDate.now(ZONE).getYear();
        for (int y = year; y >= year - 1; y--) {
            try {
                Path file = kind == Kind.ITEMS ? items(http, y) : http.get(address(y, "fi"));
                return new Fetched(file, id + "-" + y + ".json", y + "-01-01");
            } catch (SourceFailure e) {
                if (!notFound(e)) {
                    throw e;
                }
            }
        }
        throw new SourceFailure("sources.error.classification.none", dataset(), year);
    }

    private static boolean notFound(SourceFailure e) {
        return e.messageKey().equals("sources.error.status")
                && e.arguments().size() > 1
                && e.arguments().get(1).equals("404");
    }

    /** The items in Finnish, with the Swedish and English names added to each item (by code). */
    private Path items(SourceHttp http, int year) {
        ArrayNode merged = null;
        Map<String, ObjectNode> byCode = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            URI uri = address(year, lang);
            JsonNode answer = readArray(http.get(uri), uri);
            if (merged == null) {
                merged = (ArrayNode) answer;
                merged.forEach(item -> {
                    if (item instanceof ObjectNode o) {
                        byCode.put(o.path("code").asString(""), o);
                    }
                });
                continue;
            }
            for (JsonNode item : answer) {
                ObjectNode target = byCode.get(item.path("code").asString(""));
                JsonNode names = item.path("classificationItemNames");
                if (target != null && names.isArray()) {
                    ArrayNode into = target.withArray("classificationItemNames");
                    names.forEach(into::add);
                }
            }
        }
        try {
            Path file = Files.createTempFile("livskraft-source-", ".json");
            try (OutputStream out = Files.newOutputStream(file)) {
                json.writeValue(out, merged);
            }
            return file;
        } catch (IOException e) {
            throw new SourceFailure("sources.error.unexpected", e.getMessage());
        }
    }

    private JsonNode readArray(Path file, URI uri) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode node = json.readTree(in);
            if (node == null || !node.isArray()) {
                throw new SourceFailure("sources.error.malformed", uri, "not a JSON array");
            }
            if (node.isEmpty()) {
                throw new SourceFailure("sources.error.classification.empty", uri);
            }
            return node;
        } catch (IOException | JacksonException e) {
            throw new SourceFailure("sources.error.malformed", uri, e.getMessage());
        } finally {
            PxWebTable.delete(file);
        }
    }
}
