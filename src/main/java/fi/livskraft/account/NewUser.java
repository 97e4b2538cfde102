package fi.livskraft.account;

import java.util.List;
import java.util.Objects;

/** A user to create, with the roles it holds and the organisations each role is for. */
public record NewUser(
        String username, String rawPassword, String displayName, String email, List<Grant> grants, boolean demo) {

    /** A role for one organisation (scope is empty for the coordinator). */
    public record Grant(Role role, String scope) {
        public Grant {
            Objects.requireNonNull(role);
            scope = scope == null ? "" : scope;
            if (role != Role.COORDINATOR && scope.isBlank()) {
                throw new IllegalArgumentException(role + " needs an organisation");
            }
        }
    }

    public NewUser {
        grants = List.copyOf(grants);
    }
}
