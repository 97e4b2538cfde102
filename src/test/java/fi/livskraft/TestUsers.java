package fi.livskraft;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import fi.livskraft.account.NewUser;
import fi.livskraft.account.Role;
import fi.livskraft.account.UserAccounts;
import java.util.List;
import java.util.UUID;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Users for tests: the demonstration accounts over HTTP Basic, and fresh accounts with one role. */
public final class TestUsers {

    /** The password of every demonstration account. */
    public static final String DEMO_PASSWORD = "demo";

    private TestUsers() {}

    /** HTTP Basic as the demonstration account {@code username} (coordinator, owner, provider...). */
    public static RequestPostProcessor as(String username) {
        return httpBasic(username, DEMO_PASSWORD);
    }

    /**
     * Creates an account named {@code prefix} plus a random suffix (unique in the shared test
     * database), with the password and one role in the scope ({@code ""} for none); returns its
     * user name.
     */
    public static String create(UserAccounts accounts, String prefix, String password, Role role, String scope) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(username, password, prefix, null, List.of(new NewUser.Grant(role, scope)), false));
        return username;
    }
}
