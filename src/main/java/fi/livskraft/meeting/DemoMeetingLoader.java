package fi.livskraft.meeting;

import fi.livskraft.account.Actor;
import fi.livskraft.account.Role;
import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.AppSettings;
import fi.livskraft.common.StartupTask;
import fi.livskraft.common.SystemActor;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demonstration meetings, loaded once after the demonstration needs and goals (only when the demo
 * data is loaded): a monthly virtual morning coffee on the first Tuesday (a clearly fake Teams
 * link), and a quarterly partnership dialogue in Ostrobothnia whose last meeting cited the demo
 * welders' need, a gap row and a steering goal, with minutes, a decision and actions, one overdue.
 */
@Component
class DemoMeetingLoader implements StartupTask {

    static final String SETTING = "demo-meetings-loaded";
    private static final Logger log = LoggerFactory.getLogger(DemoMeetingLoader.class);

    private final AppSettings settings;
    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final MeetingContent content;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoMeetingLoader(
            AppSettings settings,
            JdbcClient jdbc,
            Meetings meetings,
            MeetingContent content,
            AuditLog audit,
            PlatformTransactionManager transactions,
            @Qualifier("meetingClock") Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.content = content;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return DEMO_DATA + 50;
    }

    @Override
    public void run() {
        if (!settings.demoDataLoaded() || settings.get(SETTING).isPresent()) {
            return;
        }
        SystemActor.run(() -> transaction.executeWithoutResult(status -> load()));
    }

    private void load() {
        Actor system = new Actor(SystemActor.NAME, Map.of(Role.COORDINATOR, Set.of()));
        LocalDate today = LocalDate.now(clock.withZone(Meeting.ZONE));
        LocalDate firstTuesday =
                today.minusMonths(3).withDayOfMonth(1).with(TemporalAdjusters.dayOfWeekInMonth(1, DayOfWeek.TUESDAY));
        meetings.create(
                new NewMeeting(
                        MeetingKind.VIRTUAL_COFFEE.name(),
                        "Demo: Morgonkaffe för partnerskapet / Partnerskapin aamukahvit",
                        "Ett kort samtal om aktuella behov varje månad. / Lyhyt keskustelu ajankohtaisista tarpeista"
                                + " kerran kuussa. (Demonstrationsdata / esittelyaineisto)",
                        "COORDINATOR",
                        firstTuesday.toString(),
                        "08:30",
                        null,
                        "09:15",
                        "",
                        "https://teams.example.invalid/l/meetup-join/demo-livskraft-morgonkaffe",
                        true,
                        List.of(),
                        Recurrence.Frequency.MONTHLY_WEEKDAY.name(),
                        1,
                        null,
                        null),
                system,
                true);

        Optional<String> provider = id("select id::text from provider where slug = 'yrkesakademin'");
        Optional<String> welder = id("select id::text from employer where business_id = '9990010-4'");
        List<String> participants = new ArrayList<>();
        provider.ifPresent(p -> participants.add("PROVIDER:" + p));
        welder.ifPresent(e -> participants.add("EMPLOYER:" + e));
        id("select code from municipality where code = '905'").ifPresent(c -> participants.add("OWNER:" + c));
        id("select id from employment_area where id = 'pohjanmaa'")
                .ifPresent(a -> participants.add("EMPLOYMENT_AREA:" + a));
        LocalDate held = today.minusWeeks(3);
        Meeting dialogue = meetings.create(
                new NewMeeting(
                        MeetingKind.PARTNERSHIP_DIALOGUE.name(),
                        "Demo: Partnerskapsdialog i Österbotten / Kumppanuusdialogi Pohjanmaalla",
                        "Arbetskraftsbehov, utbud och efterfrågan och ägarnas mål. (Demonstrationsdata)",
                        "COORDINATOR",
                        held.toString(),
                        "13:00",
                        null,
                        "15:00",
                        "Vasa stadshus, Senatsgatan / Vaasan kaupungintalo, Senaatinkatu",
                        null,
                        false,
                        participants,
                        Recurrence.Frequency.MONTHLY_DAY.name(),
                        3,
                        null,
                        8),
                system,
                true);
        long needId = id("select id::text from workforce_need where demo and text like 'Vi behöver fem svetsare%'"
                        + " order by id limit 1")
                .map(Long::valueOf)
                .orElse(-1L);
        if (needId > 0) {
            content.agendaItem(
                    dialogue, held, new NewAgendaItem("NEED", "", "", needId, null, null, null, null), system);
        }
        if (!content.tryAgendaItem(
                dialogue, held, new NewAgendaItem("GAP", "", "", null, null, "MK15", "7212", "all"), system)) {
            content.agendaItem(
                    dialogue,
                    held,
                    new NewAgendaItem(
                            "TEXT",
                            "Demo: Utbud och efterfrågan för svetsare i Österbotten / Hitsaajien tarjonta ja kysyntä",
                            "",
                            null,
                            null,
                            null,
                            null,
                            null),
                    system);
        }
        provider.flatMap(p -> id("select id::text from steering_goal where demo and provider_id = " + Long.parseLong(p)
                        + " order by id limit 1"))
                .ifPresent(g -> content.tryAgendaItem(
                        dialogue,
                        held,
                        new NewAgendaItem("GOAL", "", "", null, Long.valueOf(g), null, null, null),
                        system));
        content.minutes(dialogue, held, """
                Demo. Närvarande: Livskraft (ordförande), Yrkesakademin, svetsföretaget, Vasa stad, Österbottens sysselsättningsområde.
                1. Svetsarbehovet i Korsholm: fem svetsare som talar svenska behövs till hösten. Yrkesakademin har erbjudit läroavtal.
                2. Utbud och efterfrågan: efterfrågan på svetsare överstiger utbudet i regionen.
                3. Ägarnas mål för andelen svenskspråkiga startplatser följs upp vid nästa möte.""", system);
        content.decision(
                dialogue,
                held,
                "Demo: Yrkesakademin startar en läroavtalsgrupp för svetsare i augusti; sysselsättningsområdet rekryterar deltagare.",
                system);
        String owner = provider.map(p -> "PROVIDER:" + p).orElse("COORDINATOR");
        content.action(
                dialogue,
                held,
                new NewAction(
                        "Demo: Skicka utkast till läroavtalsplan för svetsare till partnerskapet",
                        "Demo: Anna Rektor",
                        owner,
                        today.minusDays(10).toString(),
                        needId > 0 ? needId : null,
                        null),
                system);
        content.action(
                dialogue,
                held,
                new NewAction(
                        "Demo: Sammanställ arbetsgivarnas svar om språkkrav / Kokoa työnantajien vastaukset kielitaitovaatimuksista",
                        "Demo: Erik Koordinator",
                        "COORDINATOR",
                        today.plusWeeks(4).toString(),
                        null,
                        null),
                system);
        settings.set(SETTING, "true");
        audit.record("LOAD", "demo-meetings", "meeting", "Demonstration meetings loaded", null, Map.of("meetings", 2));
        log.info("Demonstration meetings loaded");
    }

    private Optional<String> id(String sql) {
        return jdbc.sql(sql).query(String.class).optional();
    }
}
