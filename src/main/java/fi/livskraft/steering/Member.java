package fi.livskraft.steering;

import fi.livskraft.common.Names;
import java.math.BigDecimal;

/**
 * An owner as the vote counts it: share of the provider in percent (the shares sum to 100), and for a
 * municipality its population in the population year (null when none is recorded).
 */
public record Member(String ownerCode, Names names, BigDecimal share, String municipalityCode, Integer population) {

    public boolean municipality() {
        return municipalityCode != null;
    }
}
