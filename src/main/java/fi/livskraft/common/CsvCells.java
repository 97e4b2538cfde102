package fi.livskraft.common;

import java.util.regex.Pattern;

/**
 * The one rule for every cell a CSV export writes. A cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return could be run as a formula by a spreadsheet, so
 * it gets a leading apostrophe (OWASP, "CSV injection"); a plain number such as {@code -12.5} is
 * left as it is (it is no formula and stays a number). Then the cell is quoted (always when
 * neutralised) as RFC 4180 asks
 * when it holds the separator, a quote or a line break.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private CsvCells() {}

    /** The cell as a spreadsheet may open it safely: an apostrophe before a possible formula. */
    public static String neutralise(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty()
                && FORMULA_STARTS.indexOf(v.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(v).matches()) {
            return "'" + v;
        }
        return v;
    }

    /** The cell neutralised and, where needed, quoted for a file separated by {@code separator}. */
    public static String cell(String value, char separator) {
        String v = neutralise(value);
        boolean quote = v.startsWith("'") && !v.equals(value)
                || v.indexOf(separator) >= 0
                || v.indexOf('"') >= 0
                || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0
                || v.indexOf('\t') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
