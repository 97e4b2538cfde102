package fi.livskraft.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The compensation upload (municipality code, year, euros): all or nothing, audited, net = cost - compensation. */
@IntegrationTest
class CompensationImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Compensations compensations;

    @AfterEach
    void removeRows() {
        jdbc.sql("delete from economy_compensation where year = 2030").update();
    }

    ResultActions upload(String name, String csv) throws Exception {
        return mvc.perform(multipart("/api/v1/reference-data/imports")
                .file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("format", CompensationImporter.ID)
                .header("Accept-Language", "en")
                .with(httpBasic("coordinator", "demo")));
    }

    @Test
    void storesEveryRowThenOnlyTheChangedOnesAndTheNetFollows() throws Exception {
        upload("vm-2030.csv", "kunta;vuosi;euroa\n853;2030;12 345 678,90\n91;2030;45000000\n")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsRead").value(2))
                .andExpect(jsonPath("$.rowsStored").value(2));
        assertThat(compensations.find("853", 2030).orElseThrow().amountEur()).isEqualByComparingTo("12345678.90");
        assertThat(compensations.find("091", 2030).orElseThrow().source()).contains("Ministry of Finance");
        upload("vm-2030b.csv", "municipality_code,year,euros\n853,2030,12345678.90\n091,2030,45000001\n")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsStored").value(1));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'economy_compensation'"
                                + " and entity_id = '091/2030'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        // net = cost - compensation, to the cent
        NetEffect net = NetEffect.of(
                new java.math.BigDecimal("13000000.005"),
                compensations.find("853", 2030).orElseThrow().amountEur());
        assertThat(net.net()).isEqualByComparingTo("654321.11");
    }

    @Test
    void refusesAnAlandMunicipalityAndABadYearStoringNothing() throws Exception {
        upload("bad.csv", "kunta,vuosi,euroa\n853,2030,100\n478,2030,100\n853,20x0,5\n")
                .andExpect(status().isBadRequest());
        upload("aland.csv", "kunta,vuosi,euroa\n853,2030,100\n478,2030,100\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Åland")));
        assertThat(compensations.find("853", 2030)).isEmpty();
    }
}
