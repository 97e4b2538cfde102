package fi.livskraft.area;

import fi.livskraft.common.Names;
import java.util.Objects;

/** A sub-region (seutukunta / ekonomisk region): 3-digit code without the SK prefix. */
public record SubRegion(String code, Names names, String regionCode, int municipalityCount) {

    public SubRegion {
        Objects.requireNonNull(names);
        Objects.requireNonNull(regionCode);
        if (code == null || !code.matches("\\d{3}")) {
            throw new IllegalArgumentException("a sub-region code has three digits: " + code);
        }
    }
}
