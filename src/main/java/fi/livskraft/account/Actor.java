package fi.livskraft.account;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting, and for which organisations: the roles of the signed-in user with their scopes
 * (municipality codes for owners, an employment area id, a provider id, an employer id).
 */
public record Actor(String username, Map<Role, Set<String>> scopes) {

    public Actor {
        scopes = Map.copyOf(scopes);
    }

    /** The signed-in user, or empty for the public. */
    public static Optional<Actor> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(from(auth.getName(), auth.getAuthorities()));
    }

    static Actor from(String username, Collection<? extends GrantedAuthority> authorities) {
        Map<Role, Set<String>> scopes = new EnumMap<>(Role.class);
        for (GrantedAuthority authority : authorities) {
            String a = authority.getAuthority();
            if (a == null) {
                continue;
            }
            if (a.startsWith("ROLE_")) {
                parseRole(a.substring(5)).ifPresent(r -> scopes.computeIfAbsent(r, k -> new TreeSet<>()));
            } else if (a.contains(":")) {
                String[] parts = a.split(":", 2);
                parseRole(parts[0])
                        .ifPresent(r ->
                                scopes.computeIfAbsent(r, k -> new TreeSet<>()).add(parts[1]));
            }
        }
        scopes.replaceAll((role, set) -> Set.copyOf(set));
        return new Actor(username, scopes);
    }

    private static Optional<Role> parseRole(String name) {
        try {
            return Optional.of(Role.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean has(Role role) {
        return scopes.containsKey(role);
    }

    public boolean isCoordinator() {
        return has(Role.COORDINATOR);
    }

    /** The organisations this user acts for in the role (empty when it does not have it). */
    public Set<String> scopes(Role role) {
        return scopes.getOrDefault(role, Set.of());
    }

    public boolean actsFor(Role role, String scope) {
        return scopes(role).contains(scope);
    }
}
