package fi.livskraft.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import fi.livskraft.area.AreaDirectory;
import fi.livskraft.classification.Classifications;
import fi.livskraft.common.AppSettings;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DemoDataTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AppSettings settings;

    @Autowired
    AreaDirectory areas;

    @Autowired
    Classifications classifications;

    @ParameterizedTest
    @ValueSource(strings = {"coordinator", "owner", "provider", "employer", "employmentarea"})
    void demoAccountsLogInThroughTheForm(String username) throws Exception {
        mvc.perform(formLogin("/login").user(username).password("demo"))
                .andExpect(redirectedUrl(username.equals("owner") ? "/municipalities/499" : "/"))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername(username));
    }

    @ParameterizedTest
    @ValueSource(strings = {"coordinator", "owner", "provider", "employer", "employmentarea"})
    void demoAccountsUseTheApiWithHttpBasic(String username) throws Exception {
        mvc.perform(get("/api/v1/providers").with(httpBasic(username, "demo"))).andExpect(status().isOk());
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "employer").param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void isMarkedLoadedAndAuditedOnce() {
        assertThat(settings.demoDataLoaded()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'demo-data'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void everyDemoRowIsMarked() {
        for (String table : List.of("provider", "employer", "owner where kind <> 'MUNICIPALITY'")) {
            assertThat(jdbc.sql("select bool_and(demo) from " + table)
                            .query(Boolean.class)
                            .single())
                    .as(table)
                    .isTrue();
        }
        assertThat(jdbc.sql("select count(*) from app_user where demo")
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from join_request where demo and status = 'PENDING'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from join_request where demo and status = 'APPROVED'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void severalProvidersHaveThreeOrMoreMunicipalOwnersAndSharesSumToHundred() {
        List<BigDecimal> sums = jdbc.sql("select sum(share) from ownership where valid_to is null group by provider_id")
                .query(BigDecimal.class)
                .list();
        assertThat(sums).isNotEmpty().allMatch(s -> s.compareTo(new BigDecimal("100")) == 0);
        assertThat(jdbc.sql("""
                        select count(*) from (select o.provider_id from ownership o join owner w on w.code = o.owner_code
                        where o.valid_to is null and w.kind = 'MUNICIPALITY' group by o.provider_id
                        having count(*) >= 3) p
                        """).query(Integer.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void referencesOnlyRealMunicipalitiesAndQualifications() {
        List<String> municipalities = jdbc.sql("""
                        select municipality_code from owner where municipality_code is not null
                        union select home_municipality_code from provider
                        union select municipality_code from provider_area
                        union select municipality_code from employer
                        """).query(String.class).list();
        assertThat(municipalities).allMatch(c -> areas.municipality(c).isPresent());
        List<String> qualifications = jdbc.sql("select distinct qualification_code from provider_qualification")
                .query(String.class)
                .list();
        assertThat(classifications.qualifications(qualifications)).hasSameSizeAs(qualifications);
        assertThat(jdbc.sql("select count(*) from employment_area where id = ?")
                        .param(DemoDataSet.VAASA_EMPLOYMENT_AREA)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select business_id from provider union all select business_id from employer")
                        .query(String.class)
                        .list())
                .allMatch(fi.livskraft.partnership.BusinessId::isValid);
    }
}
