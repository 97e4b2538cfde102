package fi.livskraft.dialogue;

import fi.livskraft.common.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules for a new need that need no database: head count, horizon, language requirement, occupations. */
final class NeedChecks {

    static final int MAX_HEAD_COUNT = 10_000;
    static final int MAX_OCCUPATIONS = 5;
    static final Set<String> LANGUAGE_REQUIREMENTS = Set.of("fi", "sv", "en", "any");

    private NeedChecks() {}

    static List<FieldError> check(NewNeed need) {
        List<FieldError> errors = new ArrayList<>();
        if (need.headCount() == null) {
            errors.add(FieldError.of("headCount", "dialogue.need.error.head-count.missing"));
        } else if (need.headCount() < 1 || need.headCount() > MAX_HEAD_COUNT) {
            errors.add(
                    FieldError.of("headCount", "dialogue.need.error.head-count.range", String.valueOf(MAX_HEAD_COUNT)));
        }
        if (!validHorizon(need.horizon())) {
            errors.add(FieldError.of("horizon", "dialogue.need.error.horizon"));
        }
        if (!LANGUAGE_REQUIREMENTS.contains(need.languageRequirement())) {
            errors.add(FieldError.of("languageRequirement", "dialogue.need.error.language-requirement"));
        }
        if (need.occupations().isEmpty()) {
            errors.add(FieldError.of("occupations", "dialogue.need.error.occupations.none"));
        } else if (need.occupations().size() > MAX_OCCUPATIONS) {
            errors.add(FieldError.of(
                    "occupations", "dialogue.need.error.occupations.too-many", String.valueOf(MAX_OCCUPATIONS)));
        }
        Set<String> seen = new HashSet<>();
        for (NewNeed.ConfirmedOccupation o : need.occupations()) {
            if (o.iscoCode() == null || !o.iscoCode().matches("[0-9]{4}")) {
                errors.add(FieldError.of("occupations", "dialogue.need.error.occupations.code", o.iscoCode()));
            } else if (!seen.add(o.iscoCode())) {
                errors.add(FieldError.of("occupations", "dialogue.need.error.occupations.twice", o.iscoCode()));
            }
        }
        return errors;
    }

    /** An ISO date (2026-09-01) or a season (2026-AUTUMN), year 2000-2100. */
    static boolean validHorizon(String horizon) {
        if (horizon.matches("[0-9]{4}-(SPRING|SUMMER|AUTUMN|WINTER)")) {
            int year = Integer.parseInt(horizon.substring(0, 4));
            return year >= 2000 && year <= 2100;
        }
        if (!horizon.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return false;
        }
        try {
            int year = LocalDate.parse(horizon).getYear();
            return year >= 2000 && year <= 2100;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
