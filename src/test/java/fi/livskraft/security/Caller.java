package fi.livskraft.security;

import java.util.Optional;

/** Who calls a route in the authorization matrix: the public or a demonstration account per role. */
enum Caller {
    ANONYMOUS(null),
    COORDINATOR("coordinator"),
    OWNER("owner"),
    PROVIDER("provider"),
    EMPLOYER("employer"),
    EMPLOYMENT_AREA("employmentarea");

    private final String demoAccount;

    Caller(String demoAccount) {
        this.demoAccount = demoAccount;
    }

    Optional<String> demoAccount() {
        return Optional.ofNullable(demoAccount);
    }
}
