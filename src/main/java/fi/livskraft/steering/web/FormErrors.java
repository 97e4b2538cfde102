package fi.livskraft.steering.web;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * Field errors for a page (element id of the field to the message in the page language, listed in the
 * error summary and beside each field), and the parsing of numbers typed in forms.
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

    /** A number as typed ({@code 4,15} or {@code 4.15}, spaces ignored); null when blank. */
    static BigDecimal number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FieldError.of(field, "steering.error.number"));
        }
    }

    static Integer integer(String text, String field) {
        BigDecimal n = number(text, field);
        if (n == null) {
            return null;
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(FieldError.of(field, "steering.error.number"));
        }
    }

    static java.time.LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(FieldError.of(field, "steering.error.date"));
        }
    }
}
