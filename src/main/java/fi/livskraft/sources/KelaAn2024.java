package fi.livskraft.sources;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kela-an2024}: Kela's open data on municipally co-financed unemployment benefits (2025-) in
 * the national CKAN catalogue: {@code GET {base}/package_show?id={dataset}}, then the package's
 * newest CSV resource (by {@code last_modified}, else {@code created}), imported by the
 * reference importer {@code kela-an2024-benefits}, which maps the header in one place and refuses an
 * unknown one naming the column. Vintage: the resource's modification date. A relative resource
 * address is resolved against the base address (a mirror may serve the file itself).
 */
@Component
class KelaAn2024 implements Connector {

    private final SourcesSettings settings;
    private final JsonMapper json;

    KelaAn2024(SourcesSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    @Override
    public String id() {
        return "kela-an2024";
    }

    @Override
    public String publisher() {
        return "Kela";
    }

    @Override
    public String dataset() {
        return settings.kelaDataset();
    }

    @Override
    public Target target() {
        return Target.reference("kela-an2024-benefits");
    }

    @Override
    public Fetched fetch(SourceHttp http) {
        URI show = URI.create(settings.kelaUrl() + "/package_show?id="
                + URLEncoder.encode(settings.kelaDataset(), StandardCharsets.UTF_8));
        Path packageFile = http.get(show);
        JsonNode resource;
        try (InputStream in = Files.newInputStream(packageFile)) {
            JsonNode root = json.readTree(in);
            if (root == null || !root.path("success").asBoolean(false)) {
                throw new SourceFailure("sources.error.ckan.failed", show);
            }
            resource = StreamSupport.stream(
                            root.path("result").path("resources").spliterator(), false)
                    .filter(KelaAn2024::isCsv)
                    .max(Comparator.comparing(KelaAn2024::modified))
                    .orElseThrow(() -> new SourceFailure("sources.error.ckan.no-csv", settings.kelaDataset()));
        } catch (IOException | JacksonException e) {
            throw new SourceFailure("sources.error.malformed", show, e.getMessage());
        } finally {
            PxWebTable.delete(packageFile);
        }
        String url = resource.path("url").asString("");
        if (url.isBlank()) {
            throw new SourceFailure("sources.error.ckan.no-csv", settings.kelaDataset());
        }
        URI csv = URI.create(settings.kelaUrl() + "/").resolve(url);
        Path file = http.get(csv);
        String name = csv.getPath().substring(csv.getPath().lastIndexOf('/') + 1);
        String modified = modified(resource);
        return new Fetched(
                file,
                name.isBlank() ? settings.kelaDataset() + ".csv" : name,
                modified.isEmpty() ? null : modified.substring(0, Math.min(10, modified.length())));
    }

    private static boolean isCsv(JsonNode resource) {
        String format = resource.path("format").asString("").strip().toLowerCase(Locale.ROOT);
        String url = resource.path("url").asString("").toLowerCase(Locale.ROOT);
        return format.equals("csv") || url.endsWith(".csv");
    }

    private static String modified(JsonNode resource) {
        String m = resource.path("last_modified").asString("");
        return m.isBlank() ? resource.path("created").asString("") : m;
    }
}
