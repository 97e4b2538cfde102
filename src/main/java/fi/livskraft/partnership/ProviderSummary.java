package fi.livskraft.partnership;

import fi.livskraft.common.Names;
import java.util.List;

/**
 * A provider as listed in the registry: names, legal form, languages of instruction (codes in the
 * order sv, fi, en), home municipality with its region, and how many owners hold its shares today.
 */
public record ProviderSummary(
        long id,
        String slug,
        Names names,
        LegalForm legalForm,
        List<String> languages,
        String homeMunicipalityCode,
        Names homeMunicipality,
        String regionCode,
        int ownerCount,
        boolean demo) {

    public ProviderSummary {
        languages = List.copyOf(languages);
    }
}
