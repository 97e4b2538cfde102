package fi.livskraft.partnership;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many registry records in the caller's transaction, with every check the services make,
 * but without one audit event per row: the caller records one event for the whole load (used to
 * seed the demonstration data). Coordinator (or the system acting as one) only.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class RegistryLoader {

    private final Owners owners;
    private final Providers providers;
    private final Ownerships ownerships;
    private final Employers employers;
    private final Participants participants;
    private final JoinRequests joinRequests;

    RegistryLoader(
            Owners owners,
            Providers providers,
            Ownerships ownerships,
            Employers employers,
            Participants participants,
            JoinRequests joinRequests) {
        this.owners = owners;
        this.providers = providers;
        this.ownerships = ownerships;
        this.employers = employers;
        this.participants = participants;
        this.joinRequests = joinRequests;
    }

    public Owner owner(NewOwner owner) {
        Access.requireCoordinator();
        return owners.insert(owner);
    }

    public long provider(NewProvider provider) {
        Access.requireCoordinator();
        return providers.insert(provider);
    }

    /** A new ownership set from {@code validFrom}; municipality owners are created as demo rows when {@code demo}. */
    public void ownership(long providerId, LocalDate validFrom, List<OwnershipChange.Share> shares, boolean demo) {
        Access.requireCoordinator();
        ProviderDetail provider = providers.detail(providerId);
        ownerships.apply(provider, new OwnershipChange(provider.version(), validFrom, shares), demo);
    }

    public long employer(NewEmployer employer) {
        Access.requireCoordinator();
        return employers.insert(employer);
    }

    public long participant(OrganisationType kind, String refCode, String name, LocalDate joinedOn, boolean demo) {
        Access.requireCoordinator();
        return participants.insert(kind, refCode, name, joinedOn, null, demo);
    }

    public long joinRequest(NewJoinRequest request, boolean demo) {
        Access.requireCoordinator();
        return joinRequests.insert(request, demo);
    }

    public JoinRequest decide(long joinRequestId, String decision, String note, LocalDate joinedOn) {
        Access.requireCoordinator();
        JoinRequest request = joinRequests.find(joinRequestId);
        return joinRequests.applyDecision(request, new JoinDecision(decision, note, request.version()), joinedOn);
    }
}
