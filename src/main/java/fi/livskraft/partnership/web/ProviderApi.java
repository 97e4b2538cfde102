package fi.livskraft.partnership.web;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.partnership.LegalForm;
import fi.livskraft.partnership.NewOwner;
import fi.livskraft.partnership.NewProvider;
import fi.livskraft.partnership.Owner;
import fi.livskraft.partnership.OwnerKind;
import fi.livskraft.partnership.Owners;
import fi.livskraft.partnership.OwnershipChange;
import fi.livskraft.partnership.Ownerships;
import fi.livskraft.partnership.Providers;
import fi.livskraft.partnership.SupplyChange;
import fi.livskraft.partnership.VotingRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The provider registry over JSON: read by everyone logged in, changed by the coordinator. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Providers", description = "VET providers, their owners and ownership shares with history")
class ProviderApi {

    private final Providers providers;
    private final Ownerships ownerships;
    private final Owners owners;

    ProviderApi(Providers providers, Ownerships ownerships, Owners owners) {
        this.providers = providers;
        this.ownerships = ownerships;
        this.owners = owners;
    }

    @GetMapping("/providers")
    @Operation(
            summary = "List providers",
            description = "Optionally only those teaching in a language (sv, fi)"
                    + " and those whose home municipality or licence area lies in a region (2-digit code).")
    List<ProviderJson.Summary> list(
            @RequestParam(required = false) String language, @RequestParam(required = false) String region) {
        return providers.list(language, region).stream()
                .map(ProviderJson.Summary::from)
                .toList();
    }

    @GetMapping("/providers/{id}")
    @Operation(
            summary = "One provider with licence, today's owners (shares in percent, summing to 100) and"
                    + " the ownership history, newest first")
    ProviderJson.Detail get(@PathVariable long id, Locale locale) {
        return ProviderJson.Detail.from(providers.get(id), locale);
    }

    @PostMapping("/providers")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Register a provider (coordinator)")
    ResponseEntity<ProviderJson.Detail> create(@RequestBody ProviderJson.NewProviderBody body, Locale locale) {
        var created = providers.create(new NewProvider(
                body.slug(),
                body.nameFi(),
                body.nameSv(),
                body.nameEn(),
                body.businessId(),
                Choices.parse(LegalForm.class, body.legalForm(), "legalForm", true),
                body.homeMunicipalityCode(),
                body.languages(),
                body.qualificationCodes(),
                body.areaMunicipalityCodes(),
                Choices.parse(VotingRule.class, body.votingRule(), "votingRule", false),
                body.minStudentYears(),
                body.website(),
                false));
        return ResponseEntity.created(URI.create("/api/v1/providers/" + created.id()))
                .body(ProviderJson.Detail.from(created, locale));
    }

    @PutMapping("/providers/{id}/owners")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(
            summary = "Set a new ownership set from validFrom on (coordinator)",
            description = "The shares must"
                    + " sum to exactly 100; the latest set is closed on validFrom and kept as history. 400 names each wrong"
                    + " field; 409 when the provider changed since `version` was read.")
    ProviderJson.Detail changeOwners(@PathVariable long id, @RequestBody ProviderJson.OwnersBody body, Locale locale) {
        List<OwnershipChange.Share> shares = body.owners() == null
                ? List.of()
                : body.owners().stream()
                        .map(s -> new OwnershipChange.Share(s.code(), s.share()))
                        .toList();
        var changed = ownerships.change(id, new OwnershipChange(version(body.version()), body.validFrom(), shares));
        return ProviderJson.Detail.from(changed, locale);
    }

    @PutMapping("/providers/{id}/supply")
    @Operation(
            summary = "Change the languages of instruction and qualifications offered",
            description = "Staff of this provider, or the coordinator.")
    ProviderJson.Detail changeSupply(@PathVariable long id, @RequestBody ProviderJson.SupplyBody body, Locale locale) {
        var changed = providers.changeSupply(
                id, new SupplyChange(version(body.version()), body.languages(), body.qualificationCodes()));
        return ProviderJson.Detail.from(changed, locale);
    }

    @GetMapping("/owners")
    @Operation(summary = "List owners (municipalities by code, others by business ID)")
    List<Map<String, Object>> owners(Locale locale) {
        return owners.list().stream().map(o -> owner(o, locale)).toList();
    }

    @PostMapping("/owners")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(
            summary = "Register an owner (coordinator)",
            description = "A municipality by its 3-digit code;"
                    + " an association, foundation or company by its business ID (NNNNNNN-C) with its names.")
    ResponseEntity<Map<String, Object>> registerOwner(@RequestBody ProviderJson.OwnerBody body, Locale locale) {
        Owner owner = owners.register(new NewOwner(
                body.code(),
                Choices.parse(OwnerKind.class, body.kind(), "kind", true),
                body.nameFi(),
                body.nameSv(),
                false));
        return ResponseEntity.status(201).body(owner(owner, locale));
    }

    private static Map<String, Object> owner(Owner o, Locale locale) {
        return Map.of(
                "code", o.code(),
                "kind", o.kind().name(),
                "name", o.names().in(locale),
                "nameFi", o.names().fi(),
                "nameSv", o.names().sv(),
                "demo", o.demo());
    }

    private static int version(Integer version) {
        if (version == null) {
            throw new InvalidInputException(FieldError.of("version", "partnership.error.required"));
        }
        return version;
    }
}
