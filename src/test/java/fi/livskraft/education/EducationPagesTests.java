package fi.livskraft.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class EducationPagesTests {

    static final String PROVIDER = "TEST-PAGES";
    static final String FILE = "# publisher: Page test publisher\n# dataset: page-test\n# vintage: 2025\n"
            + "# licence: CC BY 4.0\n"
            + "provider_code;provider_name;qualification;year;language;measure;value;area\n"
            + PROVIDER + ";Testakademin;371101;2025;sv;START_PLACES;20;\n"
            + PROVIDER + ";Testakademin;371101;2025;sv;NEW_STUDENTS;3;\n"
            + PROVIDER + ";Testakademin;371101;2025;sv;STUDENTS;0;\n"
            + PROVIDER + ";Testakademin;371101;2025;sv;GRADUATES;4;\n"
            + PROVIDER + ";Testakademin;371101;2024;all;OUTCOME_GRADUATES;4;\n"
            + PROVIDER + ";Testakademin;371101;2024;all;EMPLOYED;2;\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    EducationCsvImporter importer;

    @BeforeEach
    void importSmallCells() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "coordinator", null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
        try {
            importer.importFile(
                    "page-test.csv", new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)), (d, t) -> {});
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void thePageAnswersInSwedishFinnishAndEnglishWithSourceDemoTagAndTheSuppressionRule() throws Exception {
        String[][] expected = {
            {
                "sv",
                "Yrkesutbildningens utbud och de utexaminerades placering",
                "demonstrationsdata",
                "visas tal på 1–4 personer som &lt;5",
                "Österbotten (MK15)",
                "Hela landet"
            },
            {
                "fi",
                "Ammatillisen koulutuksen tarjonta ja valmistuneiden sijoittuminen",
                "esittelyaineisto",
                "1–4 henkilön luvut",
                "Pohjanmaa (MK15)",
                "Koko maa"
            },
            {
                "en",
                "Vocational supply and graduate outcomes",
                "demonstration data",
                "figures of 1 to 4 persons are shown as &lt;5",
                "Ostrobothnia (MK15)",
                "Whole country"
            }
        };
        for (String[] lang : expected) {
            // one qualification, so that the comparison rows are not cut by the page's row limit
            String html = mvc.perform(
                            get("/education/supply").param("lang", lang[0]).param("qualification", "371101"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains(lang[1], lang[2], lang[3], lang[4], lang[5]);
            assertThat(html).contains("Livskraft demonstration data", "Page test publisher");
            assertThat(html).contains("<h1>").doesNotContain("<h1>" + "</h1>");
        }
    }

    @Test
    void anonymousVisitorsSeeSmallCellsSuppressedAndSignedInUsersSeeThem() throws Exception {
        String anonymous = mvc.perform(
                        get("/education/supply").param("provider", PROVIDER).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(anonymous).contains("Testakademin", ">20<", ">0<", "&lt;5").doesNotContain(">3<", ">4<", ">2<");

        String signedIn = mvc.perform(get("/education/supply")
                        .param("provider", PROVIDER)
                        .param("lang", "en")
                        .with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(signedIn).contains(">3<", ">4<", ">2<").doesNotContain("&lt;5</td>");
    }

    @Test
    void filtersByQualificationYearAndLanguage() throws Exception {
        String html = mvc.perform(get("/education/supply")
                        .param("provider", PROVIDER)
                        .param("year", "2025")
                        .param("language", "fi")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("No supply figures match the filter.");
    }

    @Test
    void exportsTheSameSuppressedTableAsCsvAndXlsx() throws Exception {
        String csv = mvc.perform(
                        get("/education/supply.csv").param("provider", PROVIDER).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFSource;Vintage;Demonstration data;Provider code;Provider;");
        assertThat(lines)
                .hasSize(2)
                .last()
                .isEqualTo("Page test publisher / page-test;2025;no;TEST-PAGES;Testakademin;371101;"
                        + "Vocational qualification in Social and Health Care;2025;sv;20;<5;0;<5");

        String signedIn = mvc.perform(get("/education/supply.csv")
                        .param("provider", PROVIDER)
                        .param("lang", "fi")
                        .with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(signedIn.lines().toList().get(1)).endsWith(";2025;sv;20;3;0;4");

        String outcomes = mvc.perform(get("/education/outcomes.csv")
                        .param("provider", PROVIDER)
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(outcomes.lines().toList())
                .hasSize(2)
                .last()
                .isEqualTo("Page test publisher / page-test;2025;no;TEST-PAGES;Testakademin;371101;"
                        + "Vocational qualification in Social and Health Care;2024;all;<5;<5;;;");

        byte[] xlsx = mvc.perform(get("/education/supply.xlsx")
                        .param("provider", PROVIDER)
                        .param("lang", "sv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Anordnare");
            assertThat(sheet.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(20.0);
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("<5");
        }
    }
}
