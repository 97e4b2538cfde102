package fi.livskraft.economypages;

import static fi.livskraft.Forms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.livskraft.IntegrationTest;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class KelaImportAndPagesTests {

    @Autowired
    KelaBenefitsImporter importer;

    @Autowired
    AreaEconomyService areas;

    @Autowired
    ScenarioStore scenarios;

    @Autowired
    EconomyRules rules;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private static InputStream fixture(String name) {
        return KelaImportAndPagesTests.class.getResourceAsStream("/economypages/" + name);
    }

    private int rows(String month) {
        return jdbc.sql("select count(*) from kela_benefit_fact where month = ?")
                .param(LocalDate.parse(month))
                .query(Integer.class)
                .single();
    }

    @Test
    void storesAGoodFileAndPricesItToTheCentThenReplacesTheSameMonthsOnReimport() {
        var report = importer.importFile("kela-good.csv", fixture("kela-good.csv"));
        assertThat(report.rowsRead()).isEqualTo(5);
        assertThat(report.rowsStored()).isEqualTo(5);
        assertThat(rows("2026-01-01")).isEqualTo(2);
        assertThat(rows("2026-02-01")).isEqualTo(3);

        AreaEconomyReport pohjanmaa = areas.report("pohjanmaa", 2026);
        AreaEconomy.Year year = pohjanmaa.shownYear().orElseThrow();
        // 200 x 37.21 x 10 % + 100 x 37.21 x 45 % (501-700) + 80 x 37.21 x 20 % + 60 x 37.21 x 30 %
        assertThat(AreaEconomy.cents(year.total().cost())).isEqualByComparingTo("3683.79");
        // pre-2025: labour market subsidy only; 101-200 at 0 %, 301-400 at 50 %: 60 x 37.21 x 50 %
        assertThat(AreaEconomy.cents(year.total().oldCost())).isEqualByComparingTo("1116.30");
        assertThat(year.total().euros()).isEqualByComparingTo("16372.40");
        assertThat(year.total().paidDays()).isEqualTo(440);
        assertThat(pohjanmaa.demo()).isFalse();
        assertThat(pohjanmaa.sources()).extracting(EconomySource::publisher).containsExactly("Kela");

        importer.importFile("kela-replacement.csv", fixture("kela-replacement.csv"));
        assertThat(rows("2026-01-01")).isEqualTo(1);
        assertThat(rows("2026-02-01")).isEqualTo(3);
        AreaEconomy.Year replaced = areas.report("pohjanmaa", 2026).shownYear().orElseThrow();
        // 400 x 37.21 x 10 % + 595.36 + 669.78
        assertThat(AreaEconomy.cents(replaced.total().cost())).isEqualByComparingTo("2753.54");
    }

    /**
     * The open class Kela publishes ("yli 500", not split at day 700) is stored and priced at the
     * 45 % step of its first day, and the page says that this is a lower bound; general support
     * (yleistuki) is read in the months it is in force and its pricing shown as an assumption.
     */
    @Test
    void readsTheOpenClassOver500AndGeneralSupportAndStatesTheAssumptionsOnThePage() throws Exception {
        String file = """
                tilastokuukausi;alue;etuus;kertymaluokka;saajat;maksetut_paivat;euroa
                2026-09;suupohja;peruspäiväraha;yli 500;5;100;3721,00
                2026-09;suupohja;yleistuki;101-200;3;50;1860,50
                2026-09;suupohja;yleistuki;501-;2;40;1488,40
                """;
        var report = importer.importFile(
                "kela-open-class.csv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.rowsStored()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from kela_benefit_fact where month = date '2026-09-01'"
                                + " and benefit = 'GENERAL_SUPPORT' and area_id = 'suupohja'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        AreaEconomy.Month september = areas.report("suupohja", 2026).result().months().stream()
                .filter(m -> m.month().equals(LocalDate.of(2026, 9, 1)))
                .findFirst()
                .orElseThrow();
        // 100 x 37.21 x 45 % + 50 x 37.21 x 10 % + 40 x 37.21 x 45 % = 1674.45 + 186.05 + 669.78
        assertThat(AreaEconomy.cents(september.totals().cost())).isEqualByComparingTo("2530.28");
        assertThat(september.cells()).filteredOn(AreaEconomy.Cell::lowerBound).hasSize(2);
        for (String[] lang : new String[][] {{"en", "lower bound"}, {"fi", "alaraja"}, {"sv", "nedre gräns"}}) {
            mvc.perform(get("/economy/employment-areas/suupohja")
                            .param("year", "2026")
                            .param("lang", lang[0]))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(lang[1])))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("501–")));
        }

        String early = """
                tilastokuukausi;alue;etuus;kertymaluokka;saajat;maksetut_paivat;euroa
                2026-04;suupohja;yleistuki;101-200;3;50;1860,50
                """;
        assertThatThrownBy(() -> importer.importFile(
                        "kela-early.csv", new ByteArrayInputStream(early.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::row, ImportProblem::field, ImportProblem::messageKey)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        2, "etuus", "economypages.import.error.benefit-not-in-force")));
        // a closed class across two bands is still refused
        String across = """
                tilastokuukausi;alue;etuus;kertymaluokka;saajat;maksetut_paivat;euroa
                2026-09;suupohja;peruspäiväraha;500-999;5;100;3721,00
                """;
        assertThatThrownBy(() -> importer.importFile(
                        "kela-across.csv", new ByteArrayInputStream(across.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::messageKey)
                                .containsExactly("economypages.import.error.class-across-bands"));
    }

    @Test
    void refusesABrokenFileNamingFileRowAndFieldAndStoresNothing() {
        int before = jdbc.sql("select count(*) from kela_benefit_fact")
                .query(Integer.class)
                .single();
        int sources = jdbc.sql("select count(*) from economy_source")
                .query(Integer.class)
                .single();
        assertThatThrownBy(() -> importer.importFile("kela-broken.csv", fixture("kela-broken.csv")))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> {
                    List<ImportProblem> p = e.problems();
                    assertThat(p).allSatisfy(x -> assertThat(x.file()).isEqualTo("kela-broken.csv"));
                    assertThat(p)
                            .extracting(ImportProblem::row, ImportProblem::field, ImportProblem::messageKey)
                            .contains(
                                    org.assertj.core.groups.Tuple.tuple(
                                            3, "tilastokuukausi", "economypages.import.error.bad-month"),
                                    org.assertj.core.groups.Tuple.tuple(
                                            4, "alue", "economypages.import.error.unknown-area"),
                                    org.assertj.core.groups.Tuple.tuple(
                                            5, "saajat", "economypages.import.error.negative"),
                                    org.assertj.core.groups.Tuple.tuple(
                                            6, "maksetut_paivat", "economypages.import.error.not-a-number"));
                });
        assertThat(jdbc.sql("select count(*) from kela_benefit_fact")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from economy_source")
                        .query(Integer.class)
                        .single())
                .isEqualTo(sources);
    }

    @Test
    void refusesAFileWithoutTheExpectedColumns() {
        InputStream in =
                new ByteArrayInputStream("kuukausi;alue\n2025-01;pohjanmaa\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importer.importFile("wrong.csv", in))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::field)
                                .contains("tilastokuukausi", "etuus", "kertymaluokka"));
    }

    @Test
    void economyPagesAnswerInSwedishFinnishAndEnglish() throws Exception {
        String demo = scenarios.demoToken().orElseThrow();
        String[][] expected = {
            {"sv", "Kommunernas ekonomi enligt AN2024", "Ekonomi: Österbottens sysselsättningsområde", "Ekonomi: Vasa"},
            {"fi", "Kuntien talous AN2024-uudistuksessa", "Talous: Pohjanmaan työllisyysalue", "Talous: Vaasa"},
            {"en", "Municipal economy under AN2024", "Economy: Ostrobothnia employment area", "Economy: Vaasa"}
        };
        for (String[] lang : expected) {
            mvc.perform(get("/economy").param("lang", lang[0]))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(lang[1])));
            mvc.perform(get("/economy/employment-areas/pohjanmaa")
                            .param("lang", lang[0])
                            .param("year", "2025"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(lang[2])))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("tag demo")));
            mvc.perform(get("/economy/municipalities/905")
                            .param("lang", lang[0])
                            .param("year", "2025"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(lang[3])));
            mvc.perform(get("/economy/municipalities/478").param("lang", lang[0]))
                    .andExpect(status().isOk());
            mvc.perform(get("/economy/scenarios").param("lang", lang[0])).andExpect(status().isOk());
            mvc.perform(get("/economy/scenarios/" + demo).param("lang", lang[0]))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void vaasaGetsItsCompensationShareOfTheAreaCost() {
        // other test classes share the database and may have cleared the demonstration compensation
        var previous = SecurityContextHolder.getContext();
        var coordinator = SecurityContextHolder.createEmptyContext();
        coordinator.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "coordinator-test", null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
        SecurityContextHolder.setContext(coordinator);
        try {
            DemoEconomyLoader.COMPENSATION_2025.forEach((code, amount) -> {
                var existing = rules.compensation(code, 2025);
                rules.putCompensation(
                        code,
                        2025,
                        amount,
                        "test",
                        existing.map(EconomyRules.Compensation::version).orElse(null));
            });
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        AreaEconomyReport report = areas.report("pohjanmaa", 2025);
        assertThat(report.demo()).isTrue();
        assertThat(report.compensationComplete()).isTrue();
        MunicipalityEconomyPage.Allocation vaasa = MunicipalityEconomyPage.allocation(report, "905");
        BigDecimal expected = report.shownYear()
                .orElseThrow()
                .total()
                .cost()
                .multiply(new BigDecimal("4620000.00"))
                .divide(new BigDecimal("8487000.00"), 2, java.math.RoundingMode.HALF_UP);
        assertThat(vaasa.cost()).isEqualByComparingTo(expected);
        assertThat(vaasa.net()).isEqualByComparingTo(expected.subtract(new BigDecimal("4620000.00")));

        // per inhabitant, on the latest population Vaasa has, named with its year
        int[] latest = jdbc.sql("select year, population from municipality_population where municipality_code = '905'"
                        + " order by year desc limit 1")
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
        BigDecimal perInhabitant =
                vaasa.cost().divide(BigDecimal.valueOf(latest[1]), 2, java.math.RoundingMode.HALF_UP);
        EconomyFormat f = new EconomyFormat();
        try {
            mvc.perform(get("/economy/municipalities/905").param("year", "2025").param("lang", "en"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Per inhabitant")))
                    .andExpect(content()
                            .string(org.hamcrest.Matchers.containsString(
                                    "cost " + f.money(perInhabitant, java.util.Locale.ENGLISH))))
                    .andExpect(content()
                            .string(org.hamcrest.Matchers.containsString(
                                    f.number(latest[1], java.util.Locale.ENGLISH) + " on 31 December " + latest[0])));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSavedScenarioHasAShareableLinkAndComparesWithTheDemonstration() throws Exception {
        MvcResult saved = mvc.perform(
                        form(
                                "/economy/scenarios",
                                user("owner-test").roles("OWNER"),
                                "title=Twenty welders&qualificationCode=371101&area=pohjanmaa&extraStartPlaces=20&startYear=2026&studyYears=3&completionPercent=70&employedPercent=75&counterfactualPercent=50&avoidedDaysPerYear=150&startAccumulatedDays=200&unitPrice=11000&horizonYears=6"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/economy/scenarios/");
        String token = location.substring("/economy/scenarios/".length()).replace("?saved", "");
        assertThat(scenarios.find(token).orElseThrow().createdBy()).isEqualTo("owner-test");

        mvc.perform(get("/economy/scenarios/" + token).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Twenty welders")));
        mvc.perform(get("/economy/scenarios/compare")
                        .param("a", scenarios.demoToken().orElseThrow())
                        .param("b", token)
                        .param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Två scenarier sida vid sida")));
    }

    @Test
    void savingAScenarioNeedsASignInAndCheckedFields() throws Exception {
        mvc.perform(post("/economy/scenarios").with(csrf()).param("qualificationCode", "371101"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/economy/scenarios")
                        .param("calculate", "1")
                        .param("qualificationCode", "999999")
                        .param("area", "478")
                        .param("extraStartPlaces", "-1")
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("No qualification has the code 999999")));
    }

    @Test
    void exportsTheAreaAsXlsxAndPdfInThePageLanguage() throws Exception {
        byte[] xlsx = mvc.perform(get("/economy/employment-areas/pohjanmaa/economy.xlsx")
                        .param("year", "2025")
                        .param("lang", "fi"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.containsString("economy-pohjanmaa-2025-fi.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        AreaEconomyReport report = areas.report("pohjanmaa", 2025);
        double cost = AreaEconomy.cents(report.shownYear().orElseThrow().total().cost())
                .doubleValue();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Työttömyysetuuksien kuntakustannus AN2024:n mukaan: Pohjanmaan työllisyysalue, 2025");
            assertThat(book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue())
                    .startsWith("ESITTELY");
            Sheet summary = book.getSheet("Yhteenveto");
            Row first = summary.getRow(1);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(cost);
            assertThat(book.getSheet("Kuukaudet").getLastRowNum()).isEqualTo(12);
        }

        for (String[] lang : new String[][] {
            {"sv", "Kommunernas kostnad för arbetslöshetsförmåner enligt AN2024"},
            {"en", "Municipal cost of unemployment benefits under AN2024"}
        }) {
            byte[] pdf = mvc.perform(get("/economy/employment-areas/pohjanmaa/economy.pdf")
                            .param("lang", lang[0]))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
            try (PdfReader reader = new PdfReader(pdf)) {
                String text = new PdfTextExtractor(reader).getTextFromPage(1);
                assertThat(text).contains(lang[1]);
            }
        }
    }

    @Test
    void exportsAScenarioAsXlsxAndPdf() throws Exception {
        String demo = scenarios.demoToken().orElseThrow();
        byte[] xlsx = mvc.perform(
                        get("/economy/scenarios/" + demo + "/scenario.xlsx").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet years = book.getSheet("Years");
            assertThat(years.getLastRowNum()).isEqualTo(5);
            // year 1: 15 students x 11,000 euros
            assertThat(years.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(165000.0);
        }
        byte[] pdf = mvc.perform(
                        get("/economy/scenarios/" + demo + "/scenario.pdf").param("lang", "fi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Koulutustarjonnan skenaario");
        }
    }

    @Test
    void theCoordinatorEntersACompensationAuditedAndAStaleVersionIsAConflict() throws Exception {
        var coordinator = user("coordinator-test").roles("COORDINATOR");
        mvc.perform(form(
                        "/economy/municipalities/091/compensation",
                        coordinator,
                        "year=2027&amount=1 250 000,50&source=VM decision 2026-12-01"))
                .andExpect(status().is3xxRedirection());
        int audited = jdbc.sql("select count(*) from audit_event where entity_type = 'economy_compensation'"
                        + " and entity_id = '091/2027' and actor = 'coordinator-test'")
                .query(Integer.class)
                .single();
        assertThat(audited).isEqualTo(1);
        mvc.perform(form(
                        "/economy/municipalities/091/compensation",
                        coordinator,
                        "year=2027&amount=1300000&source=VM decision, corrected&version=0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(
                        "/economy/municipalities/091/compensation",
                        coordinator,
                        "year=2027&amount=1400000&source=stale form&version=0"))
                .andExpect(status().isConflict());
        mvc.perform(form(
                        "/economy/municipalities/091/compensation",
                        coordinator,
                        "year=20x7&amount=1400000&source=typo"))
                .andExpect(status().isBadRequest());
        mvc.perform(form(
                        "/economy/municipalities/091/compensation",
                        user("owner-test").roles("OWNER"),
                        "year=2027&amount=1&source=not allowed&version=1"))
                .andExpect(status().isForbidden());
    }
}
