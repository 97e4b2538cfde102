package fi.livskraft.sources;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.common.SystemActor;

/** Runs a connector on the test's thread, as the scheduler would, and reads what it recorded. */
class ConnectorHarness {

    private final ConnectorRuns runs;
    private final ConnectorStore store;

    ConnectorHarness(ConnectorRuns runs, ConnectorStore store) {
        this.runs = runs;
        this.store = store;
    }

    /** Claims and runs the connector; returns the fetch it recorded. */
    ConnectorStore.Fetch run(String id) {
        Connector c = runs.connector(id).orElseThrow();
        assertThat(store.claim(id, "test", false)).as("claim " + id).isTrue();
        SystemActor.run(() -> runs.run(c, "test"));
        ConnectorStore.Fetch last = store.history(1).get(0);
        assertThat(last.connectorId()).isEqualTo(id);
        return last;
    }

    ConnectorStore.State state(String id) {
        return store.state(id).orElseThrow();
    }
}
