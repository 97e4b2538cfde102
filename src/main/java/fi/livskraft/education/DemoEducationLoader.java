package fi.livskraft.education;

import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.AppSettings;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.StartupTask;
import fi.livskraft.common.SystemActor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demonstration supply and outcomes once, after the demonstration partnership (only when
 * it is loaded), through the {@code education-csv} importer with the source flagged demo. Marked
 * in {@link #SETTING} so that a restart never loads it again.
 */
@Component
class DemoEducationLoader implements StartupTask {

    static final String SETTING = "demo-education-loaded";
    static final String FILE = "demo-education.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoEducationLoader.class);

    private final AppSettings settings;
    private final ProviderRegistry registry;
    private final EducationCsvImporter importer;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    DemoEducationLoader(
            AppSettings settings,
            ProviderRegistry registry,
            EducationCsvImporter importer,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.settings = settings;
        this.registry = registry;
        this.importer = importer;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public int getOrder() {
        return DEMO_DATA + 20;
    }

    @Override
    public void run() {
        if (!settings.demoDataLoaded() || settings.get(SETTING).isPresent()) {
            return;
        }
        SystemActor.run(() -> transaction.executeWithoutResult(status -> load()));
    }

    private void load() {
        if (settings.get(SETTING).isPresent()) {
            return;
        }
        List<DemoEducationFigures.DemoProvider> providers = registry.all().stream()
                .filter(p -> p.businessId() != null
                        && !p.qualifications().isEmpty()
                        && !p.languages().isEmpty())
                .map(p -> new DemoEducationFigures.DemoProvider(
                        p.businessId(), p.name(), p.regionCode(), p.languages(), p.qualifications()))
                .toList();
        if (providers.isEmpty()) {
            return;
        }
        String csv = DemoEducationFigures.csv(providers);
        ImportReport report = importer.importDemo(FILE, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("providers", providers.size());
        counts.put("rowsRead", report.rowsRead());
        counts.put("cellsStored", report.rowsStored());
        audit.record(
                "LOAD",
                "demo-education",
                "education",
                "Demonstration vocational supply and outcomes loaded (invented)",
                null,
                counts);
        settings.set(SETTING, Instant.now().toString());
        log.info("Demonstration education figures loaded: {}", counts);
    }
}
