package fi.livskraft.browser;

import fi.livskraft.account.NewUser;
import fi.livskraft.account.Role;
import fi.livskraft.account.UserAccounts;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An account per role to log in with (password {@code demo}): the demonstration account when the
 * demo data has it, else a demo-flagged account made for these tests, scoped to a real
 * organisation where one exists.
 */
final class TestAccounts {

    static final String PASSWORD = "demo";

    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final Map<Role, String> usernames = new EnumMap<>(Role.class);

    TestAccounts(UserAccounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    synchronized String username(Visitor visitor) {
        Role role = visitor.role().orElseThrow(() -> new IllegalArgumentException("the public has no account"));
        return usernames.computeIfAbsent(role, r -> existingDemoAccount(visitor).orElseGet(() -> create(r)));
    }

    private Optional<String> existingDemoAccount(Visitor visitor) {
        return accounts.list().stream()
                .filter(u -> u.demo() && u.username().equals(visitor.demoAccount()))
                .filter(u -> u.roles().stream()
                        .anyMatch(r -> r.equals(visitor.role().orElseThrow().name())
                                || r.startsWith(visitor.role().orElseThrow().name() + ":")))
                .map(UserAccounts.UserSummary::username)
                .findFirst();
    }

    private String create(Role role) {
        String username = "e2e-" + role.name().toLowerCase().replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(
                username,
                PASSWORD,
                "Browser test " + role.name(),
                null,
                List.of(new NewUser.Grant(role, scope(role))),
                true));
        return username;
    }

    private String scope(Role role) {
        String sql = switch (role) {
            case COORDINATOR -> null;
            case OWNER -> "select coalesce(max(case when code = '091' then code end), min(code)) from municipality";
            case EMPLOYMENT_AREA -> "select min(id) from employment_area";
            case PROVIDER -> "select min(id)::text from provider";
            case EMPLOYER -> "select min(id)::text from employer";
        };
        if (sql == null) {
            return "";
        }
        return jdbc.sql(sql).query(String.class).list().stream()
                .filter(Objects::nonNull)
                .findFirst()
                .orElse("1");
    }
}
