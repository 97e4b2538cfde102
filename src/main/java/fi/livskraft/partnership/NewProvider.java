package fi.livskraft.partnership;

import java.util.List;

/** A provider to register (checked by {@link Providers#create}). */
public record NewProvider(
        String slug,
        String nameFi,
        String nameSv,
        String nameEn,
        String businessId,
        LegalForm legalForm,
        String homeMunicipalityCode,
        List<String> languages,
        List<String> qualificationCodes,
        List<String> areaMunicipalityCodes,
        VotingRule votingRule,
        Integer minStudentYears,
        String website,
        boolean demo) {

    public NewProvider {
        slug = strip(slug);
        nameFi = strip(nameFi);
        nameSv = strip(nameSv);
        nameEn = strip(nameEn);
        businessId = businessId == null || businessId.isBlank() ? null : businessId.strip();
        homeMunicipalityCode = strip(homeMunicipalityCode);
        languages = languages == null ? List.of() : List.copyOf(languages);
        qualificationCodes = qualificationCodes == null ? List.of() : List.copyOf(qualificationCodes);
        areaMunicipalityCodes = areaMunicipalityCodes == null ? List.of() : List.copyOf(areaMunicipalityCodes);
        votingRule = votingRule == null ? VotingRule.SHARE_MAJORITY : votingRule;
        website = website == null || website.isBlank() ? null : website.strip();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
