package fi.livskraft.partnership;

import fi.livskraft.area.AreaDirectory;
import fi.livskraft.classification.Classifications;
import fi.livskraft.classification.Qualification;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rules a provider's data must meet; each failure names its field. */
@Component
class ProviderChecks {

    static final List<String> LANGUAGES = List.of("sv", "fi", "en");

    private final JdbcClient jdbc;
    private final AreaDirectory areas;
    private final Classifications classifications;

    ProviderChecks(JdbcClient jdbc, AreaDirectory areas, Classifications classifications) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.classifications = classifications;
    }

    void newProvider(NewProvider p) {
        List<FieldError> errors = new ArrayList<>();
        if (!p.slug().matches("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")) {
            errors.add(FieldError.of("slug", "partnership.error.slug-format"));
        } else if (exists("select count(*) from provider where slug = ?", p.slug())) {
            errors.add(FieldError.of("slug", "partnership.error.slug-duplicate", p.slug()));
        }
        if (p.nameFi().isEmpty()) {
            errors.add(FieldError.of("nameFi", "partnership.error.required"));
        }
        if (p.nameSv().isEmpty()) {
            errors.add(FieldError.of("nameSv", "partnership.error.required"));
        }
        if (p.businessId() != null) {
            if (!BusinessId.isValid(p.businessId())) {
                errors.add(FieldError.of("businessId", "partnership.error.business-id-invalid", p.businessId()));
            } else if (exists("select count(*) from provider where business_id = ?", p.businessId())) {
                errors.add(FieldError.of("businessId", "partnership.error.business-id-duplicate", p.businessId()));
            }
        }
        if (p.legalForm() == null) {
            errors.add(FieldError.of("legalForm", "partnership.error.required"));
        }
        if (areas.municipality(p.homeMunicipalityCode()).isEmpty()) {
            errors.add(FieldError.of(
                    "homeMunicipalityCode", "partnership.error.unknown-municipality", p.homeMunicipalityCode()));
        }
        if (p.minStudentYears() != null && p.minStudentYears() < 0) {
            errors.add(FieldError.of("minStudentYears", "partnership.error.not-negative"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** At least one of sv, fi, en; returned in that order. */
    List<String> languages(List<String> requested) {
        List<String> wanted = Providers.distinct(requested);
        for (String language : wanted) {
            if (!LANGUAGES.contains(language)) {
                throw Providers.invalid("languages", "partnership.error.unknown-language", language);
            }
        }
        if (wanted.isEmpty()) {
            throw Providers.invalid("languages", "partnership.error.languages-required");
        }
        return wanted.stream()
                .sorted(Comparator.comparingInt(LANGUAGES::indexOf))
                .toList();
    }

    /** Every code must be a qualification of the classification. */
    List<String> qualifications(List<String> requested) {
        List<String> wanted = Providers.distinct(requested);
        Set<String> known = classifications.qualifications(wanted).stream()
                .map(Qualification::code)
                .collect(Collectors.toSet());
        List<String> unknown = wanted.stream().filter(c -> !known.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw Providers.invalid(
                    "qualificationCodes", "partnership.error.unknown-qualification", String.join(", ", unknown));
        }
        return wanted.stream().sorted().toList();
    }

    /** Every code must be a municipality. */
    List<String> area(List<String> requested) {
        List<String> wanted = Providers.distinct(requested);
        List<String> unknown =
                wanted.stream().filter(c -> areas.municipality(c).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw Providers.invalid(
                    "areaMunicipalityCodes", "partnership.error.unknown-municipality", String.join(", ", unknown));
        }
        return wanted.stream().sorted().toList();
    }

    private boolean exists(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Integer.class).single() > 0;
    }
}
