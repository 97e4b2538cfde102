package fi.livskraft.insight;

import fi.livskraft.account.Actor;
import fi.livskraft.account.Role;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who sees small cells (counts of 1 to 4 persons and what is derived from them) unhidden: the
 * partnership's public bodies, that is the coordinator, owner representatives, employment-area
 * officers and provider staff, who work with the figures under their own confidentiality. The
 * public and employers see them hidden ({@link Suppression}).
 */
final class SmallCells {

    static final Set<Role> SEE_SMALL_CELLS =
            EnumSet.of(Role.COORDINATOR, Role.OWNER, Role.EMPLOYMENT_AREA, Role.PROVIDER);

    private SmallCells() {}

    static boolean visibleTo(Optional<Actor> viewer) {
        return viewer.map(a -> SEE_SMALL_CELLS.stream().anyMatch(a::has)).orElse(false);
    }

    /** Whether the signed-in user, if any, sees small cells. */
    static boolean visibleToCurrentUser() {
        return visibleTo(Actor.current());
    }
}
