package fi.livskraft.meeting.web;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** Field errors for a page: field id to the message in the page language, in the order found. */
final class PageErrors {

    private PageErrors() {}

    static Map<String, String> of(InvalidInputException e, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            String message =
                    messages.getMessage(error.messageKey(), error.arguments().toArray(), error.messageKey(), locale);
            errors.merge(error.field(), message, (a, b) -> a + " " + b);
        }
        return errors;
    }
}
