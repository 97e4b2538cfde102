package fi.livskraft.area;

import fi.livskraft.common.Names;
import java.util.Objects;

/**
 * A municipality of 2025: Statistics Finland's 3-digit code, names, region, sub-region, language
 * status and employment area (null for the Åland municipalities, which have none).
 */
public record Municipality(
        String code,
        Names names,
        String regionCode,
        String subRegionCode,
        LanguageStatus languageStatus,
        String employmentAreaId) {

    public Municipality {
        Objects.requireNonNull(code);
        Objects.requireNonNull(names);
        Objects.requireNonNull(regionCode);
        Objects.requireNonNull(languageStatus);
        if (!code.matches("\\d{3}")) {
            throw new IllegalArgumentException("a municipality code has three digits: " + code);
        }
    }

    /** Åland's municipalities have their own employment services: AN2024 does not apply there. */
    public boolean inAland() {
        return AreaDirectory.ALAND_REGION.equals(regionCode);
    }
}
