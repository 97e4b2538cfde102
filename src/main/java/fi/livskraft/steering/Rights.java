package fi.livskraft.steering;

import fi.livskraft.account.Actor;
import fi.livskraft.partnership.ProviderDetail;
import java.util.List;
import org.springframework.stereotype.Service;

/** What the signed-in user may do in a provider's steering, for the pages to offer the right forms. */
@Service
public class Rights {

    /** May set strategy, goals, meetings and periods; may report; may vote or comment for these owners. */
    public record Of(boolean steer, boolean report, List<String> owners) {}

    private final SteeringAccess access;

    Rights(SteeringAccess access) {
        this.access = access;
    }

    /** The provider with the user's rights in it; refused when the user may not read its steering. */
    public ProviderDetail readable(long providerId) {
        return access.readable(providerId);
    }

    public Of of(ProviderDetail provider) {
        Actor actor = access.actor();
        return new Of(
                SteeringAccess.maySteer(actor, provider),
                SteeringAccess.mayReport(actor, provider.id()),
                SteeringAccess.voters(actor, provider));
    }
}
