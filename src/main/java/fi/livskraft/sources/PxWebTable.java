package fi.livskraft.sources;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A StatFin table through the PxWeb API v1: a GET on {@code {base}/{table}} gives the table's
 * variables (code, text, values; the time variable flagged {@code "time": true}); the connector
 * checks that the variables it needs are there, asks for every value of every variable and for
 * the latest months that fit in {@code max-cells} (at most {@code months}), and POSTs the query
 * with {@code "response": {"format": "json-stat2"}}. The answer goes to the {@code jsonstat2}
 * importer; its vintage is the document's {@code updated}.
 */
class PxWebTable implements Connector {

    static final String PUBLISHER = "Tilastokeskus (Statistics Finland)";

    private final String id;
    private final String table;
    private final List<List<String>> required;
    private final Target target;
    private final List<Pick> picks;
    private final SourcesSettings settings;
    private final JsonMapper json;

    /**
     * @param table path under the base address, e.g. {@code tyonv/statfin_tyonv_pxt_12ti.px}
     * @param required variables the table must have, each as its accepted codes or texts (fi, sv)
     */
    PxWebTable(String id, String table, List<List<String>> required, SourcesSettings settings, JsonMapper json) {
        this(id, table, required, Target.facts("jsonstat2"), List.of(), settings, json);
    }

    /**
     * @param target the importer of the answer
     * @param picks variables of which exactly one value is asked for instead of all
     */
    PxWebTable(
            String id,
            String table,
            List<List<String>> required,
            Target target,
            List<Pick> picks,
            SourcesSettings settings,
            JsonMapper json) {
        this.id = id;
        this.table = table;
        this.required = required;
        this.target = target;
        this.picks = picks;
        this.settings = settings;
        this.json = json;
    }

    /**
     * One value of a variable instead of all (e.g. the population measure of a table of many key
     * figures): the variable by its accepted codes or texts, the value by its accepted codes or
     * texts; the table must have exactly one such value.
     */
    record Pick(List<String> variable, List<String> value) {}

    @Override
    public String id() {
        return id;
    }

    @Override
    public String publisher() {
        return PUBLISHER;
    }

    @Override
    public String dataset() {
        return table.substring(table.lastIndexOf('/') + 1).replace(".px", "");
    }

    @Override
    public Target target() {
        return target;
    }

    URI address() {
        return URI.create(settings.statfinUrl() + "/" + table);
    }

    @Override
    public Fetched fetch(SourceHttp http) {
        URI uri = address();
        Path metadata = http.get(uri);
        String query;
        try {
            query = query(read(metadata, uri));
        } finally {
            delete(metadata);
        }
        Path answer = http.postJson(uri, query);
        String updated = JsonScan.topLevel(answer, "updated");
        if (updated == null) {
            String version = JsonScan.topLevel(answer, "version");
            if (version == null) {
                delete(answer);
                throw new SourceFailure("sources.error.pxweb.not-jsonstat", uri);
            }
        }
        return new Fetched(
                answer,
                dataset() + ".json",
                updated == null ? null : updated.substring(0, Math.min(10, updated.length())));
    }

    private JsonNode read(Path file, URI uri) {
        try (var in = Files.newInputStream(file)) {
            JsonNode node = json.readTree(in);
            if (node == null || !node.path("variables").isArray()) {
                throw new SourceFailure("sources.error.pxweb.no-metadata", uri);
            }
            return node;
        } catch (IOException | JacksonException e) {
            throw new SourceFailure("sources.error.malformed", uri, e.getMessage());
        }
    }

    /** The query for the metadata: all values, the latest months that fit. */
    String query(JsonNode metadata) {
        List<JsonNode> variables = new ArrayList<>();
        metadata.path("variables").forEach(variables::add);
        for (List<String> names : required) {
            if (variables.stream().noneMatch(v -> matches(v, names))) {
                throw new SourceFailure("sources.error.pxweb.missing-variable", table, String.join(" / ", names));
            }
        }
        JsonNode time = variables.stream()
                .filter(v -> v.path("time").asBoolean(false))
                .findFirst()
                .or(() -> variables.stream()
                        .filter(v -> matches(v, List.of("Kuukausi", "Månad", "Month", "Vuosi", "År", "Year")))
                        .findFirst())
                .orElseThrow(() -> new SourceFailure("sources.error.pxweb.no-time", table));
        long others = 1;
        for (JsonNode v : variables) {
            if (v != time) {
                others *=
                        pick(v).map(p -> 1).orElse(Math.max(1, v.path("values").size()));
            }
        }
        long fit = settings.maxCells() / others;
        if (fit < 1) {
            throw new SourceFailure("sources.error.pxweb.too-many-cells", table, others, settings.maxCells());
        }
        ObjectNode body = json.createObjectNode();
        ArrayNode query = body.putArray("query");
        for (JsonNode v : variables) {
            List<String> all = new ArrayList<>();
            v.path("values").forEach(x -> all.add(x.asString()));
            List<String> values = all;
            Optional<Pick> pick = pick(v);
            if (pick.isPresent()) {
                values = picked(v, pick.get());
            }
            if (values.isEmpty()) {
                throw new SourceFailure(
                        "sources.error.pxweb.no-values", table, v.path("code").asString());
            }
            if (v == time) {
                int keep = (int) Math.min(Math.min(fit, settings.months()), values.size());
                values = values.stream().sorted().toList();
                values = values.subList(values.size() - keep, values.size());
            }
            ObjectNode q = query.addObject();
            q.put("code", v.path("code").asString());
            ObjectNode selection = q.putObject("selection");
            selection.put("filter", "item");
            ArrayNode array = selection.putArray("values");
            values.forEach(array::add);
        }
        body.putObject("response").put("format", "json-stat2");
        return json.writeValueAsString(body);
    }

    private Optional<Pick> pick(JsonNode variable) {
        return picks.stream().filter(p -> matches(variable, p.variable())).findFirst();
    }

    /** The one value of the variable the pick accepts (by code or text), or a refusal naming it. */
    private List<String> picked(JsonNode variable, Pick pick) {
        JsonNode values = variable.path("values");
        JsonNode texts = variable.path("valueTexts");
        Set<String> accepted = new HashSet<>();
        pick.value().forEach(n -> accepted.add(n.toLowerCase(Locale.ROOT)));
        List<String> found = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String code = values.get(i).asString("");
            String text = texts.path(i).asString("");
            if (accepted.contains(code.toLowerCase(Locale.ROOT))
                    || accepted.contains(text.strip().toLowerCase(Locale.ROOT))) {
                found.add(code);
            }
        }
        if (found.size() != 1) {
            throw new SourceFailure(
                    "sources.error.pxweb.missing-value",
                    table,
                    variable.path("code").asString(),
                    String.join(" / ", pick.value()));
        }
        return found;
    }

    private static boolean matches(JsonNode variable, List<String> names) {
        String code = variable.path("code").asString("").toLowerCase(Locale.ROOT);
        String text = variable.path("text").asString("").toLowerCase(Locale.ROOT);
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).anyMatch(n -> n.equals(code) || n.equals(text));
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file; the system cleans it up
        }
    }
}
