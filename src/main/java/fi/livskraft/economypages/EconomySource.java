package fi.livskraft.economypages;

import java.time.Instant;
import java.time.LocalDate;

/** Where a set of economy figures came from: publisher, dataset, vintage, licence, demonstration flag. */
record EconomySource(
        long id,
        String publisher,
        String dataset,
        String vintage,
        String licence,
        String fileName,
        LocalDate periodFrom,
        LocalDate periodTo,
        Instant retrievedAt,
        String importedBy,
        boolean demo) {}
