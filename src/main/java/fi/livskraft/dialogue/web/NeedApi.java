package fi.livskraft.dialogue.web;

import fi.livskraft.account.Actor;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.dialogue.Need;
import fi.livskraft.dialogue.NeedOccupation;
import fi.livskraft.dialogue.NeedStatus;
import fi.livskraft.dialogue.Needs;
import fi.livskraft.dialogue.NewNeed;
import fi.livskraft.dialogue.NewOffer;
import fi.livskraft.dialogue.Offer;
import fi.livskraft.dialogue.Offers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of workforce needs and offers; every answer holds only what the caller may see. */
@RestController
@Tag(name = "Dialogue", description = "Workforce needs, the occupation classifier and providers' offers")
class NeedApi {

    private final Needs needs;
    private final Offers offers;

    NeedApi(Needs needs, Offers offers) {
        this.needs = needs;
        this.offers = offers;
    }

    record OccupationJson(String iscoCode, String escoUri, String label, Double score, String confirmedBy) {
        static OccupationJson from(NeedOccupation o) {
            return new OccupationJson(o.iscoCode(), o.escoUri(), o.label(), o.score(), o.confirmedBy());
        }
    }

    record NeedJson(
            long id,
            String text,
            String textLanguage,
            int headCount,
            String areaKind,
            String areaCode,
            String areaName,
            String employmentAreaId,
            String horizon,
            String languageRequirement,
            boolean international,
            String status,
            String raisedByKind,
            String raisedByRef,
            String raisedByName,
            Instant createdAt,
            boolean demo,
            int version,
            List<OccupationJson> occupations) {

        static NeedJson from(Need n) {
            return new NeedJson(
                    n.id(),
                    n.text(),
                    n.textLanguage(),
                    n.headCount(),
                    n.areaKind().name(),
                    n.areaCode(),
                    n.areaName().in(java.util.Locale.forLanguageTag(n.textLanguage())),
                    n.employmentAreaId(),
                    n.horizon(),
                    n.languageRequirement(),
                    n.international(),
                    n.status().name(),
                    n.raisedByKind().name(),
                    n.raisedByRef(),
                    n.raisedByName(),
                    n.createdAt(),
                    n.demo(),
                    n.version(),
                    n.occupations().stream().map(OccupationJson::from).toList());
        }
    }

    record OfferJson(
            long id,
            long needId,
            long providerId,
            String providerName,
            String kind,
            String qualificationCode,
            Integer places,
            String language,
            LocalDate startDate,
            String message,
            Instant createdAt,
            boolean demo) {

        static OfferJson from(Offer o) {
            return new OfferJson(
                    o.id(),
                    o.needId(),
                    o.providerId(),
                    o.providerName().in(java.util.Locale.forLanguageTag(o.language())),
                    o.kind().name(),
                    o.qualificationCode(),
                    o.places(),
                    o.language(),
                    o.startDate(),
                    o.message(),
                    o.createdAt(),
                    o.demo());
        }
    }

    record NeedDetailJson(NeedJson need, List<OfferJson> offers) {}

    /** Body of POST /api/v1/needs. occupations: the ISCO-08 unit groups the caller confirms. */
    record NeedBody(
            String text,
            Integer headCount,
            String areaKind,
            String areaCode,
            String horizon,
            String languageRequirement,
            Boolean international,
            String raisedFor,
            List<NewNeed.ConfirmedOccupation> occupations) {}

    record StatusBody(String status, Integer version) {}

    @GetMapping("/api/v1/needs")
    @Operation(
            summary = "Workforce needs the caller may see",
            description = "Coordinator: all; employer: its own; owner: its municipalities'; employment area: its"
                    + " area's; provider: needs past review and those it answered. queue=true: only the open"
                    + " needs the caller reviews (coordinator, employment area).")
    List<NeedJson> list(@RequestParam(defaultValue = "false") boolean queue) {
        return needs.visible(actor(), queue).stream().map(NeedJson::from).toList();
    }

    @GetMapping("/api/v1/needs/{id}")
    @Operation(summary = "One workforce need with its offers (404 when the caller may not see it)")
    NeedDetailJson one(@PathVariable long id) {
        Need need = needs.get(id, actor());
        return new NeedDetailJson(
                NeedJson.from(need),
                offers.forNeed(id).stream().map(OfferJson::from).toList());
    }

    @PostMapping("/api/v1/needs")
    @Operation(
            summary = "Raise a workforce need",
            description = "Employers, owners, employment areas and the coordinator. text: Swedish, Finnish or English,"
                    + " at most 2000 characters; areaKind MUNICIPALITY, EMPLOYMENT_AREA or REGION with its code;"
                    + " horizon an ISO date or YYYY-SPRING/SUMMER/AUTUMN/WINTER; languageRequirement fi, sv, en or"
                    + " any; occupations: 1-5 confirmed ISCO-08 unit groups (e.g. from POST /api/v1/classify);"
                    + " raisedFor e.g. EMPLOYER:12 (default: the caller's first organisation).")
    ResponseEntity<NeedJson> create(@RequestBody NeedBody body) {
        Need created = needs.create(
                new NewNeed(
                        body.text(),
                        body.headCount(),
                        body.areaKind(),
                        body.areaCode(),
                        body.horizon(),
                        body.languageRequirement(),
                        Boolean.TRUE.equals(body.international()),
                        body.raisedFor(),
                        body.occupations()),
                actor(),
                false);
        return ResponseEntity.created(URI.create("/api/v1/needs/" + created.id()))
                .body(NeedJson.from(created));
    }

    @PutMapping("/api/v1/needs/{id}/status")
    @Operation(
            summary = "Move a need to another status",
            description = "NEW -> IN_REVIEW/CLOSED, IN_REVIEW -> ANSWERED/CLOSED, ANSWERED -> IN_REVIEW/CLOSED,"
                    + " CLOSED -> IN_REVIEW. The coordinator and the need's employment area review; the raiser may"
                    + " close. version: the version read (409 when it moved on).")
    NeedJson status(@PathVariable long id, @RequestBody StatusBody body) {
        NeedStatus next;
        try {
            next = NeedStatus.valueOf(body.status() == null ? "" : body.status());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldError.of("status", "dialogue.need.error.status"));
        }
        if (body.version() == null) {
            throw new InvalidInputException(FieldError.of("version", "dialogue.need.error.version"));
        }
        return NeedJson.from(needs.changeStatus(id, next, body.version(), actor()));
    }

    @GetMapping("/api/v1/needs/{id}/offers")
    @Operation(summary = "The offers for a need")
    List<OfferJson> offers(@PathVariable long id) {
        needs.get(id, actor());
        return offers.forNeed(id).stream().map(OfferJson::from).toList();
    }

    @PostMapping("/api/v1/needs/{id}/offers")
    @Operation(
            summary = "Answer a need with an offer (provider)",
            description = "kind QUALIFICATION (qualificationCode required), EXTRA_START_PLACES (places required),"
                    + " APPRENTICESHIP, SHORT_MODULE or LANGUAGE_TRAINING; language fi, sv or en; startDate ISO."
                    + " The need moves to ANSWERED. An offer for a closed need is refused (400, field need).")
    ResponseEntity<OfferJson> offer(@PathVariable long id, @RequestBody NewOffer body) {
        Offer created = offers.create(id, body, actor(), false);
        return ResponseEntity.created(URI.create("/api/v1/needs/" + id + "/offers"))
                .body(OfferJson.from(created));
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
