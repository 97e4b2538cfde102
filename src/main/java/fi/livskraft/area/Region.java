package fi.livskraft.area;

import fi.livskraft.common.Names;
import java.util.Objects;

/** A region (maakunta / landskap): Statistics Finland's 2-digit code, names, number of municipalities. */
public record Region(String code, Names names, int municipalityCount) {

    public Region {
        Objects.requireNonNull(names);
        if (code == null || !code.matches("\\d{2}")) {
            throw new IllegalArgumentException("a region code has two digits: " + code);
        }
    }

    /** Åland: own employment services and vocational education under the autonomy act. */
    public boolean isAland() {
        return AreaDirectory.ALAND_REGION.equals(code);
    }
}
