package fi.livskraft.dialogue;

import fi.livskraft.account.Actor;
import fi.livskraft.account.Role;
import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.AppSettings;
import fi.livskraft.common.StartupTask;
import fi.livskraft.common.SystemActor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demonstration needs, loaded once after the demonstration partnership (only when it is loaded):
 * a Swedish need of the demo welding employer in Korsholm, answered by the demo provider
 * (Yrkesakademin) with an apprenticeship offer; a Finnish need of the owner municipality Vaasa in
 * review; a Swedish need of the owner municipality Närpes, new. All marked demo.
 */
@Component
class DemoDialogueLoader implements StartupTask {

    static final String SETTING = "demo-dialogue-loaded";
    static final String SYSTEM = SystemActor.NAME;
    private static final Logger log = LoggerFactory.getLogger(DemoDialogueLoader.class);

    private final AppSettings settings;
    private final JdbcClient jdbc;
    private final Needs needs;
    private final Offers offers;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    DemoDialogueLoader(
            AppSettings settings,
            JdbcClient jdbc,
            Needs needs,
            Offers offers,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.needs = needs;
        this.offers = offers;
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
        Optional<String> welder = id("select id::text from employer where business_id = '9990010-4'");
        Optional<String> yrkesakademin = id("select id::text from provider where slug = 'yrkesakademin'");
        Actor coordinator = new Actor(SYSTEM, Map.of(Role.COORDINATOR, Set.of()));
        int count = 0;
        if (welder.isPresent()) {
            Need need = needs.create(
                    new NewNeed(
                            "Vi behöver fem svetsare som talar svenska till hösten, gärna med MIG/MAG-erfarenhet.",
                            5,
                            "MUNICIPALITY",
                            "499",
                            "2026-AUTUMN",
                            "sv",
                            true,
                            "EMPLOYER:" + welder.get(),
                            List.of(new NewNeed.ConfirmedOccupation("7212", null, null, null))),
                    new Actor(SYSTEM, Map.of(Role.EMPLOYER, Set.of(welder.get()))),
                    true);
            count++;
            if (yrkesakademin.isPresent()) {
                Need reviewed = needs.changeStatus(need.id(), NeedStatus.IN_REVIEW, need.version(), coordinator);
                offers.create(
                        reviewed.id(),
                        new NewOffer(
                                yrkesakademin.get(),
                                "APPRENTICESHIP",
                                "354101",
                                5,
                                "sv",
                                "2026-08-17",
                                "Läroavtal mot yrkesexamen för svetsare, start i augusti i Vasa."),
                        new Actor(SYSTEM, Map.of(Role.PROVIDER, Set.of(yrkesakademin.get()))),
                        true);
            }
        }
        Need vaasa = needs.create(
                new NewNeed(
                        "Tarvitsemme kymmenen lähihoitajaa kotihoitoon keväällä, ruotsin kielen taito on eduksi.",
                        10,
                        "MUNICIPALITY",
                        "905",
                        "2027-SPRING",
                        "any",
                        true,
                        "OWNER:905",
                        List.of(new NewNeed.ConfirmedOccupation("5321", null, null, null))),
                new Actor(SYSTEM, Map.of(Role.OWNER, Set.of("905"))),
                true);
        needs.changeStatus(vaasa.id(), NeedStatus.IN_REVIEW, vaasa.version(), coordinator);
        count++;
        needs.create(
                new NewNeed(
                        "Växthusodlingarna i Närpes behöver åtta trädgårdsarbetare till våren.",
                        8,
                        "MUNICIPALITY",
                        "545",
                        "2027-SPRING",
                        "sv",
                        true,
                        "OWNER:545",
                        List.of(new NewNeed.ConfirmedOccupation("6113", null, null, null))),
                new Actor(SYSTEM, Map.of(Role.OWNER, Set.of("545"))),
                true);
        count++;
        audit.record(
                "LOAD",
                "demo-dialogue",
                "dialogue",
                "Demonstration workforce needs and an offer loaded",
                null,
                Map.of("needs", count));
        settings.set(SETTING, Instant.now().toString());
        log.info("Demonstration workforce needs loaded: {}", count);
    }

    private Optional<String> id(String sql) {
        return jdbc.sql(sql).query(String.class).optional();
    }
}
