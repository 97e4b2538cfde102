package fi.livskraft.common;

import java.util.List;

/**
 * One rejected field: which field, a message key and its arguments (so the message can be shown in
 * Swedish, Finnish or English).
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {

    public FieldError {
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
