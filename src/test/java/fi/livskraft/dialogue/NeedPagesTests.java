package fi.livskraft.dialogue;

import static fi.livskraft.Forms.form;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class NeedPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor employer() {
        String id = jdbc.sql("select id::text from employer where business_id = '9990010-4'")
                .query(String.class)
                .single();
        return user("employer")
                .authorities(new SimpleGrantedAuthority("ROLE_EMPLOYER"), new SimpleGrantedAuthority("EMPLOYER:" + id));
    }

    @Test
    void suggestsAsTheUserTypesAndWithoutJavaScript() throws Exception {
        mvc.perform(get("/needs/new").with(employer()).param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-post=\"/needs/suggest\"")))
                .andExpect(content().string(containsString("keyup changed delay:300ms")))
                .andExpect(content().string(containsString("Föreslå yrken")));
        mvc.perform(form("/needs/suggest", employer(), "lang=sv&text=vi behöver fem svetsare"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"7212\"")))
                .andExpect(content().string(containsString("säkerhet")));
        mvc.perform(form("/needs/suggest", employer(), "lang=en&text=Wir brauchen fünf Schweißer"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("does not look like Swedish, Finnish or English")));
        mvc.perform(form("/needs/new", employer(), "lang=sv&text=vi behöver fem svetsare&action=suggest"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"7212\"")))
                .andExpect(content().string(containsString("vi behöver fem svetsare</textarea>")));
    }

    @Test
    void savesANeedOnlyOnceAPersonConfirmedAnOccupationKeepingWhatWasTyped() throws Exception {
        mvc.perform(
                        form(
                                "/needs/new",
                                employer(),
                                "lang=sv&text=vi behöver fem svetsare som talar svenska till hösten&headCount=5&area=MUNICIPALITY:499&horizon=2026-autumn&languageRequirement=sv&action=save"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("Bekräfta minst ett yrke")))
                .andExpect(content().string(containsString("som talar svenska till hösten</textarea>")));
        mvc.perform(
                        form(
                                "/needs/new",
                                employer(),
                                "lang=sv&text=vi behöver fem svetsare som talar svenska till hösten&headCount=5&area=MUNICIPALITY:499&horizon=2026-autumn&languageRequirement=sv&international=true&occupations=7212&action=save"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/needs/*?created"));
        Long id = jdbc.sql("select max(id) from workforce_need where created_by = 'employer'")
                .query(Long.class)
                .single();
        mvc.perform(get("/needs/" + id).with(employer()).param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("7212")))
                .andExpect(content().string(containsString("2026-AUTUMN")))
                .andExpect(content().string(containsString("Nytt")));
    }

    @Test
    void labelsDemonstrationNeedsAndShowsTheAnsweredOne() throws Exception {
        var coordinator = user("coordinator").roles("COORDINATOR");
        mvc.perform(get("/needs").with(coordinator).param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tag demo")))
                .andExpect(content().string(containsString("Besvarat")))
                .andExpect(content().string(containsString("Granskningskö")));
        Long answered = jdbc.sql("select need_id from need_offer where demo")
                .query(Long.class)
                .single();
        mvc.perform(get("/needs/" + answered).with(coordinator).param("lang", "sv"))
                .andExpect(content().string(containsString("Läroavtal")))
                .andExpect(content().string(containsString("Demonstrationsdata")));
    }

    @Test
    void providersAnswerThroughTheFormAndAClosedNeedSaysSo() throws Exception {
        String providerId = jdbc.sql("select id::text from provider where slug = 'yrkesakademin'")
                .query(String.class)
                .single();
        var provider = user("provider")
                .authorities(
                        new SimpleGrantedAuthority("ROLE_PROVIDER"),
                        new SimpleGrantedAuthority("PROVIDER:" + providerId));
        Long inReview = jdbc.sql("select id from workforce_need where demo and status = 'IN_REVIEW' limit 1")
                .query(Long.class)
                .single();
        mvc.perform(get("/needs/" + inReview).with(provider).param("lang", "fi"))
                .andExpect(content().string(containsString("Vastaa tarjouksella")));
        mvc.perform(form(
                        "/needs/" + inReview + "/offers",
                        provider,
                        "lang=fi&kind=EXTRA_START_PLACES&language=fi&startDate=2027-01-10"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Paikkojen määrän")));
        mvc.perform(
                        form(
                                "/needs/" + inReview + "/offers",
                                provider,
                                "lang=fi&kind=EXTRA_START_PLACES&places=12&qualificationCode=371101&language=fi&startDate=2027-01-10"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/needs/" + inReview).with(provider).param("lang", "fi"))
                .andExpect(content().string(containsString("Lisää aloituspaikkoja")))
                .andExpect(content().string(containsString("Vastattu")));
    }
}
