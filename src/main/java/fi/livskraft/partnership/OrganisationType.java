package fi.livskraft.partnership;

import java.util.Optional;

/** The kinds of organisation that take part in the partnership (and that may ask to join). */
public enum OrganisationType {
    MUNICIPALITY,
    PROVIDER,
    EMPLOYMENT_AREA,
    EMPLOYER,
    REGIONAL_COUNCIL,
    ASSOCIATION,
    OTHER;

    /** The type named by {@code value} (exact constant name), or empty. */
    public static Optional<OrganisationType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (OrganisationType type : values()) {
            if (type.name().equals(value.strip())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
