package fi.livskraft.partnership;

import fi.livskraft.common.Names;
import java.util.Objects;

/**
 * An owner of providers: a municipality (code = its 3-digit municipality code) or another
 * organisation such as an association or foundation (code = its business ID).
 */
public record Owner(String code, OwnerKind kind, Names names, String municipalityCode, boolean demo) {

    public Owner {
        Objects.requireNonNull(code);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(names);
        if ((kind == OwnerKind.MUNICIPALITY) != (municipalityCode != null)) {
            throw new IllegalArgumentException("a municipality owner (and only one) has a municipality code");
        }
    }
}
