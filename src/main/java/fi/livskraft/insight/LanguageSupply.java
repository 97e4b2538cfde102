package fi.livskraft.insight;

import java.math.BigDecimal;

/**
 * Vocational supply of one qualification in one language and place (latest supply year), linked to
 * one occupation through the current crosswalk. The place is the provider's home municipality (null
 * when only a region is known) and its region.
 */
record LanguageSupply(
        String municipality,
        String regionCode,
        String iscoCode,
        String qualificationCode,
        String language,
        Integer graduates,
        Integer startPlaces,
        BigDecimal weight) {}
