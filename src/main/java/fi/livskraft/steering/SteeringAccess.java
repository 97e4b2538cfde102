package fi.livskraft.steering;

import fi.livskraft.account.Actor;
import fi.livskraft.account.Role;
import fi.livskraft.partnership.OwnerShare;
import fi.livskraft.partnership.ProviderDetail;
import fi.livskraft.partnership.Providers;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in steering (DESIGN.md section 1): the coordinator everything; an owner
 * representative, for the providers its municipalities own today, reads, sets strategies, goals and
 * meetings, votes for its own municipalities and comments; provider staff read and report for their
 * own provider. The public sees nothing of steering.
 */
@Component
class SteeringAccess {

    private final Providers providers;

    SteeringAccess(Providers providers) {
        this.providers = providers;
    }

    Actor actor() {
        return Actor.current().orElseThrow(() -> new AccessDeniedException("log in to use owner steering"));
    }

    /** The provider, if the actor may read its steering. */
    ProviderDetail readable(long providerId) {
        Actor actor = actor();
        ProviderDetail provider = providers.get(providerId);
        if (!mayRead(actor, provider)) {
            throw new AccessDeniedException("not an owner or staff of this provider");
        }
        return provider;
    }

    /** The provider, if the actor may set its strategy, goals, meetings and decisions. */
    ProviderDetail steerable(long providerId) {
        Actor actor = actor();
        ProviderDetail provider = providers.get(providerId);
        if (!maySteer(actor, provider)) {
            throw new AccessDeniedException("only the provider's owners or the coordinator");
        }
        return provider;
    }

    /** The provider, if the actor may report its actuals (its staff or the coordinator). */
    ProviderDetail reportable(long providerId) {
        Actor actor = actor();
        ProviderDetail provider = providers.get(providerId);
        if (!mayReport(actor, providerId)) {
            throw new AccessDeniedException("only the provider's staff or the coordinator");
        }
        return provider;
    }

    static boolean mayRead(Actor actor, ProviderDetail provider) {
        return maySteer(actor, provider) || mayReport(actor, provider.id());
    }

    static boolean maySteer(Actor actor, ProviderDetail provider) {
        return actor.isCoordinator() || !representedOwners(actor, provider).isEmpty();
    }

    static boolean mayReport(Actor actor, long providerId) {
        return actor.isCoordinator() || actor.actsFor(Role.PROVIDER, String.valueOf(providerId));
    }

    /** Owner codes the actor may vote or comment for: all owners for the coordinator. */
    static List<String> voters(Actor actor, ProviderDetail provider) {
        if (actor.isCoordinator()) {
            return provider.owners().stream().map(OwnerShare::code).toList();
        }
        return representedOwners(actor, provider);
    }

    static List<String> representedOwners(Actor actor, ProviderDetail provider) {
        return provider.owners().stream()
                .map(OwnerShare::code)
                .filter(code -> actor.actsFor(Role.OWNER, code))
                .toList();
    }
}
