package fi.livskraft.partnership;

/**
 * What an applicant sends. The type is text here so that an unknown value is answered like any
 * other wrong field; {@code language} (sv, fi, en) is the language the applicant is answered in.
 */
public record NewJoinRequest(
        String organisationName,
        String organisationType,
        String contactName,
        String contactEmail,
        String message,
        String language) {

    public NewJoinRequest {
        organisationName = strip(organisationName);
        organisationType = strip(organisationType);
        contactName = strip(contactName);
        contactEmail = strip(contactEmail);
        message = message == null ? "" : message.strip();
        language = strip(language);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
