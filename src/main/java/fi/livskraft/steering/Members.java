package fi.livskraft.steering;

import fi.livskraft.area.MunicipalityPopulations;
import fi.livskraft.partnership.OwnerKind;
import fi.livskraft.partnership.OwnerShare;
import fi.livskraft.partnership.ProviderDetail;
import java.util.List;
import org.springframework.stereotype.Component;

/** The members of a provider as a vote counts them: today's owners, their shares and populations. */
@Component
class Members {

    /** Members with the census their populations come from. */
    record Roll(List<Member> members, MunicipalityPopulations.Census census) {}

    private final MunicipalityPopulations populations;

    Members(MunicipalityPopulations populations) {
        this.populations = populations;
    }

    Roll of(ProviderDetail provider) {
        List<String> municipalities = provider.owners().stream()
                .filter(o -> o.kind() == OwnerKind.MUNICIPALITY)
                .map(OwnerShare::code)
                .toList();
        MunicipalityPopulations.Census census = populations.census(municipalities);
        List<Member> members = provider.owners().stream()
                .map(o -> {
                    boolean municipality = o.kind() == OwnerKind.MUNICIPALITY;
                    return new Member(
                            o.code(),
                            o.names(),
                            o.share(),
                            municipality ? o.code() : null,
                            municipality ? census.populations().get(o.code()) : null);
                })
                .toList();
        return new Roll(members, census);
    }
}
