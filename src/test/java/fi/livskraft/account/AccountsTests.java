package fi.livskraft.account;

import static fi.livskraft.Forms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import fi.livskraft.common.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AccountsTests {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ThrottledAuthentication authentication;

    String user(Role role, String scope) {
        String name =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(name, PASSWORD, name, null, List.of(new NewUser.Grant(role, scope)), false));
        return name;
    }

    @Test
    void storesOnlyAPasswordHash() {
        String name = user(Role.EMPLOYER, "1");
        String hash = jdbc.sql("select password_hash from app_user where username = ?")
                .param(name)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
    }

    @Test
    void refusesShortPasswordsAndTakenNames() {
        assertThatThrownBy(() -> accounts.create(new NewUser(
                        "short-pw", "abc", "x", null, List.of(new NewUser.Grant(Role.COORDINATOR, "")), false)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).errors().get(0).field())
                        .isEqualTo("password"));
        String name = user(Role.COORDINATOR, "");
        assertThatThrownBy(() -> accounts.create(new NewUser(
                        name.toUpperCase(),
                        PASSWORD,
                        "x",
                        null,
                        List.of(new NewUser.Grant(Role.COORDINATOR, "")),
                        false)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void auditsAccountCreation() {
        String name = user(Role.OWNER, "905");
        long events = jdbc.sql("select count(*) from audit_event where entity_type = 'user' and summary = ?")
                .param(name)
                .query(Long.class)
                .single();
        assertThat(events).isEqualTo(1);
    }

    @Test
    void onlyTheCoordinatorListsUsers() throws Exception {
        String coordinator = user(Role.COORDINATOR, "");
        String owner = user(Role.OWNER, "905");
        mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/users").with(httpBasic(owner, PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users").with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.username == '" + owner + "')].roles[0]").value("OWNER:905"))
                .andExpect(jsonPath("$[0].passwordHash").doesNotExist());
    }

    @Test
    void wrongCredentialsGet401NotARedirect() throws Exception {
        String owner = user(Role.OWNER, "905");
        mvc.perform(get("/api/v1/users").with(httpBasic(owner, "wrong password!")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void formLoginSignsInAndRedirects() throws Exception {
        String owner = user(Role.OWNER, "905");
        mvc.perform(post("/login")
                        .param("username", owner)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                // an owner representative lands on the situation of their first municipality
                .andExpect(redirectedUrl("/municipalities/905"));
        mvc.perform(post("/login")
                        .param("username", owner)
                        .param("password", "nope")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void holdsUpAnAccountAfterRepeatedFailures() throws Exception {
        String owner = user(Role.OWNER, "905");
        Clock clock = authentication.useClock(Clock.fixed(Instant.now(), ZoneOffset.UTC));
        try {
            for (int i = 0; i < 6; i++) {
                mvc.perform(get("/api/v1/users")
                                .with(httpBasic(owner, "wrong password " + i))
                                .with(from("192.0.2.15")))
                        .andExpect(status().isUnauthorized());
            }
            // The right password waits for the delay that the sixth failure started.
            mvc.perform(form("/login", from("192.0.2.15"), "username=" + owner + "&password=" + PASSWORD))
                    .andExpect(redirectedUrl("/login?error"));
            assertThat(jdbc.sql("select failures from login_throttle where kind = 'ACCOUNT' and subject = ?")
                            .param(owner)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(6);
        } finally {
            authentication.useClock(clock);
            jdbc.sql("delete from login_throttle where subject like ? or subject = '192.0.2.15'")
                    .param(owner + "%")
                    .update();
        }
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void coordinatorCreatesAUserThroughTheApiWithFieldErrors() throws Exception {
        String coordinator = user(Role.COORDINATOR, "");
        mvc.perform(post("/api/v1/users")
                        .with(httpBasic(coordinator, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"x\",\"password\":\"" + PASSWORD
                                + "\",\"role\":\"OWNER\",\"scope\":\"905\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
        mvc.perform(post("/api/v1/users")
                        .with(httpBasic(coordinator, PASSWORD))
                        .header("Accept-Language", "sv")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"new-owner-rep\",\"password\":\"" + PASSWORD
                                + "\",\"role\":\"OWNER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scope"))
                .andExpect(jsonPath("$.errors[0].message").value("Den här rollen kräver en organisation."));
        mvc.perform(post("/api/v1/users")
                        .with(httpBasic(coordinator, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"new-owner-rep\",\"password\":\"" + PASSWORD
                                + "\",\"role\":\"OWNER\",\"scope\":\"905\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles[0]").value("OWNER:905"));
    }

    @Test
    void usersPageNeedsTheCoordinator() throws Exception {
        mvc.perform(get("/users")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/users")
                        .with(SecurityMockMvcRequestPostProcessors.user("someone")
                                .roles("OWNER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/users")
                        .with(SecurityMockMvcRequestPostProcessors.user("boss").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"username\"")));
    }
}
