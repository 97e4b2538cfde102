package fi.livskraft.dialogue;

import fi.livskraft.account.Actor;
import fi.livskraft.account.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Who may see and do what with a need. The coordinator: everything. An employer: its own needs. An
 * owner: needs it raised and needs for its municipalities. An employment-area officer: needs in
 * its area (and those it raised); it reviews them. A provider: needs past review (in review,
 * answered or closed) and needs it answered; it may offer. The raiser may close its need.
 */
final class NeedAccess {

    private NeedAccess() {}

    static boolean maySee(Actor actor, Need need, Collection<Long> offeringProviders) {
        if (actor.isCoordinator() || raisedBy(actor, need) || mayReview(actor, need)) {
            return true;
        }
        if (need.areaKind() == AreaKind.MUNICIPALITY && actor.actsFor(Role.OWNER, need.areaCode())) {
            return true;
        }
        if (actor.has(Role.PROVIDER)) {
            if (need.status() != NeedStatus.NEW) {
                return true;
            }
            return offeringProviders.stream().anyMatch(p -> actor.actsFor(Role.PROVIDER, String.valueOf(p)));
        }
        return false;
    }

    static boolean raisedBy(Actor actor, Need need) {
        return switch (need.raisedByKind()) {
            case COORDINATOR -> actor.isCoordinator();
            case EMPLOYER -> actor.actsFor(Role.EMPLOYER, need.raisedByRef());
            case OWNER -> actor.actsFor(Role.OWNER, need.raisedByRef());
            case EMPLOYMENT_AREA -> actor.actsFor(Role.EMPLOYMENT_AREA, need.raisedByRef());
        };
    }

    /** The coordinator and the officers of the need's employment area review it. */
    static boolean mayReview(Actor actor, Need need) {
        return actor.isCoordinator()
                || (need.employmentAreaId() != null && actor.actsFor(Role.EMPLOYMENT_AREA, need.employmentAreaId()))
                || (need.raisedByKind() == RaiserKind.EMPLOYMENT_AREA
                        && actor.actsFor(Role.EMPLOYMENT_AREA, need.raisedByRef()));
    }

    static boolean mayChangeStatus(Actor actor, Need need, NeedStatus next) {
        return mayReview(actor, need) || (next == NeedStatus.CLOSED && raisedBy(actor, need));
    }

    static boolean mayOffer(Actor actor, Need need, Collection<Long> offeringProviders) {
        return actor.has(Role.PROVIDER) && maySee(actor, need, offeringProviders);
    }

    /** On whose behalf the actor may raise a need, e.g. "EMPLOYER:12", "OWNER:905", "COORDINATOR". */
    static List<String> raiserOptions(Actor actor) {
        List<String> out = new ArrayList<>();
        actor.scopes(Role.EMPLOYER).forEach(s -> out.add("EMPLOYER:" + s));
        actor.scopes(Role.OWNER).forEach(s -> out.add("OWNER:" + s));
        actor.scopes(Role.EMPLOYMENT_AREA).forEach(s -> out.add("EMPLOYMENT_AREA:" + s));
        if (actor.isCoordinator()) {
            out.add("COORDINATOR");
        }
        return out;
    }
}
