package fi.livskraft.sources;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every connector test needs: the connector runs and store, the database, the {@link
 * ReplayServer} emptied before each test, and a {@link ConnectorHarness} to run connectors with.
 */
abstract class ConnectorTestBase {

    @Autowired
    ConnectorRuns runs;

    @Autowired
    ConnectorStore store;

    @Autowired
    JdbcClient jdbc;

    ConnectorHarness harness;
    final ReplayServer server = ReplayServer.INSTANCE;

    @BeforeEach
    void setUp() {
        server.reset();
        harness = new ConnectorHarness(runs, store);
    }
}
