package fi.livskraft.dialogue;

import fi.livskraft.common.Names;
import java.time.Instant;
import java.util.List;

/** A workforce need with its confirmed occupations. */
public record Need(
        long id,
        String text,
        String textLanguage,
        int headCount,
        AreaKind areaKind,
        String areaCode,
        Names areaName,
        String employmentAreaId,
        String horizon,
        String languageRequirement,
        boolean international,
        NeedStatus status,
        RaiserKind raisedByKind,
        String raisedByRef,
        String raisedByName,
        String createdBy,
        Instant createdAt,
        boolean demo,
        int version,
        List<NeedOccupation> occupations) {

    public Need {
        occupations = List.copyOf(occupations);
    }

    /** The state written to the audit log (without the long lists). */
    Object auditState() {
        return java.util.Map.of(
                "status", status.name(),
                "headCount", headCount,
                "area", areaKind + ":" + areaCode,
                "horizon", horizon,
                "languageRequirement", languageRequirement,
                "international", international,
                "occupations",
                        occupations.stream().map(NeedOccupation::iscoCode).toList(),
                "version", version);
    }
}
