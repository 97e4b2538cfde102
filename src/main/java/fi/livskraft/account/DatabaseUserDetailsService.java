package fi.livskraft.account;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads users and their scoped roles. A user with role R for organisation S gets the authorities
 * {@code ROLE_R} and {@code R:S}.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final DemoAccounts demoAccounts;

    DatabaseUserDetailsService(JdbcClient jdbc, DemoAccounts demoAccounts) {
        this.jdbc = jdbc;
        this.demoAccounts = demoAccounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(long id, String username, String passwordHash, boolean enabled, boolean demo) {}
        Row row = jdbc.sql("select id, username, password_hash, enabled, demo from app_user"
                        + " where lower(username) = lower(?)")
                .param(username)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled"),
                        rs.getBoolean("demo")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        List<GrantedAuthority> authorities = new ArrayList<>();
        jdbc.sql("select role, scope_ref from app_user_role where user_id = ? order by role, scope_ref")
                .param(row.id())
                .query((rs, n) -> {
                    Role role = Role.valueOf(rs.getString("role"));
                    String scope = rs.getString("scope_ref");
                    SimpleGrantedAuthority roleAuthority = new SimpleGrantedAuthority(role.authority());
                    if (!authorities.contains(roleAuthority)) {
                        authorities.add(roleAuthority);
                    }
                    if (scope != null && !scope.isEmpty()) {
                        authorities.add(new SimpleGrantedAuthority(role.scopedAuthority(scope)));
                    }
                    return null;
                })
                .list();
        return User.withUsername(row.username())
                .password(row.passwordHash())
                .authorities(authorities)
                // a demonstration account on an external database without demonstration data
                .disabled(!row.enabled() || (row.demo() && !demoAccounts.allowed()))
                .build();
    }
}
