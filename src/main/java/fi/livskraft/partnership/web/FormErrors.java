package fi.livskraft.partnership.web;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * Field errors for a page: element id of the field ({@code owners[0].code} becomes
 * {@code owners-0-code}) to the message in the page language, in the order found. The page lists
 * them in its error summary (linked to the fields) and beside each field.
 */
final class FormErrors {

    private FormErrors() {}

    static Map<String, String> of(InvalidInputException e, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            String message =
                    messages.getMessage(error.messageKey(), error.arguments().toArray(), error.messageKey(), locale);
            errors.merge(id(error.field()), message, (a, b) -> a + " " + b);
        }
        return errors;
    }

    static String id(String field) {
        return field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
