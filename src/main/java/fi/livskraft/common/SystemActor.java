package fi.livskraft.common;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (reference and demonstration loads) as the user {@code system} with the
 * coordinator role, so that the services' authorisation checks and the audit log see who acted, and
 * puts the caller's security context back afterwards.
 */
public final class SystemActor {

    /** The user name recorded for work done by the application itself. */
    public static final String NAME = "system";

    private SystemActor() {}

    public static void run(Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                NAME, null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
        SecurityContextHolder.setContext(system);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
