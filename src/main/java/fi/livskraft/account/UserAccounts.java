package fi.livskraft.account;

import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and lists user accounts. Passwords are stored only as hashes. */
@Service
public class UserAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    /** A user as listed for the coordinator (never with the password hash). */
    public record UserSummary(
            long id, String username, String displayName, String email, boolean demo, List<String> roles) {}

    @Transactional
    public long create(NewUser user) {
        PasswordRules.check(user.username(), user.rawPassword(), user.demo());
        boolean taken = jdbc.sql("select count(*) from app_user where lower(username) = lower(?)")
                        .param(user.username())
                        .query(Integer.class)
                        .single()
                > 0;
        if (taken) {
            throw new InvalidInputException(FieldError.of("username", "account.error.username-taken", user.username()));
        }
        long id = jdbc.sql("insert into app_user (username, password_hash, display_name, email, demo)"
                        + " values (?, ?, ?, ?, ?) returning id")
                .params(
                        user.username(),
                        passwordEncoder.encode(user.rawPassword()),
                        user.displayName(),
                        user.email(),
                        user.demo())
                .query(Long.class)
                .single();
        for (NewUser.Grant grant : user.grants()) {
            jdbc.sql("insert into app_user_role (user_id, role, scope_ref) values (?, ?, ?)")
                    .params(id, grant.role().name(), grant.scope())
                    .update();
        }
        audit.record(
                "CREATE",
                "user",
                id,
                user.username(),
                null,
                Map.of("username", user.username(), "displayName", user.displayName(), "grants", user.grants()));
        return id;
    }

    public List<UserSummary> list() {
        return jdbc.sql("""
                select u.id, u.username, u.display_name, u.email, u.demo,
                       coalesce(string_agg(r.role || case when r.scope_ref = '' then '' else ':' || r.scope_ref end,
                                           ', ' order by r.role, r.scope_ref), '') as roles
                from app_user u left join app_user_role r on r.user_id = u.id
                group by u.id order by u.username
                """)
                .query((rs, n) -> new UserSummary(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("email"),
                        rs.getBoolean("demo"),
                        rs.getString("roles").isEmpty()
                                ? List.of()
                                : List.of(rs.getString("roles").split(", "))))
                .list();
    }
}
