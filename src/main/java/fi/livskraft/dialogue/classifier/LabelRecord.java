package fi.livskraft.dialogue.classifier;

import java.util.Objects;

/**
 * One label the classifier learns from: an occupation label in one language under an ISCO-08 unit
 * group. {@code escoUri} is null for the ISCO group's own name. {@code display} is what a
 * suggestion shows (the occupation's preferred label in that language); it defaults to the label.
 */
public record LabelRecord(String iscoCode, String escoUri, String language, String label, String display) {

    public LabelRecord {
        Objects.requireNonNull(iscoCode, "iscoCode");
        if (!iscoCode.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("an ISCO-08 unit group has four digits: " + iscoCode);
        }
        if (!ClassifierLanguage.isSupported(language)) {
            throw new IllegalArgumentException("language must be fi, sv or en: " + language);
        }
        label = Objects.requireNonNull(label, "label").strip();
        display = display == null || display.isBlank() ? label : display.strip();
    }

    public LabelRecord(String iscoCode, String escoUri, String language, String label) {
        this(iscoCode, escoUri, language, label, null);
    }
}
