package fi.livskraft.partnership;

import fi.livskraft.account.Actor;
import fi.livskraft.account.Role;
import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The VET providers of the registry. Everyone logged in reads it; the coordinator registers
 * providers; provider staff edit their own provider's languages of instruction and qualifications.
 */
@Service
public class Providers {

    private final JdbcClient jdbc;
    private final ProviderQueries queries;
    private final ProviderChecks checks;
    private final AuditLog audit;

    Providers(JdbcClient jdbc, ProviderQueries queries, ProviderChecks checks, AuditLog audit) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.checks = checks;
        this.audit = audit;
    }

    /**
     * The registry, optionally only providers teaching in a language ({@code sv}, {@code fi}) and
     * only those whose home municipality or licence area lies in a region (2-digit code).
     */
    public List<ProviderSummary> list(String language, String regionCode) {
        Access.requireLoggedIn();
        return queries.list(blankToNull(language), blankToNull(regionCode));
    }

    /** The regions offered as a filter of the list. */
    public List<RegionOption> regions() {
        Access.requireLoggedIn();
        return queries.regions();
    }

    public ProviderDetail get(long id) {
        Access.requireLoggedIn();
        return detail(id);
    }

    /** The providers in which the actor's municipalities hold shares today (owner representatives). */
    public Set<Long> ownedBy(Actor actor) {
        return Set.copyOf(queries.ownedBy(actor.scopes(Role.OWNER)));
    }

    /** A provider and one owner's share of it today. */
    public record OwnedShare(ProviderSummary provider, java.math.BigDecimal sharePercent) {}

    /**
     * The providers in which an owner (a municipality's 3-digit code) holds a share today, with that
     * share, by name: public facts of the registry, shown on the municipality's public page.
     */
    public List<OwnedShare> sharesOf(String ownerCode) {
        return queries.ownedBy(List.of(ownerCode)).stream()
                .map(this::detail)
                .flatMap(d -> d.owners().stream()
                        .filter(o -> o.code().equals(ownerCode))
                        .findFirst()
                        .map(o -> new OwnedShare(d.summary(), o.share()))
                        .stream())
                .sorted(java.util.Comparator.comparing(o -> o.provider().names().fi()))
                .toList();
    }

    /** Whether the actor may edit the provider's languages and qualifications. */
    public boolean maySupply(Actor actor, long providerId) {
        return Access.maySupply(actor, providerId);
    }

    @Transactional
    public ProviderDetail create(NewProvider provider) {
        Access.requireCoordinator();
        long id = insert(provider);
        ProviderDetail created = detail(id);
        audit.record("CREATE", "provider", id, provider.nameFi(), null, snapshot(created));
        return created;
    }

    /** Languages of instruction and qualifications offered: provider staff of this provider, or the coordinator. */
    @Transactional
    public ProviderDetail changeSupply(long id, SupplyChange change) {
        Access.requireSupplyEditor(id);
        ProviderDetail before = detail(id);
        List<String> languages = checks.languages(change.languages());
        List<String> qualifications = checks.qualifications(change.qualificationCodes());
        bumpVersion(id, change.version());
        jdbc.sql("delete from provider_language where provider_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from provider_qualification where provider_id = ?")
                .param(id)
                .update();
        insertLanguagesAndQualifications(id, languages, qualifications);
        ProviderDetail after = detail(id);
        audit.record("UPDATE", "provider", id, "languages and qualifications", snapshot(before), snapshot(after));
        return after;
    }

    /** The rule owners' votes are counted by (coordinator), from the basic agreement or the articles. */
    @Transactional
    public ProviderDetail changeVotingRule(long id, VotingRule rule, int version) {
        Access.requireCoordinator();
        if (rule == null) {
            throw invalid("votingRule", "partnership.error.required");
        }
        ProviderDetail before = detail(id);
        bumpVersion(id, version);
        jdbc.sql("update provider set voting_rule = ? where id = ?")
                .params(rule.name(), id)
                .update();
        ProviderDetail after = detail(id);
        audit.record(
                "UPDATE",
                "provider",
                id,
                "voting rule " + rule.name(),
                Map.of("votingRule", before.votingRule().name(), "version", before.version()),
                Map.of("votingRule", rule.name(), "version", after.version()));
        return after;
    }

    /** Checks and stores a provider without an audit event (the caller records one); returns its id. */
    long insert(NewProvider p) {
        checks.newProvider(p);
        List<String> languages = checks.languages(p.languages());
        List<String> qualifications = checks.qualifications(p.qualificationCodes());
        List<String> area = checks.area(p.areaMunicipalityCodes());
        long id = jdbc.sql("""
                        insert into provider (slug, name_fi, name_sv, name_en, business_id, legal_form,
                            home_municipality_code, voting_rule, min_student_years, website, demo)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        p.slug(),
                        p.nameFi(),
                        p.nameSv(),
                        p.nameEn(),
                        p.businessId(),
                        p.legalForm().name(),
                        p.homeMunicipalityCode(),
                        p.votingRule().name(),
                        p.minStudentYears(),
                        p.website(),
                        p.demo())
                .query(Long.class)
                .single();
        insertLanguagesAndQualifications(id, languages, qualifications);
        for (String code : area) {
            jdbc.sql("insert into provider_area (provider_id, municipality_code) values (?, ?)")
                    .params(id, code)
                    .update();
        }
        return id;
    }

    ProviderDetail detail(long id) {
        ProviderSummary summary =
                queries.summary(id).orElseThrow(() -> new NotFoundException("provider", String.valueOf(id)));
        ProviderQueries.Licence licence = queries.licence(id).orElseThrow();
        List<OwnershipPeriod> history = queries.history(id);
        return new ProviderDetail(
                summary,
                licence.businessId(),
                licence.votingRule(),
                licence.minStudentYears(),
                licence.website(),
                queries.qualificationCodes(id),
                queries.areaCodes(id),
                ProviderQueries.inEffect(history, LocalDate.now()),
                history,
                licence.version());
    }

    /** Optimistic lock on provider.version: someone else's change in between answers 409. */
    void bumpVersion(long id, int version) {
        int updated = jdbc.sql("update provider set version = version + 1 where id = ? and version = ?")
                .params(id, version)
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("provider", id);
        }
    }

    private void insertLanguagesAndQualifications(long id, List<String> languages, List<String> qualifications) {
        for (String language : languages) {
            jdbc.sql("insert into provider_language (provider_id, language) values (?, ?)")
                    .params(id, language)
                    .update();
        }
        for (String code : qualifications) {
            jdbc.sql("insert into provider_qualification (provider_id, qualification_code) values (?, ?)")
                    .params(id, code)
                    .update();
        }
    }

    static Map<String, Object> snapshot(ProviderDetail p) {
        return Map.of(
                "slug", p.summary().slug(),
                "nameFi", p.names().fi(),
                "legalForm", p.summary().legalForm(),
                "languages", p.summary().languages(),
                "qualificationCodes", p.qualificationCodes(),
                "areaMunicipalityCodes", p.areaMunicipalityCodes(),
                "version", p.version());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Distinct non-blank values in the given order. */
    static List<String> distinct(List<String> values) {
        Set<String> set = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                set.add(v.strip());
            }
        }
        return List.copyOf(set);
    }

    static InvalidInputException invalid(String field, String key, Object... args) {
        return new InvalidInputException(FieldError.of(field, key, args));
    }
}
