package fi.livskraft.dialogue.classifier;

import java.util.List;

/** The answer for one text: the language used (given or detected) and up to five suggestions, best first. */
public record Classification(String language, boolean languageDetected, List<Suggestion> suggestions) {

    public Classification {
        suggestions = List.copyOf(suggestions);
    }
}
