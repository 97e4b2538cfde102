package fi.livskraft.economypages;

import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.AppSettings;
import fi.livskraft.common.StartupTask;
import fi.livskraft.common.SystemActor;
import fi.livskraft.economy.ScenarioInputs;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demonstration figures for the economy pages, loaded once after the demonstration partnership
 * (only when it is loaded): invented monthly Kela-style figures 2025-01..2025-12 for four
 * employment areas (source flagged demo), invented 2025 compensation for the municipalities of the
 * Ostrobothnia employment area (entered through the economy core, source text says demonstration),
 * and a saved demonstration scenario. Marked in {@link #SETTING} so a restart never loads it again.
 */
@Component
class DemoEconomyLoader implements StartupTask {

    static final String SETTING = "demo-economy-loaded";
    static final String SYSTEM = SystemActor.NAME;
    static final String COMPENSATION_SOURCE =
            "DEMONSTRATION: invented amount, not a state-share decision / keksitty summa / påhittat belopp";
    private static final Logger log = LoggerFactory.getLogger(DemoEconomyLoader.class);

    /** Invented 2025 compensation of the Ostrobothnia employment area's members, roughly by working-age population. */
    static final Map<String, BigDecimal> COMPENSATION_2025 = demoCompensation();

    private final AppSettings settings;
    private final KelaFacts facts;
    private final EconomyRules rules;
    private final ScenarioStore scenarios;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    DemoEconomyLoader(
            AppSettings settings,
            KelaFacts facts,
            EconomyRules rules,
            ScenarioStore scenarios,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.settings = settings;
        this.facts = facts;
        this.rules = rules;
        this.scenarios = scenarios;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public int getOrder() {
        return DEMO_DATA + 10;
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
        int stored = 0;
        if (facts.count() == 0) {
            List<KelaFact> demo = DemoKelaFigures.facts();
            long source = facts.newSource(
                    "Livskraft", KelaBenefitsImporter.DATASET, "2025", "demonstration data", "demo", SYSTEM, true);
            facts.insert(source, demo);
            facts.finish(source, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 1));
            stored = demo.size();
        }
        int compensations = 0;
        for (Map.Entry<String, BigDecimal> e : COMPENSATION_2025.entrySet()) {
            if (rules.compensation(e.getKey(), 2025).isEmpty()) {
                rules.putCompensation(e.getKey(), 2025, e.getValue(), COMPENSATION_SOURCE, null);
                compensations++;
            }
        }
        String token = scenarios.save(
                "Demo: +15 sosiaali- ja terveysala / social- och hälsovård / social and health care (371101), Vaasa–Vasa 905",
                ScenarioInputs.withDefaults(
                        ScenarioPages.DEMO_QUALIFICATION, ScenarioPages.DEMO_AREA, ScenarioPages.DEMO_PLACES, 2026),
                true);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("kelaFacts", stored);
        counts.put("compensations", compensations);
        counts.put("scenario", token);
        audit.record(
                "LOAD", "demo-economy", "economy", "Demonstration economy figures loaded (invented)", null, counts);
        settings.set(SETTING, Instant.now().toString());
        log.info("Demonstration economy figures loaded: {}", counts);
    }

    private static Map<String, BigDecimal> demoCompensation() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("905", new BigDecimal("4620000.00"));
        m.put("499", new BigDecimal("1290000.00"));
        m.put("545", new BigDecimal("610000.00"));
        m.put("399", new BigDecimal("520000.00"));
        m.put("893", new BigDecimal("480000.00"));
        m.put("946", new BigDecimal("410000.00"));
        m.put("475", new BigDecimal("350000.00"));
        m.put("280", new BigDecimal("135000.00"));
        m.put("231", new BigDecimal("72000.00"));
        return Map.copyOf(m);
    }
}
