package fi.livskraft.dialogue;

import java.util.Objects;

/**
 * An offer as typed: for which provider (id; empty = the user's first provider), kind, optional
 * qualification code, optional number of places, language of instruction, start date (ISO), message.
 */
public record NewOffer(
        String providerId,
        String kind,
        String qualificationCode,
        Integer places,
        String language,
        String startDate,
        String message) {

    public NewOffer {
        providerId = Objects.requireNonNullElse(providerId, "").strip();
        kind = Objects.requireNonNullElse(kind, "").strip();
        qualificationCode = Objects.requireNonNullElse(qualificationCode, "").strip();
        language = Objects.requireNonNullElse(language, "").strip();
        startDate = Objects.requireNonNullElse(startDate, "").strip();
        message = Objects.requireNonNullElse(message, "").strip();
    }
}
