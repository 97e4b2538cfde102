package fi.livskraft.common;

import java.util.Locale;
import java.util.Objects;

/**
 * A name in Finnish, Swedish and English. A missing translation falls back to Finnish (the
 * language every official name exists in), and a missing Finnish name to Swedish.
 */
public record Names(String fi, String sv, String en) {

    public Names {
        fi = Objects.requireNonNullElse(fi, "").strip();
        sv = Objects.requireNonNullElse(sv, "").strip();
        en = Objects.requireNonNullElse(en, "").strip();
        if (fi.isEmpty() && sv.isEmpty()) {
            throw new IllegalArgumentException("a name needs Finnish or Swedish");
        }
    }

    public String in(Locale locale) {
        String lang = locale == null ? "fi" : locale.getLanguage();
        return switch (lang) {
            case "sv" -> sv.isEmpty() ? fi : sv;
            case "en" -> !en.isEmpty() ? en : fi.isEmpty() ? sv : fi;
            default -> fi.isEmpty() ? sv : fi;
        };
    }

    /** The name in the given locale, followed by the other national-language name when it differs. */
    public String bilingual(Locale locale) {
        String main = in(locale);
        String other = "sv".equals(locale.getLanguage()) ? fi : sv;
        return other.isEmpty() || other.equals(main) ? main : main + " (" + other + ")";
    }
}
