package fi.livskraft.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the unemployment-duration classes of a StatFin table (category code or its Finnish, Swedish
 * or English label) to {@code labour_market_fact.duration_class}:
 *
 * <ul>
 *   <li>total ("SSS", "Yhteensä", "Totalt", "Total") -> ALL
 *   <li>under 3 months ("alle 3 kk", "under 3 mån", "0-3 kk", "< 3 months") -> LT3M
 *   <li>3-6 months -> 3-6M, 6-12 months -> 6-12M
 *   <li>12-24 months, also "1-2 v" / "1-2 år" / "1-2 years" -> 12-24M
 *   <li>24 months or more ("yli 24 kk", "över 24 mån", "24 kk -", "yli 2 v", "2 år -") -> GE24M
 * </ul>
 *
 * Codes that are already one of these classes map to themselves. Anything else is unknown and the
 * import is refused, naming the class, rather than guessing.
 */
final class DurationClasses {

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern YEARS = Pattern.compile("(\\bv\\b|vuo|år|\\by\\b|year)");
    private static final Pattern UPPER = Pattern.compile("(alle|under|less|<|alle)");
    private static final Pattern LOWER = Pattern.compile("(yli|över|over|more|vähintään|minst|at least|\\+|-\\s*$|>)");

    private DurationClasses() {}

    static Optional<String> of(String code, String label) {
        if (code.equals("SSS") || code.equals("ALL")) {
            return Optional.of("ALL");
        }
        if (LabourMeasures.DURATION_CLASSES.contains(code)) {
            return Optional.of(code);
        }
        String text = label == null || label.isBlank() ? code : label;
        String l = text.toLowerCase(Locale.ROOT).replace('–', '-').strip();
        if (l.startsWith("yhteensä") || l.startsWith("totalt") || l.startsWith("total") || l.startsWith("kaikki")) {
            return Optional.of("ALL");
        }
        List<Integer> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(l);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group()));
        }
        int factor =
                YEARS.matcher(l).find() && !l.contains("kk") && !l.contains("mån") && !l.contains("month") ? 12 : 1;
        if (numbers.size() == 2) {
            int a = numbers.get(0) * factor;
            int b = numbers.get(1) * factor;
            if (a == 0 && b == 3) {
                return Optional.of("LT3M");
            }
            String range = a + "-" + b + "M";
            return LabourMeasures.DURATION_CLASSES.contains(range) ? Optional.of(range) : Optional.empty();
        }
        if (numbers.size() == 1) {
            int n = numbers.get(0) * factor;
            if (UPPER.matcher(l).find() && n == 3) {
                return Optional.of("LT3M");
            }
            if (LOWER.matcher(l).find() && n == 24) {
                return Optional.of("GE24M");
            }
        }
        return Optional.empty();
    }
}
