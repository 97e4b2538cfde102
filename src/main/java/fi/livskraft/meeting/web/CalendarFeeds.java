package fi.livskraft.meeting.web;

import fi.livskraft.account.Actor;
import fi.livskraft.common.NotFoundException;
import fi.livskraft.common.PublicUrl;
import fi.livskraft.meeting.CalendarTokens;
import fi.livskraft.meeting.MeetingCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The iCalendar feeds (RFC 5545, text/calendar): over the API with HTTP Basic, and at a user's
 * secret address for calendar programs that cannot sign in (Outlook, Teams): the feed then holds
 * what that user may see now.
 */
@RestController
@Tag(name = "Meetings")
class CalendarFeeds {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");
    private static final Set<String> KINDS = Set.of("COORDINATOR", "OWNER", "PROVIDER", "EMPLOYER", "EMPLOYMENT_AREA");

    private final MeetingCalendar calendar;
    private final CalendarTokens tokens;
    private final UserDetailsService users;
    private final PublicUrl publicUrl;

    CalendarFeeds(MeetingCalendar calendar, CalendarTokens tokens, UserDetailsService users, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.calendar = calendar;
        this.tokens = tokens;
        this.users = users;
    }

    @GetMapping("/api/v1/meetings.ics")
    @Operation(
            summary =
                    "iCalendar feed of every meeting the caller may see (series with RRULE, cancelled dates as EXDATE)")
    ResponseEntity<String> all() {
        return ok(calendar.feed(MeetingApi.actor(), base()));
    }

    @GetMapping("/api/v1/organisations/{kind}/{ref}/meetings.ics")
    @Operation(
            summary = "iCalendar feed of one organisation's meetings the caller may see",
            description = "kind OWNER, PROVIDER, EMPLOYER, EMPLOYMENT_AREA (ref its id or municipality code), or"
                    + " COORDINATOR with ref 'partnership'.")
    ResponseEntity<String> organisation(@PathVariable String kind, @PathVariable String ref) {
        if (!KINDS.contains(kind)) {
            throw new NotFoundException("organisation kind", kind);
        }
        String key = "COORDINATOR".equals(kind) ? kind : kind + ":" + ref;
        return ok(calendar.organisationFeed(MeetingApi.actor(), key, base()));
    }

    /** One meeting for the signed-in user of the pages (session), to add to a calendar program. */
    @GetMapping("/meetings/{id}/calendar.ics")
    ResponseEntity<String> one(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"meeting-" + id + ".ics\"")
                .body(calendar.meetingFeed(MeetingApi.actor(), id, base()));
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> subscribed(@PathVariable String token) {
        String username = tokens.username(token).orElseThrow(() -> new NotFoundException("calendar", "token"));
        UserDetails user;
        try {
            user = users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            throw new NotFoundException("calendar", "token");
        }
        if (!user.isEnabled() || !user.isAccountNonLocked()) {
            throw new AccessDeniedException("account disabled");
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            Actor actor = Actor.current().orElseThrow();
            return ok(calendar.feed(actor, base()));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private String base() {
        return publicUrl.base();
    }

    private static ResponseEntity<String> ok(String body) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header("Cache-Control", "private, max-age=300")
                .body(body);
    }
}
