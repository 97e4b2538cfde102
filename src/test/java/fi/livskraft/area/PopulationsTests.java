package fi.livskraft.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The shipped populations (31 December 2000-2022, 2025 division) and the population API. */
@IntegrationTest
class PopulationsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void everyMunicipalityOf2025HasItsOfficialPopulationForEveryYear() {
        SharedData.assumePresent();
        // municipality_code,population_31dec,year: 309 municipalities of the 2023 division
        List<String[]> rows = SharedData.csv(
                SharedData.ROOT.resolve("population/sotkanet_127_population_by_municipality_2000_2022.csv"));
        assertThat(rows.get(0)).containsExactly("municipality_code", "population_31dec", "year");
        Map<String, Integer> official = new TreeMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            String code = r[0].length() < 3 ? "0".repeat(3 - r[0].length()) + r[0] : r[0];
            // 588 Pertunmaa merged into 507 Mäntyharju on 1.1.2025
            String merged = code.equals("588") ? "507" : code;
            int year = (int) Double.parseDouble(r[2]);
            official.merge(merged + "/" + year, (int) Double.parseDouble(r[1]), Integer::sum);
        }
        Map<String, Integer> shipped = new TreeMap<>();
        jdbc.sql("select municipality_code, year, population from municipality_population where year <= 2022")
                .query(rs -> {
                    shipped.put(rs.getString(1) + "/" + rs.getInt(2), rs.getInt(3));
                });
        assertThat(shipped).hasSize(308 * 23).isEqualTo(official);
        // the 2022 column of the second file, by name, for the 2025 municipalities
        List<String[]> of2022 =
                SharedData.csv(SharedData.ROOT.resolve("population/population_2022_by_municipality_2023_division.csv"));
        int total = 0;
        for (String[] r : of2022.subList(1, of2022.size())) {
            total += Integer.parseInt(r[3]);
        }
        assertThat(total).isEqualTo(5_563_970);
        int shipped2022 = jdbc.sql("select sum(population) from municipality_population where year = 2022")
                .query(Integer.class)
                .single();
        assertThat(shipped2022).isEqualTo(total);
        // Mäntyharju 2022 = Mäntyharju 5 564 + Pertunmaa 1 600
        assertThat(shipped.get("507/2022")).isEqualTo(5564 + 1600);
    }

    @Test
    void theMunicipalityApiGivesTheLatestPopulationAndTheSeries() throws Exception {
        mvc.perform(get("/api/v1/municipalities/049"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.population.year").value(2022))
                .andExpect(jsonPath("$.population.value").value(305274))
                .andExpect(jsonPath("$.population.source").value(containsString("Statistics Finland")));
        mvc.perform(get("/api/v1/municipalities/091/population"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(23)))
                .andExpect(jsonPath("$[0].year").value(2000))
                .andExpect(jsonPath("$[22].year").value(2022))
                .andExpect(jsonPath("$[22].value").value(664028));
        mvc.perform(get("/api/v1/municipalities/999/population")).andExpect(status().isNotFound());
    }

    @Test
    void theMunicipalityPageSaysThePopulationAndItsYearInEachLanguage() throws Exception {
        String[][] expected = {
            {"fi", "664 028 31.12.2022"}, {"sv", "664 028 den 31 december 2022"}, {"en", "664,028 on 31 December 2022"}
        };
        for (String[] lang : expected) {
            String page = mvc.perform(get("/municipalities/091").param("lang", lang[0]))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            // the locale's grouping separator may be a no-break space
            assertThat(page.replace('\u00a0', ' ').replace('\u202f', ' ')).contains(lang[1]);
        }
    }
}
