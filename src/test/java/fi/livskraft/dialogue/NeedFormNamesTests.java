package fi.livskraft.dialogue;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** Users who act for several organisations choose among names, not ids. */
@IntegrationTest
class NeedFormNamesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theNeedFormNamesEachOrganisationTheUserActsFor() throws Exception {
        String welder = jdbc.sql("select id::text from employer where business_id = '9990010-4'")
                .query(String.class)
                .single();
        var several = user("several")
                .authorities(
                        new SimpleGrantedAuthority("ROLE_EMPLOYER"),
                        new SimpleGrantedAuthority("EMPLOYER:" + welder),
                        new SimpleGrantedAuthority("ROLE_OWNER"),
                        new SimpleGrantedAuthority("OWNER:905"));
        mvc.perform(get("/needs/new").with(several).param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Demo Kvarkens Svets Ab (arbetsgivare)</option>")))
                .andExpect(content().string(containsString(">Vasa (ägarkommun)</option>")))
                .andExpect(content().string(not(containsString(">OWNER:905</option>"))));
    }

    @Test
    void theOfferFormNamesEachProviderTheUserActsFor() throws Exception {
        long need = jdbc.sql("select id from workforce_need where status <> 'NEW' order by id limit 1")
                .query(Long.class)
                .single();
        String optima = jdbc.sql("select id::text from provider where slug = 'optima'")
                .query(String.class)
                .single();
        String yrkesakademin = jdbc.sql("select id::text from provider where slug = 'yrkesakademin'")
                .query(String.class)
                .single();
        var provider = user("two-providers")
                .authorities(
                        new SimpleGrantedAuthority("ROLE_PROVIDER"),
                        new SimpleGrantedAuthority("PROVIDER:" + optima),
                        new SimpleGrantedAuthority("PROVIDER:" + yrkesakademin));
        mvc.perform(get("/needs/" + need).with(provider).param("lang", "fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Optima kuntayhtymä</option>")))
                .andExpect(content().string(not(containsString(">" + optima + "</option>"))));
    }
}
