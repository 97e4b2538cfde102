package fi.livskraft.demo;

import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.AppSettings;
import fi.livskraft.common.StartupTask;
import fi.livskraft.common.SystemActor;
import fi.livskraft.database.DatabaseMode;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demonstration data once, in one transaction, acting as the system with the
 * coordinator's rights; records one audit event for the whole load and marks it loaded
 * ({@link AppSettings#DEMO_DATA_LOADED}) so that a restart never loads it again.
 */
@Component
class DemoDataLoader implements StartupTask {

    static final String SYSTEM = SystemActor.NAME;
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataProperties properties;
    private final DatabaseMode databaseMode;
    private final AppSettings settings;
    private final DemoDataSet dataSet;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    DemoDataLoader(
            DemoDataProperties properties,
            DatabaseMode databaseMode,
            AppSettings settings,
            DemoDataSet dataSet,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.properties = properties;
        this.databaseMode = databaseMode;
        this.settings = settings;
        this.dataSet = dataSet;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public int getOrder() {
        return DEMO_DATA;
    }

    @Override
    public void run() {
        if (!DemoDataPolicy.shouldLoad(properties.demoData(), databaseMode, settings.demoDataLoaded())) {
            return;
        }
        SystemActor.run(() -> {
            transaction.executeWithoutResult(status -> {
                if (settings.demoDataLoaded()) {
                    return;
                }
                DemoDataSet.Counts counts = dataSet.load();
                audit.record(
                        "LOAD",
                        "demo-data",
                        "demo",
                        "Demonstration data loaded (invented organisations, shares and accounts)",
                        null,
                        counts);
                settings.set(AppSettings.DEMO_DATA_LOADED, Instant.now().toString());
                log.info("Demonstration data loaded: {}", counts);
            });
        });
    }
}
