package fi.livskraft.common;

import java.util.Locale;

/**
 * Folds text for matching names typed with or without the Nordic and other diacritics: lower case,
 * with å and ä as a, ö as o, é as e and ü as u. One rule in Java ({@link #fold}) and its SQL twin
 * ({@link #sql}), so that a typed query and a stored name fold alike.
 */
public final class Folding {

    private Folding() {}

    /** The folded form of a text typed by a person. */
    public static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            b.append(
                    switch (c) {
                        case 'å', 'ä' -> 'a';
                        case 'ö' -> 'o';
                        case 'é' -> 'e';
                        case 'ü' -> 'u';
                        default -> c;
                    });
        }
        return b.toString();
    }

    /**
     * The same folding of a column in SQL. It folds Å, Ä, Ö, É and Ü to lower case itself, whatever
     * the database's locale: under the C locale (an external database may use it) PostgreSQL's
     * lower() folds ASCII letters only.
     */
    public static String sql(String column) {
        return "translate(translate(lower(" + column + "), 'ÅÄÖÉÜ', 'åäöéü'), 'åäöéü', 'aaoeu')";
    }

    /** Lower case in SQL with Å, Ä, Ö, É and Ü folded to their lower-case letters, diacritics kept. */
    public static String lowerSql(String column) {
        return "translate(lower(" + column + "), 'ÅÄÖÉÜ', 'åäöéü')";
    }
}
