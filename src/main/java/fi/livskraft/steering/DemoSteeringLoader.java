package fi.livskraft.steering;

import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.AppSettings;
import fi.livskraft.common.StartupTask;
import fi.livskraft.common.SystemActor;
import fi.livskraft.partnership.ProviderDetail;
import fi.livskraft.partnership.Providers;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demonstration steering of Yrkesakademin i Österbotten (invented, every row flagged demo): an owner
 * strategy, an owner meeting with a decision and its votes, goals with targets set by it, reporting
 * periods 2024 (closed) and 2025 (open) with the provider's reports and an owner comment, and an
 * upcoming meeting with an open proposal. Loaded once after the demonstration partnership.
 */
@Component
class DemoSteeringLoader implements StartupTask {

    static final String SETTING = "demo-steering-loaded";
    static final String SYSTEM = SystemActor.NAME;
    private static final Logger log = LoggerFactory.getLogger(DemoSteeringLoader.class);

    private final AppSettings settings;
    private final Providers providers;
    private final Members members;
    private final DemoSteeringData data;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    DemoSteeringLoader(
            AppSettings settings,
            Providers providers,
            Members members,
            DemoSteeringData data,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.settings = settings;
        this.providers = providers;
        this.members = members;
        this.data = data;
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
        ProviderDetail provider = providers.list(null, null).stream()
                .filter(p -> p.slug().equals("yrkesakademin"))
                .findFirst()
                .map(p -> providers.get(p.id()))
                .orElse(null);
        if (provider == null) {
            return;
        }
        Map<String, Object> counts = data.load(provider, members.of(provider), LocalDate.now());
        audit.record("LOAD", "demo-steering", provider.id(), "Demonstration steering loaded (invented)", null, counts);
        settings.set(SETTING, Instant.now().toString());
        log.info("Demonstration steering loaded: {}", counts);
    }

    static Map<String, Object> counts(long strategy, long decision, int goals) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", strategy);
        m.put("decision", decision);
        m.put("goals", goals);
        return m;
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }
}
