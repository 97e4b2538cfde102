package fi.livskraft.partnership.web;

import fi.livskraft.partnership.OwnerShare;
import fi.livskraft.partnership.OwnershipPeriod;
import fi.livskraft.partnership.ProviderDetail;
import fi.livskraft.partnership.ProviderSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The JSON shapes of the provider API. */
final class ProviderJson {

    private ProviderJson() {}

    /** A provider in the list. */
    record Summary(
            long id,
            String slug,
            String nameFi,
            String nameSv,
            String nameEn,
            String legalForm,
            List<String> languages,
            String homeMunicipalityCode,
            boolean demo) {

        static Summary from(ProviderSummary p) {
            return new Summary(
                    p.id(),
                    p.slug(),
                    p.names().fi(),
                    p.names().sv(),
                    p.names().en(),
                    p.legalForm().name(),
                    p.languages(),
                    p.homeMunicipalityCode(),
                    p.demo());
        }
    }

    /** One owner's share in percent. */
    record Share(String code, String kind, String name, String nameFi, String nameSv, BigDecimal share) {

        static Share from(OwnerShare s, Locale locale) {
            return new Share(
                    s.code(),
                    s.kind().name(),
                    s.names().in(locale),
                    s.names().fi(),
                    s.names().sv(),
                    Shares.json(s.share()));
        }
    }

    /** One ownership set and when it was in effect (validTo exclusive, null = open). */
    record Period(LocalDate validFrom, LocalDate validTo, List<Share> owners) {

        static Period from(OwnershipPeriod p, Locale locale) {
            return new Period(
                    p.validFrom(),
                    p.validTo(),
                    p.owners().stream().map(s -> Share.from(s, locale)).toList());
        }
    }

    /** A provider with licence, today's owners (summing to 100) and the ownership history (newest first). */
    record Detail(
            long id,
            String slug,
            String nameFi,
            String nameSv,
            String nameEn,
            String legalForm,
            List<String> languages,
            String homeMunicipalityCode,
            boolean demo,
            String businessId,
            List<String> qualificationCodes,
            List<String> areaMunicipalityCodes,
            String votingRule,
            Integer minStudentYears,
            String website,
            int version,
            LocalDate ownersValidFrom,
            List<Share> owners,
            List<Period> ownershipHistory) {

        static Detail from(ProviderDetail p, Locale locale) {
            ProviderSummary s = p.summary();
            return new Detail(
                    s.id(),
                    s.slug(),
                    s.names().fi(),
                    s.names().sv(),
                    s.names().en(),
                    s.legalForm().name(),
                    s.languages(),
                    s.homeMunicipalityCode(),
                    s.demo(),
                    p.businessId(),
                    p.qualificationCodes(),
                    p.areaMunicipalityCodes(),
                    p.votingRule().name(),
                    p.minStudentYears(),
                    p.website(),
                    p.version(),
                    p.owners().isEmpty() ? null : p.owners().get(0).validFrom(),
                    p.owners().stream().map(o -> Share.from(o, locale)).toList(),
                    p.ownershipHistory().stream()
                            .map(h -> Period.from(h, locale))
                            .toList());
        }
    }

    /** Body of POST /api/v1/providers. */
    record NewProviderBody(
            String slug,
            String nameFi,
            String nameSv,
            String nameEn,
            String businessId,
            String legalForm,
            String homeMunicipalityCode,
            List<String> languages,
            List<String> qualificationCodes,
            List<String> areaMunicipalityCodes,
            String votingRule,
            Integer minStudentYears,
            String website) {}

    /** Body of PUT /api/v1/providers/{id}/owners. */
    record OwnersBody(Integer version, LocalDate validFrom, List<ShareBody> owners) {}

    record ShareBody(String code, BigDecimal share) {}

    /** Body of PUT /api/v1/providers/{id}/supply. */
    record SupplyBody(Integer version, List<String> languages, List<String> qualificationCodes) {}

    /** Body of POST /api/v1/owners. */
    record OwnerBody(String code, String kind, String nameFi, String nameSv) {}
}
