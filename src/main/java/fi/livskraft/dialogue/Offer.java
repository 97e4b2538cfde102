package fi.livskraft.dialogue;

import fi.livskraft.common.Names;
import java.time.Instant;
import java.time.LocalDate;

/** A provider's answer to a need. */
public record Offer(
        long id,
        long needId,
        long providerId,
        Names providerName,
        OfferKind kind,
        String qualificationCode,
        Names qualificationName,
        Integer places,
        String language,
        LocalDate startDate,
        String message,
        String createdBy,
        Instant createdAt,
        boolean demo,
        int version) {}
