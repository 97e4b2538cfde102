package fi.livskraft.sources;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code livskraft.sources.check-every} (default 10 minutes), when sync is on, starts each
 * connector whose next fetch is due (never fetched, or {@code interval} after its last fetch,
 * default daily). The due check and the claim are one update, so only one instance starts it.
 */
@Component
class ConnectorSchedule {

    static final String BY = "scheduler";

    private final ConnectorRuns runs;
    private final SourcesSettings settings;

    ConnectorSchedule(ConnectorRuns runs, SourcesSettings settings) {
        this.runs = runs;
        this.settings = settings;
    }

    @Scheduled(
            initialDelayString = "${livskraft.sources.check-every:10m}",
            fixedDelayString = "${livskraft.sources.check-every:10m}")
    void onSchedule() {
        if (!settings.sync()) {
            return;
        }
        runs.connectors().forEach(c -> runs.start(c, BY, true));
    }
}
