package fi.livskraft.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.livskraft.IntegrationTest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the running application (from its own {@link RequestMappingHandlerMapping}) is
 * called as the public and as each role, and must be allowed or denied exactly as the matrix in
 * {@code src/test/resources/security/authorization-matrix.txt} says. A new route without a line in
 * the matrix fails this test, naming the line to add.
 *
 * <p>Denied means 401, 403 or a redirect to the login page; allowed means anything else (a 400
 * for an empty body or a 404 for an unknown id is allowed: the caller got past the gate). Path
 * variables are filled with ids that do not exist, and every call runs in a transaction that is
 * rolled back, so no call changes data. Organisation scopes (an owner editing another owner's
 * data) are checked by each module's own tests.
 */
@IntegrationTest
class AuthorizationMatrixTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");
    private static final Map<String, String> SAMPLES = Map.of("code", "999", "lang", "en", "format", "none");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService users;

    @Autowired
    TransactionTemplate transaction;

    record Route(String method, String path, String handler) {
        String key() {
            return method + " " + path;
        }
    }

    @Test
    void everyRouteIsAllowedOrDeniedForEachRoleAsTheMatrixSays() throws Exception {
        AuthorizationMatrix matrix = AuthorizationMatrix.load();
        List<Route> routes = routes();
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        Map<Caller, UserDetails> accounts = accounts();
        StringBuilder observed = new StringBuilder();
        for (Route route : routes) {
            AuthorizationMatrix.Rule rule = matrix.rules().get(route.key());
            Set<Caller> allowed = EnumSet.noneOf(Caller.class);
            Map<Caller, Integer> statuses = new EnumMap<>(Caller.class);
            String path = rule != null && rule.call() != null ? rule.call() : concrete(route.path());
            for (Caller caller : Caller.values()) {
                MvcResult result = call(route, path, accounts.get(caller));
                statuses.put(caller, result.getResponse().getStatus());
                if (!denied(result)) {
                    allowed.add(caller);
                }
            }
            observed.append(String.format(
                    "%-7s %-60s %s%n", route.method(), route.path(), AuthorizationMatrix.format(allowed)));
            if (rule == null) {
                missing.add("No rule for " + route.key() + " (" + route.handler() + ", observed: "
                        + AuthorizationMatrix.format(allowed) + " " + statuses + "). Add a line to "
                        + AuthorizationMatrix.FILE + ", e.g.:\n    " + route.method() + " " + route.path() + " "
                        + AuthorizationMatrix.format(allowed));
                continue;
            }
            for (Caller caller : Caller.values()) {
                boolean expected = rule.allowed().contains(caller);
                if (expected != allowed.contains(caller)) {
                    wrong.add(route.key() + " as " + caller + ": expected " + (expected ? "allowed" : "denied")
                            + " (" + AuthorizationMatrix.FILE + ":" + rule.line() + ") but got "
                            + statuses.get(caller) + " (" + (expected ? "denied" : "allowed") + ")");
                }
            }
        }
        List<String> stale = matrix.rules().values().stream()
                .filter(rule -> routes.stream().noneMatch(r -> r.key().equals(rule.route())))
                .map(rule -> AuthorizationMatrix.FILE + ":" + rule.line() + ": " + rule.route()
                        + " is not a route of the application (renamed or removed?): delete or fix the line")
                .toList();
        if (Boolean.getBoolean("matrix.print")) {
            System.out.println("---- observed authorization matrix\n" + observed);
        }
        System.out.printf(
                "Authorization matrix: %d routes x %d callers = %d calls%n",
                routes.size(), Caller.values().length, routes.size() * Caller.values().length);
        List<String> problems = new ArrayList<>();
        problems.addAll(missing);
        problems.addAll(wrong);
        problems.addAll(stale);
        assertThat(problems).as("authorization matrix problems").isEmpty();
        assertThat(routes).hasSizeGreaterThan(50);
    }

    @Test
    void theMatrixRejectsAnUnknownRole() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AuthorizationMatrix.parse("ADMIN"))
                .hasMessageContaining("unknown access 'ADMIN'");
        assertThat(AuthorizationMatrix.parse("COORDINATOR,OWNER")).containsExactly(Caller.COORDINATOR, Caller.OWNER);
    }

    private List<Route> routes() {
        Map<String, Route> routes = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty()
                    ? List.of("GET")
                    : methods.stream().map(Enum::name).sorted().toList();
            for (String path : info.getPatternValues()) {
                for (String method : names) {
                    Route route = new Route(method, path, entry.getValue().getShortLogMessage());
                    routes.putIfAbsent(route.path() + " " + route.method(), route);
                }
            }
        }
        return List.copyOf(routes.values());
    }

    private Map<Caller, UserDetails> accounts() {
        Map<Caller, UserDetails> accounts = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            caller.demoAccount().ifPresent(name -> accounts.put(caller, users.loadUserByUsername(name)));
        }
        return accounts;
    }

    private MvcResult call(Route route, String path, UserDetails account) {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.request(HttpMethod.valueOf(route.method()), path);
        if (!route.method().equals("GET") && !route.method().equals("HEAD")) {
            request.with(csrf());
            if (route.path().startsWith("/api/")) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        if (account != null) {
            request.with(user(account));
        }
        return transaction.execute(status -> {
            status.setRollbackOnly();
            try {
                return mvc.perform(request).andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(route.key() + ": " + e.getMessage(), e);
            }
        });
    }

    private static String concrete(String path) {
        Matcher m = VARIABLE.matcher(path.replace("/**", "/x"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, SAMPLES.getOrDefault(m.group(1), "999999"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean denied(MvcResult result) {
        int status = result.getResponse().getStatus();
        if (status == 401 || status == 403) {
            return true;
        }
        String location = result.getResponse().getHeader("Location");
        return status == 302 && location != null && location.matches("(https?://[^/]+)?/login(\\?.*)?");
    }
}
