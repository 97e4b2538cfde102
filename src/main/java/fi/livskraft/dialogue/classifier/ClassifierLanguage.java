package fi.livskraft.dialogue.classifier;

import java.util.List;

/** The languages the classifier understands: Finnish, Swedish and English. */
public final class ClassifierLanguage {

    public static final List<String> ALL = List.of("fi", "sv", "en");

    private ClassifierLanguage() {}

    public static boolean isSupported(String language) {
        return language != null && ALL.contains(language);
    }
}
