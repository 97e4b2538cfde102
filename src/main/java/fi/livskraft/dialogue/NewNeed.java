package fi.livskraft.dialogue;

import java.util.List;
import java.util.Objects;

/**
 * A need as typed: free text, head count, area, horizon (ISO date or YYYY-SEASON), language
 * requirement (fi, sv, en, any), open to international recruitment, on whose behalf ("EMPLOYER:12",
 * "OWNER:905", "EMPLOYMENT_AREA:pohjanmaa", "COORDINATOR"; empty = the user's first organisation)
 * and the occupations the person confirmed. Checked by {@link Needs#create}.
 */
public record NewNeed(
        String text,
        Integer headCount,
        String areaKind,
        String areaCode,
        String horizon,
        String languageRequirement,
        boolean international,
        String raisedFor,
        List<ConfirmedOccupation> occupations) {

    public NewNeed {
        text = Objects.requireNonNullElse(text, "").strip();
        areaKind = Objects.requireNonNullElse(areaKind, "").strip();
        areaCode = Objects.requireNonNullElse(areaCode, "").strip();
        horizon = Objects.requireNonNullElse(horizon, "").strip().toUpperCase(java.util.Locale.ROOT);
        languageRequirement =
                Objects.requireNonNullElse(languageRequirement, "").strip();
        raisedFor = Objects.requireNonNullElse(raisedFor, "").strip();
        occupations = occupations == null ? List.of() : List.copyOf(occupations);
    }

    /** An occupation confirmed by the person (score null when not suggested by the classifier). */
    public record ConfirmedOccupation(String iscoCode, String escoUri, String label, Double score) {}
}
