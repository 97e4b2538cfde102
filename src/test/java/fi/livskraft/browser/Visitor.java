package fi.livskraft.browser;

import fi.livskraft.account.Role;
import java.util.Optional;

/** Who looks at the pages: the public, or a user with one role (and the demo account for it). */
enum Visitor {
    PUBLIC(null, null),
    COORDINATOR(Role.COORDINATOR, "coordinator"),
    OWNER(Role.OWNER, "owner"),
    PROVIDER(Role.PROVIDER, "provider"),
    EMPLOYER(Role.EMPLOYER, "employer"),
    EMPLOYMENT_AREA(Role.EMPLOYMENT_AREA, "employmentarea");

    private final Role role;
    private final String demoAccount;

    Visitor(Role role, String demoAccount) {
        this.role = role;
        this.demoAccount = demoAccount;
    }

    Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    /** The user name of the demonstration account with this role, when demo data is loaded. */
    String demoAccount() {
        return demoAccount;
    }
}
