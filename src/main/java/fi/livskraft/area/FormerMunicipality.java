package fi.livskraft.area;

import fi.livskraft.common.Names;
import java.util.Objects;

/** An abolished municipality and the municipality of today it is part of (year may be unknown). */
public record FormerMunicipality(String code, Names names, String currentCode, Integer abolishedYear) {

    public FormerMunicipality {
        Objects.requireNonNull(code);
        Objects.requireNonNull(names);
        Objects.requireNonNull(currentCode);
    }
}
