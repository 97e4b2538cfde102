package fi.livskraft.common;

import java.util.List;

/**
 * What is wrong in an imported file, and exactly where: the file, the row (1-based, the header is
 * row 1 in a CSV; the item's position in a JSON array) and the field. The message is a key with
 * arguments so that it can be shown in Swedish, Finnish or English.
 */
public record ImportProblem(String file, int row, String field, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem of(String file, int row, String field, String messageKey, Object... arguments) {
        return new ImportProblem(file, row, field, messageKey, List.of(arguments));
    }

    @Override
    public String toString() {
        return file + " row " + row + " field " + field + ": " + messageKey + " " + arguments;
    }
}
