package fi.livskraft.referencedata;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import fi.livskraft.TestUsers;
import fi.livskraft.account.Role;
import fi.livskraft.account.UserAccounts;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's reference-data page and API. Each test runs in a transaction that is rolled
 * back (MockMvc runs in the test's thread), so imports do not change the shared database.
 */
@IntegrationTest
@Transactional
class ReferenceDataTest {

    static final String PASSWORD = "correct-horse-battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    String coordinator;
    String provider;

    @BeforeEach
    void createUsers() {
        coordinator = TestUsers.create(accounts, "refdata-coord", PASSWORD, Role.COORDINATOR, "");
        provider = TestUsers.create(accounts, "refdata-provider", PASSWORD, Role.PROVIDER, "1");
    }

    static MockMultipartFile file(String name) throws IOException {
        try (InputStream in = ReferenceDataTest.class.getResourceAsStream(name)) {
            return new MockMultipartFile("file", name, "application/json", in.readAllBytes());
        }
    }

    @Test
    void coordinatorImportsThroughTheApi() throws Exception {
        mvc.perform(multipart("/api/v1/reference-data/imports")
                        .file(file("ammatti_fi_fixture.json"))
                        .param("format", "statfin-classification-ammatti")
                        .with(httpBasic(coordinator, PASSWORD))
                        .header("Accept-Language", "en"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.dataset").value("isco"))
                .andExpect(jsonPath("$.file").value("ammatti_fi_fixture.json"))
                .andExpect(jsonPath("$.rowsRead").value(7))
                .andExpect(jsonPath("$.rowsStored").value(2))
                .andExpect(jsonPath("$.warnings[0].field").value("level"))
                .andExpect(jsonPath("$.warnings[0].message", containsString("level-5")));

        mvc.perform(get("/api/v1/reference-data/imports").with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].fileName").value("ammatti_fi_fixture.json"))
                .andExpect(jsonPath("$[0].format").value("statfin-classification-ammatti"))
                .andExpect(jsonPath("$[0].importedBy").value(coordinator));
    }

    @Test
    void apiRefusesABrokenFileWithEveryProblemAndStoresNothing() throws Exception {
        long imports = count();
        mvc.perform(multipart("/api/v1/reference-data/imports")
                        .file(file("koulutus_broken.json"))
                        .param("format", "oph-koodisto-koulutus")
                        .with(httpBasic(coordinator, PASSWORD))
                        .header("Accept-Language", "fi"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].file").value("koulutus_broken.json"))
                .andExpect(jsonPath("$.errors[0].row").value("2"))
                .andExpect(jsonPath("$.errors[0].field").value("koodiArvo"))
                .andExpect(jsonPath("$.errors[2].field").value("metadata[kieli=FI].nimi"));
        org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(imports);
    }

    @Test
    void apiNamesTheFormatFieldAndTheKnownFormats() throws Exception {
        mvc.perform(multipart("/api/v1/reference-data/imports")
                        .file(file("koulutus_broken.json"))
                        .param("format", "excel")
                        .with(httpBasic(coordinator, PASSWORD))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"))
                .andExpect(jsonPath("$.errors[0].message", containsString("oph-koodisto-koulutus")))
                .andExpect(jsonPath("$.errors[0].message", containsString("statfin-classification-ammatti")));
        mvc.perform(multipart("/api/v1/reference-data/imports")
                        .param("format", "oph-koodisto-koulutus")
                        .with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void apiIsForTheCoordinatorOnly() throws Exception {
        mvc.perform(multipart("/api/v1/reference-data/imports")
                        .file(file("ammatti_fi_fixture.json"))
                        .param("format", "statfin-classification-ammatti"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/reference-data/imports")).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/v1/reference-data/imports")
                        .file(file("ammatti_fi_fixture.json"))
                        .param("format", "statfin-classification-ammatti")
                        .with(httpBasic(provider, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reference-data/imports").with(httpBasic(provider, PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void pageListsEveryImporterAndTheHistoryInEveryLanguage() throws Exception {
        for (String lang : List.of("sv", "fi", "en")) {
            mvc.perform(get("/reference-data").param("lang", lang).with(user(users.loadUserByUsername(coordinator))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("value=\"oph-koodisto-koulutus\"")))
                    .andExpect(content().string(containsString("value=\"statfin-classification-ammatti\"")))
                    .andExpect(content().string(containsString("qualifications.csv")))
                    .andExpect(content().string(not(containsString("??"))));
        }
        mvc.perform(get("/reference-data").param("lang", "sv").with(user(users.loadUserByUsername(coordinator))))
                .andExpect(content().string(containsString("Yrken: Statistikcentralens Yrkesklassificering 2010")));
    }

    @Test
    void pageIsForTheCoordinatorOnly() throws Exception {
        mvc.perform(get("/reference-data")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reference-data").with(user(users.loadUserByUsername(provider))))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/reference-data")
                        .file(file("ammatti_fi_fixture.json"))
                        .param("format", "statfin-classification-ammatti")
                        .with(user(users.loadUserByUsername(provider)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void pageRunsAnImportAndShowsTheReport() throws Exception {
        UploadOutcome outcome = uploadOnThePage(file("ammatti_fi_fixture.json"), "statfin-classification-ammatti");
        org.assertj.core.api.Assertions.assertThat(outcome.kind()).isEqualTo(UploadOutcome.Kind.STORED);

        pageShowing(outcome, "fi")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiedosto tuotiin")))
                .andExpect(content().string(containsString("kansallista 5-numerotason ammattikoodia ohitettiin")))
                .andExpect(content().string(containsString("ammatti_fi_fixture.json")));
    }

    @Test
    void pageShowsTheProblemsOfARefusedFileInThePageLanguage() throws Exception {
        UploadOutcome outcome = uploadOnThePage(file("koulutus_broken.json"), "oph-koodisto-koulutus");
        org.assertj.core.api.Assertions.assertThat(outcome.kind()).isEqualTo(UploadOutcome.Kind.REFUSED);

        pageShowing(outcome, "sv")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Importen avvisades")))
                .andExpect(content().string(containsString("Ingenting från filen koulutus_broken.json sparades.")))
                .andExpect(content().string(containsString("<code>metadata[kieli=FI].nimi</code>")))
                .andExpect(content().string(containsString("Ett värde krävs.")));
    }

    @Test
    void pageNamesAMissingFileAtTheField() throws Exception {
        UploadOutcome outcome = uploadOnThePage(null, "oph-koodisto-koulutus");

        pageShowing(outcome, "en")
                .andExpect(content().string(containsString("href=\"#file\"")))
                .andExpect(content().string(containsString("aria-describedby=\"file-hint file-error\"")))
                .andExpect(content().string(containsString("Choose a file to import.")));
    }

    /** Submits the page's form as the coordinator (no file part when {@code file} is null); the outcome it flashes. */
    private UploadOutcome uploadOnThePage(MockMultipartFile file, String format) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/reference-data");
        if (file != null) {
            request.file(file);
        }
        MvcResult result = mvc.perform(request.param("format", format)
                        .with(user(users.loadUserByUsername(coordinator)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reference-data"))
                .andExpect(flash().attributeExists("outcome"))
                .andReturn();
        return (UploadOutcome) result.getFlashMap().get("outcome");
    }

    /** The page in the language after the redirect that carries the outcome. */
    private ResultActions pageShowing(UploadOutcome outcome, String lang) throws Exception {
        return mvc.perform(get("/reference-data")
                .param("lang", lang)
                .flashAttr("outcome", outcome)
                .with(user(users.loadUserByUsername(coordinator))));
    }

    private long count() {
        return jdbc.sql("select count(*) from reference_import")
                .query(Long.class)
                .single();
    }
}
