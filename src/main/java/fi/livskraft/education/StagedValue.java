package fi.livskraft.education;

import java.util.Objects;

/**
 * One figure read from a file, before it is stored: where it was (row, field), what it counts, and
 * the cell it belongs to. {@code breakdown} tells apart rows of a source that splits a cell further
 * (e.g. Vipunen's subcontracting provider); such rows are summed into the cell.
 */
record StagedValue(
        int row,
        String field,
        Measure measure,
        String providerCode,
        String providerName,
        String areaCode,
        String qualificationCode,
        int year,
        String language,
        long value,
        String breakdown) {

    StagedValue {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(qualificationCode, "qualificationCode");
        Objects.requireNonNull(language, "language");
        breakdown = breakdown == null ? "" : breakdown;
        if (value < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }
}
