package fi.livskraft.partnership.web;

import fi.livskraft.common.PublicUrl;
import fi.livskraft.partnership.JoinDecision;
import fi.livskraft.partnership.JoinRequest;
import fi.livskraft.partnership.JoinRequests;
import fi.livskraft.partnership.NewJoinRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Join requests over JSON: anyone may send one; the coordinator lists and decides them. */
@RestController
@RequestMapping("/api/v1/join-requests")
@Tag(name = "Join requests", description = "Asking to join the partnership, and the coordinator's decisions")
class JoinRequestApi {

    private final JoinRequests joinRequests;
    private final PublicUrl publicUrl;

    JoinRequestApi(JoinRequests joinRequests, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.joinRequests = joinRequests;
    }

    /** Body of POST /api/v1/join-requests; language (sv, fi, en) defaults to the request's language. */
    record Body(
            String organisationName,
            String organisationType,
            String contactName,
            String contactEmail,
            String message,
            String language) {}

    /** The answer to an applicant: the status page is where the decision will be shown. */
    record Receipt(long id, String status, String statusUrl) {}

    /** A join request as the coordinator sees it. */
    record RequestJson(
            long id,
            String organisationName,
            String organisationType,
            String contactName,
            String contactEmail,
            String message,
            String language,
            String status,
            Instant createdAt,
            Instant decidedAt,
            String decidedBy,
            String decisionNote,
            Instant applicantNotifiedAt,
            boolean demo,
            int version,
            String statusUrl) {

        static RequestJson from(JoinRequest r, PublicUrl publicUrl) {
            return new RequestJson(
                    r.id(),
                    r.organisationName(),
                    r.organisationType().name(),
                    r.contactName(),
                    r.contactEmail(),
                    r.message(),
                    r.language(),
                    r.status().name(),
                    r.createdAt(),
                    r.decidedAt(),
                    r.decidedBy(),
                    r.decisionNote(),
                    r.applicantNotifiedAt(),
                    r.demo(),
                    r.version(),
                    publicUrl.of(r.statusPath()));
        }
    }

    @PostMapping
    @Operation(
            summary = "Ask to join the partnership (public)",
            description = "organisationType is one of"
                    + " MUNICIPALITY, PROVIDER, EMPLOYMENT_AREA, EMPLOYER, REGIONAL_COUNCIL, ASSOCIATION, OTHER; message at"
                    + " most 4000 characters. 201 with the address of the status page; 400 names each wrong field.")
    ResponseEntity<Receipt> submit(@RequestBody Body body, Locale locale) {
        String language = body.language() == null || body.language().isBlank() ? locale.getLanguage() : body.language();
        JoinRequest created = joinRequests.submit(new NewJoinRequest(
                body.organisationName(),
                body.organisationType(),
                body.contactName(),
                body.contactEmail(),
                body.message(),
                language));
        String url = url(created);
        return ResponseEntity.created(URI.create(url))
                .body(new Receipt(created.id(), created.status().name(), url));
    }

    @GetMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "List join requests, pending first (coordinator)")
    List<RequestJson> list() {
        return joinRequests.list().stream()
                .map(r -> RequestJson.from(r, publicUrl))
                .toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "One join request (coordinator)")
    RequestJson get(@PathVariable long id) {
        return RequestJson.from(joinRequests.get(id), publicUrl);
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(
            summary = "Approve or decline a pending request (coordinator)",
            description = "decision APPROVE or"
                    + " DECLINE, a note for the applicant (required when declining), and the version read; approving makes"
                    + " the organisation a participant. 409 when the request changed since.")
    RequestJson decide(@PathVariable long id, @RequestBody JoinDecision decision) {
        return RequestJson.from(joinRequests.decide(id, decision), publicUrl);
    }

    private String url(JoinRequest r) {
        return publicUrl.of(r.statusPath());
    }
}
