package fi.livskraft.meeting;

import static fi.livskraft.Forms.form;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import fi.livskraft.account.Actor;
import fi.livskraft.account.Role;
import fi.livskraft.dialogue.Need;
import fi.livskraft.dialogue.Needs;
import fi.livskraft.dialogue.NewNeed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class MeetingPagesTests {

    static final Actor COORDINATOR = new Actor("coordinator", Map.of(Role.COORDINATOR, Set.of()));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Meetings meetings;

    @Autowired
    Agenda agenda;

    @Autowired
    Actions actions;

    @Autowired
    Needs needs;

    static RequestPostProcessor coordinator() {
        return user("coordinator").authorities(new SimpleGrantedAuthority("ROLE_COORDINATOR"));
    }

    Meeting meeting(String title, LocalDate date) {
        return meetings.create(
                new NewMeeting(
                        "PARTNERSHIP_DIALOGUE",
                        title,
                        "",
                        "COORDINATOR",
                        date.toString(),
                        "13:00",
                        null,
                        "15:00",
                        "Vasa",
                        null,
                        false,
                        List.of(),
                        "",
                        null,
                        null,
                        null),
                COORDINATOR,
                false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "fi", "en"})
    void pagesRenderInEachLanguage(String lang) throws Exception {
        Meeting m = meeting("Sidor " + UUID.randomUUID(), LocalDate.of(2026, 12, 1));
        for (String path : List.of(
                "/meetings",
                "/meetings/new",
                "/meetings/" + m.id(),
                "/meetings/" + m.id() + "/edit",
                "/actions",
                "/meetings/calendar",
                "/")) {
            mvc.perform(get(path).with(coordinator()).param("lang", lang))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??meeting."))));
        }
        String expected = switch (lang) {
            case "sv" -> "Föredragningslista";
            case "fi" -> "Esityslista";
            default -> "Agenda for";
        };
        mvc.perform(get("/meetings/" + m.id()).with(coordinator()).param("lang", lang))
                .andExpect(content().string(containsString(expected)));
    }

    @Test
    void aSignedInUserDownloadsOneMeetingAndANeedLinkPreselectsItOnTheAgendaForm() throws Exception {
        Meeting m = meeting("Fil " + UUID.randomUUID(), LocalDate.of(2026, 12, 3));
        mvc.perform(get("/meetings/" + m.id() + "/calendar.ics").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(content().string(containsString("UID:" + m.uid())))
                .andExpect(content().string(containsString("DTSTART;TZID=Europe/Helsinki:20261203T130000")));
        mvc.perform(get("/meetings").with(coordinator()).param("need", "42").param("lang", "en"))
                .andExpect(content().string(containsString("workforce need #42 chosen")))
                .andExpect(content().string(containsString("need=42")));
        mvc.perform(get("/meetings").with(coordinator()).param("lang", "en"))
                .andExpect(content().string(containsString("/meetings/" + m.id() + "?on=2026-12-03")))
                .andExpect(content().string(not(containsString("need="))));
    }

    @Test
    void anAgendaCitingADeletedNeedSaysItNoLongerExists() throws Exception {
        Need need = needs.create(
                new NewNeed(
                        "Vi behöver fem svetsare som talar svenska till hösten " + UUID.randomUUID(),
                        5,
                        "MUNICIPALITY",
                        "499",
                        "2026-AUTUMN",
                        "sv",
                        false,
                        "COORDINATOR",
                        List.of(new NewNeed.ConfirmedOccupation("7212", null, null, null))),
                COORDINATOR,
                false);
        Meeting m = meeting("Citat " + UUID.randomUUID(), LocalDate.of(2026, 12, 2));
        agenda.add(
                m.id(),
                m.start().toLocalDate(),
                new NewAgendaItem("NEED", "", "", need.id(), null, null, null, null),
                COORDINATOR);
        mvc.perform(get("/meetings/" + m.id()).with(coordinator()).param("lang", "en"))
                .andExpect(content().string(containsString("People needed")))
                .andExpect(content().string(containsString("workforce need #" + need.id())));
        jdbc.sql("delete from workforce_need where id = ?").param(need.id()).update();
        mvc.perform(get("/meetings/" + m.id()).with(coordinator()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The cited item no longer exists (was: #" + need.id())));
        mvc.perform(get("/meetings/" + m.id()).with(coordinator()).param("lang", "sv"))
                .andExpect(content().string(containsString("finns inte längre")));
    }

    @Test
    void createsAMeetingWritesMinutesAndShowsAnOverdueActionOnTheOverview() throws Exception {
        String title = "Sidflöde " + UUID.randomUUID();
        mvc.perform(
                        form(
                                "/meetings/new",
                                coordinator(),
                                "kind=PARTNERSHIP_DIALOGUE&title=" + title
                                        + "&organiser=COORDINATOR&startDate=2026-11-03&startTime=13:00&endTime=12:00&place=Vasa&lang=sv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Mötet måste sluta efter att det börjat.")));
        mvc.perform(
                        form(
                                "/meetings/new",
                                coordinator(),
                                "kind=PARTNERSHIP_DIALOGUE&title=" + title
                                        + "&organiser=COORDINATOR&startDate=2026-11-03&startTime=13:00&endTime=15:00&place=Vasa"))
                .andExpect(redirectedUrlPattern("/meetings/*?created"));
        long id = jdbc.sql("select id from meeting where title = ?")
                .param(title)
                .query(Long.class)
                .single();
        String base = "/meetings/" + id + "/occurrences/2026-11-03";
        mvc.perform(form(base + "/minutes", coordinator(), "minutes=Vi gick igenom svetsarbehovet.&version=0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/decisions").with(coordinator()).with(csrf()).param("decision", "Läroavtal startar."))
                .andExpect(status().is3xxRedirection());
        String description = "Skicka planen " + UUID.randomUUID();
        mvc.perform(form(
                        base + "/actions",
                        coordinator(),
                        "description=" + description + "&ownerName=Anna&ownerOrganisation=COORDINATOR&dueOn="
                                + actions.today().minusDays(2).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/meetings/" + id).with(coordinator()).param("on", "2026-11-03"))
                .andExpect(content().string(containsString("Vi gick igenom svetsarbehovet.")))
                .andExpect(content().string(containsString("Läroavtal startar.")))
                .andExpect(content().string(containsString(description)));
        mvc.perform(get("/").with(coordinator()).param("lang", "fi"))
                .andExpect(content().string(containsString("Myöhässä olevat tehtävät")))
                .andExpect(content().string(containsString(description)));
        mvc.perform(get("/actions").with(coordinator()).param("overdue", "true"))
                .andExpect(content().string(containsString(description)));
    }
}
