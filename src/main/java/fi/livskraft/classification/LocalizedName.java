package fi.livskraft.classification;

import fi.livskraft.common.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A name as a page shows it: in the page language, then the other national language (for an
 * English page, Finnish and Swedish), each with its language tag for screen readers.
 */
record LocalizedName(String text, String lang) {

    static LocalizedName of(Names names, Locale locale) {
        String lang = locale.getLanguage();
        String text = names.in(locale);
        // Names.in falls back to Finnish when a translation is missing: tag the text truthfully.
        String actual = text.equals(value(names, lang)) ? lang : text.equals(names.fi()) ? "fi" : "sv";
        return new LocalizedName(text, actual);
    }

    /** The national-language names that differ from the one shown in the page language. */
    static List<LocalizedName> others(Names names, Locale locale) {
        List<String> langs = switch (locale.getLanguage()) {
            case "sv" -> List.of("fi");
            case "en" -> List.of("fi", "sv");
            default -> List.of("sv");
        };
        String shown = names.in(locale);
        List<LocalizedName> others = new ArrayList<>();
        for (String lang : langs) {
            String text = value(names, lang);
            if (!text.isEmpty()
                    && !text.equals(shown)
                    && others.stream().noneMatch(o -> o.text().equals(text))) {
                others.add(new LocalizedName(text, lang));
            }
        }
        return others;
    }

    static String value(Names names, String lang) {
        return switch (lang) {
            case "sv" -> names.sv();
            case "en" -> names.en();
            default -> names.fi();
        };
    }
}
