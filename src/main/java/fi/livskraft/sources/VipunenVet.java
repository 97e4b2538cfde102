package fi.livskraft.sources;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * {@code vipunen-vet}: the Vipunen API's VET students, new students and graduates by provider and
 * qualification ({@code GET {base}/{resource}/data}, a JSON array of flat records), imported by
 * the {@code vipunen-json} importer under the resource's name. Vintage: the latest
 * {@code tietojoukkoPaivitettyPvm} of the records.
 */
@Component
class VipunenVet implements Connector {

    private final SourcesSettings settings;

    VipunenVet(SourcesSettings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "vipunen-vet";
    }

    @Override
    public String publisher() {
        return "Vipunen (Opetushallitus, opetus- ja kulttuuriministeriö)";
    }

    @Override
    public String dataset() {
        return settings.vipunenResource();
    }

    @Override
    public Target target() {
        return Target.facts("vipunen-json");
    }

    @Override
    public Fetched fetch(SourceHttp http) {
        URI uri = URI.create(settings.vipunenUrl() + "/" + settings.vipunenResource() + "/data");
        Path file = http.get(uri);
        return new Fetched(
                file, settings.vipunenResource() + ".json", JsonScan.maxInArray(file, "tietojoukkoPaivitettyPvm"));
    }
}
