package fi.livskraft.partnership;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.SupportedLanguages;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The rules a join request and a decision must meet; each failure names its field. */
final class JoinRequestChecks {

    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_MESSAGE = 4000;
    static final int MAX_NOTE = 2000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private JoinRequestChecks() {}

    static List<FieldError> check(NewJoinRequest r) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "organisationName", r.organisationName(), MAX_NAME);
        if (r.organisationType().isEmpty()) {
            errors.add(FieldError.of("organisationType", "partnership.error.required"));
        } else if (OrganisationType.parse(r.organisationType()).isEmpty()) {
            errors.add(FieldError.of("organisationType", "partnership.error.unknown-type", r.organisationType()));
        }
        text(errors, "contactName", r.contactName(), MAX_NAME);
        if (r.contactEmail().isEmpty()) {
            errors.add(FieldError.of("contactEmail", "partnership.error.required"));
        } else if (r.contactEmail().length() > MAX_EMAIL
                || !EMAIL.matcher(r.contactEmail()).matches()) {
            errors.add(FieldError.of("contactEmail", "partnership.error.email"));
        }
        if (r.message().length() > MAX_MESSAGE) {
            errors.add(FieldError.of("message", "partnership.error.too-long", MAX_MESSAGE));
        }
        if (!r.language().isEmpty() && !SupportedLanguages.isSupported(r.language())) {
            errors.add(FieldError.of("language", "partnership.error.unknown-language", r.language()));
        }
        return errors;
    }

    static List<FieldError> check(JoinDecision d) {
        List<FieldError> errors = new ArrayList<>();
        if (!d.decision().equals("APPROVE") && !d.decision().equals("DECLINE")) {
            errors.add(FieldError.of("decision", "partnership.error.decision"));
        }
        if (d.decision().equals("DECLINE") && d.note().isEmpty()) {
            errors.add(FieldError.of("note", "partnership.error.note-required"));
        }
        if (d.note().length() > MAX_NOTE) {
            errors.add(FieldError.of("note", "partnership.error.too-long", MAX_NOTE));
        }
        if (d.version() == null) {
            errors.add(FieldError.of("version", "partnership.error.required"));
        }
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value.isEmpty()) {
            errors.add(FieldError.of(field, "partnership.error.required"));
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, "partnership.error.too-long", max));
        }
    }
}
