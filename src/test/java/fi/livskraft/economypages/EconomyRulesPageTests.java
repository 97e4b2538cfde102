package fi.livskraft.economypages;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The rules page states what counts, who pays, how days accumulate, and the general support. */
@IntegrationTest
class EconomyRulesPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void statesTheRulesAndTheBenefitTypesInForceInEachLanguage() throws Exception {
        String[][] expected = {
            {
                "sv",
                "hemkommun på betalningsdagen",
                "Inte sjukdagpenning eller rehabiliteringspenning",
                "börjar om från noll när arbetsvillkoret uppfylls",
                "37,21 € om dagen 2025 och 2026",
                "Allmänt stöd (yleistuki)",
                "Åbo stad 15.4.2024",
                "ska kontrolleras mot lagtexten"
            },
            {
                "fi",
                "kotikunta maksupäivänä",
                "Ei sairauspäivärahaa eikä kuntoutusrahaa",
                "alkavat alusta, kun työssäoloehto täyttyy",
                "37,21 € päivässä vuosina 2025 ja 2026",
                "Yleistuki",
                "Kelan tiedote 29.5.2024",
                "tarkistettava lain tekstistä"
            },
            {
                "en",
                "home municipality on the payment day pays",
                "Not counted: sickness allowance and rehabilitation allowance",
                "start again from zero when the employment condition is met",
                "€37.21 in 2025 and in 2026",
                "General support (yleistuki)",
                "the City of Turku, 15 April 2024",
                "to be checked against the statute text"
            }
        };
        for (String[] lang : expected) {
            var page = mvc.perform(get("/economy").param("lang", lang[0])).andExpect(status().isOk());
            for (int i = 1; i < lang.length; i++) {
                page.andExpect(content().string(containsString(lang[i])));
            }
        }
    }
}
