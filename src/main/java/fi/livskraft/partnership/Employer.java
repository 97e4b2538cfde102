package fi.livskraft.partnership;

import fi.livskraft.common.Names;

/** An employer taking part in the workforce dialogue. */
public record Employer(
        long id,
        String name,
        String businessId,
        String municipalityCode,
        Names municipality,
        String industry,
        boolean demo,
        int version) {}
