package fi.livskraft.common;

import java.util.List;
import java.util.Locale;

/** The languages of the user interface: Swedish, Finnish and English. */
public final class SupportedLanguages {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale FINNISH = Locale.forLanguageTag("fi");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final List<Locale> ALL = List.of(SWEDISH, FINNISH, ENGLISH);
    public static final Locale DEFAULT = FINNISH;

    private SupportedLanguages() {}

    public static boolean isSupported(String code) {
        return code != null && ALL.stream().anyMatch(l -> l.getLanguage().equals(code));
    }
}
