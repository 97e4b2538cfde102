package fi.livskraft.classification;

import fi.livskraft.common.Names;

/** A vocational qualification: 6-digit education code, type and names. */
public record Qualification(String code, QualificationType type, Names names) {

    public Qualification {
        if (code == null || !code.matches("\\d{6}")) {
            throw new IllegalArgumentException("a qualification code has six digits: " + code);
        }
    }
}
