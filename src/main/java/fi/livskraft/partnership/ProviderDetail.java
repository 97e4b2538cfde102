package fi.livskraft.partnership;

import fi.livskraft.common.Names;
import java.math.BigDecimal;
import java.util.List;

/**
 * A provider with everything the registry knows: licence (qualifications, area), the owners in
 * effect today with their shares, and the whole ownership history, newest first.
 */
public record ProviderDetail(
        ProviderSummary summary,
        String businessId,
        VotingRule votingRule,
        Integer minStudentYears,
        String website,
        List<String> qualificationCodes,
        List<String> areaMunicipalityCodes,
        List<OwnerShare> owners,
        List<OwnershipPeriod> ownershipHistory,
        int version) {

    public ProviderDetail {
        qualificationCodes = List.copyOf(qualificationCodes);
        areaMunicipalityCodes = List.copyOf(areaMunicipalityCodes);
        owners = List.copyOf(owners);
        ownershipHistory = List.copyOf(ownershipHistory);
    }

    public long id() {
        return summary.id();
    }

    public Names names() {
        return summary.names();
    }

    /** Sum of today's shares: exactly 100 whenever the provider has owners. */
    public BigDecimal ownersTotal() {
        return owners.stream().map(OwnerShare::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
