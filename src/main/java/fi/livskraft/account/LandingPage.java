package fi.livskraft.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where sign-in leads when no page asked for it first: an owner representative to the situation
 * page of their first municipality (lowest code), everyone else to the start page.
 */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    LandingPage() {
        setDefaultTargetUrl("/");
    }

    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        return target(Actor.from(authentication.getName(), authentication.getAuthorities()));
    }

    static String target(Actor actor) {
        return actor.scopes(Role.OWNER).stream()
                .filter(code -> code.matches("\\d{3}"))
                .min(Comparator.naturalOrder())
                .map(code -> "/municipalities/" + code)
                .orElse("/");
    }
}
