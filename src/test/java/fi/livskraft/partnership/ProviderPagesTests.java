package fi.livskraft.partnership;

import static fi.livskraft.Forms.form;
import static fi.livskraft.partnership.ProviderTestSupport.providerId;
import static fi.livskraft.partnership.ProviderTestSupport.version;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ProviderPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theRegistryNeedsALogin() throws Exception {
        mvc.perform(get("/providers")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/employers")).andExpect(status().is3xxRedirection());
    }

    @Test
    void listsProvidersWithDemoTagsAndFiltersByLanguageAndRegion() throws Exception {
        var anyone = user("reader").roles("EMPLOYER");
        mvc.perform(get("/providers").with(anyone).param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Yrkesakademin i Österbotten")))
                .andExpect(content().string(containsString("Vamia")))
                .andExpect(content().string(containsString("<span class=\"tag demo\">Demo</span>")))
                .andExpect(content().string(containsString("Samkommun")));
        mvc.perform(get("/providers").with(anyone).param("lang", "sv").param("language", "sv"))
                .andExpect(content().string(containsString("Optima")))
                .andExpect(content().string(not(containsString("Vamia"))));
        mvc.perform(get("/providers").with(anyone).param("lang", "fi").param("region", "14"))
                .andExpect(content().string(containsString("Sedu")))
                .andExpect(content().string(not(containsString("Prakticum"))));
    }

    @Test
    void ownerRepresentativesSeeWhichProvidersTheyOwn() throws Exception {
        var owner = user("owner")
                .authorities(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_OWNER"),
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("OWNER:545"));
        mvc.perform(get("/providers").with(owner).param("lang", "en"))
                .andExpect(content().string(containsString("Owned by your municipality")));
    }

    @Test
    void showsOwnersSummingToHundredHistoryAndQualificationLinks() throws Exception {
        long optima = providerId(mvc, "optima");
        mvc.perform(get("/providers/" + optima)
                        .with(user("reader").roles("EMPLOYER"))
                        .param("lang", "en"))
                .andExpect(status().isOk())
                // A municipal owner is named as its municipality is in English: Jakobstad, not Pietarsaari.
                .andExpect(content().string(containsString("Jakobstad")))
                .andExpect(content().string(not(containsString("Pietarsaari"))))
                .andExpect(content().string(containsString("100 %")))
                .andExpect(content().string(containsString("Ownership history")))
                .andExpect(content().string(containsString("/qualifications/351703")))
                .andExpect(content().string(containsString("Two thirds and half of the population")))
                .andExpect(content().string(not(containsString("Change ownership"))));
    }

    @Test
    void theCoordinatorsOwnershipFormShowsErrorsBesideTheFields() throws Exception {
        long sedu = providerId(mvc, "sedu");
        var coordinator = user("coordinator").roles("COORDINATOR");
        mvc.perform(get("/providers/" + sedu).with(coordinator).param("lang", "fi"))
                .andExpect(content().string(containsString("Muuta omistusta")))
                .andExpect(content().string(containsString("id=\"owners-0-code\"")));
        mvc.perform(post("/providers/" + sedu + "/owners")
                        .with(coordinator)
                        .with(csrf())
                        .param("lang", "fi")
                        .param("version", String.valueOf(version(mvc, sedu)))
                        .param("validFrom", "2026-01-01")
                        .param("code", "743", "408", "123", "")
                        .param("share", "50", "49,5", "0,4", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#owners\"")))
                .andExpect(content().string(containsString("99.9 %")))
                .andExpect(content().string(containsString("href=\"#owners-2-code\"")))
                .andExpect(content().string(containsString("aria-describedby=\"owners-2-code-error\"")));
    }

    @Test
    void providerStaffGetTheSupplyFormOnlyForTheirOwnProvider() throws Exception {
        long own = providerId(mvc, "yrkesakademin");
        long other = providerId(mvc, "optima");
        var staff = user("provider")
                .authorities(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_PROVIDER"),
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("PROVIDER:" + own));
        mvc.perform(get("/providers/" + own).with(staff).param("lang", "sv"))
                .andExpect(content().string(containsString("Spara språk och examina")))
                .andExpect(content().string(not(containsString("Ändra ägandet"))));
        mvc.perform(get("/providers/" + other).with(staff).param("lang", "sv"))
                .andExpect(content().string(not(containsString("Spara språk och examina"))));
        mvc.perform(form(
                        "/providers/" + other + "/supply",
                        staff,
                        "version=" + version(mvc, other) + "&languages=sv&qualificationCodes=351407"))
                .andExpect(status().isForbidden());
        mvc.perform(form(
                        "/providers/" + own + "/owners",
                        staff,
                        "version=" + version(mvc, own) + "&validFrom=2030-01-01&code=905&share=100"))
                .andExpect(status().isForbidden());
    }

    @Test
    void participantsArePublicAndEmployersListedForLoggedInUsers() throws Exception {
        mvc.perform(get("/participants").param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sysselsättningsområden")))
                .andExpect(content().string(containsString("Demo Kvarkens Svets Ab")));
        mvc.perform(get("/api/v1/participants")).andExpect(status().isOk());
        mvc.perform(get("/employers").with(user("reader").roles("OWNER")).param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Demo Kvarkens Svets Ab")))
                .andExpect(content().string(containsString("Korsholm")));
        mvc.perform(get("/api/v1/employers")).andExpect(status().isUnauthorized());
    }
}
