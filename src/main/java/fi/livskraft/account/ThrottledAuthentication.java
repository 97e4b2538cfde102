package fi.livskraft.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way a password is checked, by the form login and by HTTP Basic alike: first the
 * {@link LoginThrottle} (a refused attempt is never checked), then the password, then the count.
 * The client address is the request's remote address, which is the forwarded one only behind a
 * configured trusted proxy.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    /** The time of every decision; tests set their own ({@link #useClock}). */
    private volatile Clock clock = Clock.systemUTC();

    ThrottledAuthentication(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    /** The clock now in use, and another for the time after (a test moves time on without sleeping). */
    Clock useClock(Clock next) {
        Clock previous = clock;
        clock = next;
        return previous;
    }

    /** Refused before the password is checked: too many failures for the account or from the address. */
    static final class Throttled extends AuthenticationException {
        Throttled(Instant until) {
            super("Too many failed sign-ins; try again after " + until);
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Optional<LoginThrottle.Refusal> refusal = throttle.refusal(username, address, clock.instant());
        if (refusal.isPresent()) {
            throw new Throttled(refusal.get().until());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username, address, clock.instant());
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address, clock.instant());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
