package fi.livskraft.sources;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The coordinator's view of the connectors and the one way to start one now. "Fetch now" works
 * also when scheduled sync is off ({@code LIVSKRAFT_SYNC} unset): the coordinator asked for it,
 * and the base addresses may point at a mirror.
 */
@Service
class Connectors {

    static final int HISTORY = 30;

    private final ConnectorRuns runs;
    private final ConnectorStore store;
    private final SourcesSettings settings;

    Connectors(ConnectorRuns runs, ConnectorStore store, SourcesSettings settings) {
        this.runs = runs;
        this.store = store;
        this.settings = settings;
    }

    /** A connector and its state. */
    record View(
            String id,
            String publisher,
            String dataset,
            boolean enabled,
            Instant lastFetchAt,
            String vintage,
            Instant nextFetchAt,
            String status,
            ConnectorStore.Problem error) {}

    boolean syncOn() {
        return settings.sync();
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    List<View> list() {
        return runs.connectors().stream().map(this::view).toList();
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    View one(String id) {
        return view(connector(id));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    List<ConnectorStore.Fetch> history() {
        return store.history(HISTORY);
    }

    /** Starts a fetch now; refused (400, naming the reason) when one is running already. */
    @PreAuthorize("hasRole('COORDINATOR')")
    View fetchNow(String id, String by) {
        Connector c = connector(id);
        if (!runs.start(c, by, false)) {
            throw new InvalidInputException(FieldError.of("id", "sources.error.running", id));
        }
        return view(c);
    }

    private Connector connector(String id) {
        return runs.connector(id).orElseThrow(() -> new NotFoundException("connector", id));
    }

    private View view(Connector c) {
        store.ensure(c.id());
        ConnectorStore.State s = store.state(c.id()).orElseThrow();
        return new View(
                c.id(),
                c.publisher(),
                c.dataset(),
                settings.sync(),
                s.lastFetchAt(),
                s.vintage(),
                settings.sync() ? (s.nextFetchAt() == null ? Instant.now() : s.nextFetchAt()) : null,
                s.status(),
                s.error());
    }
}
