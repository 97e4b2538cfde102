package fi.livskraft.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's public address ({@code livskraft.public-url}, {@code LIVSKRAFT_PUBLIC_URL}):
 * every absolute link the application builds (e-mails, calendar feeds, the join request's status
 * link) starts with it, never with what a request's {@code Host} or {@code X-Forwarded-*} headers
 * say.
 */
@Component
public class PublicUrl {

    private final String base;

    public PublicUrl(@Value("${livskraft.public-url:http://localhost:8080}") String base) {
        this.base = base.strip().replaceAll("/+$", "");
    }

    /** The address without a trailing slash, e.g. {@code https://livskraft.example.fi}. */
    public String base() {
        return base;
    }

    /** The absolute link to a path of the application ({@code /calendar/x.ics}). */
    public String of(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
