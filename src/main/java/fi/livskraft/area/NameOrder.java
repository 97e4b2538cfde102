package fi.livskraft.area;

import fi.livskraft.common.Names;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** Orders by name in the page's language, as a Finnish or Swedish reader expects (å, ä, ö last). */
final class NameOrder {

    private NameOrder() {}

    static <T> Comparator<T> by(Function<T, Names> names, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        return Comparator.comparing((T t) -> names.apply(t).in(locale), collator);
    }
}
