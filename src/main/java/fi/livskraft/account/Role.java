package fi.livskraft.account;

/** The roles of DESIGN.md section 1; each but the coordinator is scoped to organisations. */
public enum Role {
    /** The whole partnership. */
    COORDINATOR,
    /** Scoped to municipality codes it represents as owner. */
    OWNER,
    /** Scoped to an employment area id. */
    EMPLOYMENT_AREA,
    /** Scoped to a provider id. */
    PROVIDER,
    /** Scoped to an employer id. */
    EMPLOYER;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The authority that grants this role for one organisation, e.g. {@code OWNER:091}. */
    public String scopedAuthority(String scope) {
        return name() + ":" + scope;
    }
}
