package fi.livskraft.meeting;

import fi.livskraft.account.Actor;
import fi.livskraft.account.Role;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who may see and change a meeting. The coordinator: everything. Users of the organiser or of a
 * participating organisation see it and contribute (agenda, minutes, decisions, actions); only the
 * organiser's users (and the coordinator) change the meeting itself. A meeting marked visible to
 * all is seen by every signed-in user.
 */
final class MeetingAccess {

    private MeetingAccess() {}

    /** The organisations the user acts for, named as in meetings (e.g. OWNER:905). */
    static Set<String> organisations(Actor actor) {
        Set<String> out = new LinkedHashSet<>();
        if (actor.isCoordinator()) {
            out.add("COORDINATOR");
        }
        for (Role role : Role.values()) {
            if (role != Role.COORDINATOR) {
                actor.scopes(role).forEach(s -> out.add(role.name() + ":" + s));
            }
        }
        return out;
    }

    static boolean maySee(Actor actor, Meeting meeting) {
        return meeting.visibleToAll() || mayContribute(actor, meeting);
    }

    static boolean mayContribute(Actor actor, Meeting meeting) {
        if (actor.isCoordinator()) {
            return true;
        }
        Set<String> mine = organisations(actor);
        return meeting.organisations().stream().anyMatch(mine::contains);
    }

    static boolean mayEdit(Actor actor, Meeting meeting) {
        return actor.isCoordinator() || organisations(actor).contains(meeting.organiser());
    }
}
