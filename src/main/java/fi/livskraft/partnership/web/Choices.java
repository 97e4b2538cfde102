package fi.livskraft.partnership.web;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;

/** Reads an enum constant from text, naming the field when it is unknown. */
final class Choices {

    private Choices() {}

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException(FieldError.of(field, "partnership.error.required"));
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        throw new InvalidInputException(FieldError.of(field, "partnership.error.unknown-value", value));
    }
}
