package fi.livskraft.partnership;

import fi.livskraft.account.Actor;
import fi.livskraft.account.Role;
import org.springframework.security.access.AccessDeniedException;

/** The access rules of DESIGN.md section 1 as they apply to the partnership registry. */
final class Access {

    private Access() {}

    /** Everyone logged in may read the registry. */
    static Actor requireLoggedIn() {
        return Actor.current().orElseThrow(() -> new AccessDeniedException("log in to read the registry"));
    }

    /** The coordinator manages providers, owners, ownership, employers, participants and join requests. */
    static Actor requireCoordinator() {
        Actor actor = requireLoggedIn();
        if (!actor.isCoordinator()) {
            throw new AccessDeniedException("only the coordinator may do this");
        }
        return actor;
    }

    /** Provider staff may edit their own provider's languages and qualifications; so may the coordinator. */
    static boolean maySupply(Actor actor, long providerId) {
        return actor.isCoordinator() || actor.actsFor(Role.PROVIDER, String.valueOf(providerId));
    }

    static Actor requireSupplyEditor(long providerId) {
        Actor actor = requireLoggedIn();
        if (!maySupply(actor, providerId)) {
            throw new AccessDeniedException("provider staff may only edit their own provider");
        }
        return actor;
    }
}
