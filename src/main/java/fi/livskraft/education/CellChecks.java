package fi.livskraft.education;

import fi.livskraft.common.ImportProblem;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks every imported value passes, whatever the format: a known qualification, a language
 * of instruction (fi, sv, en; outcomes also "all"), a year from 1990 to next year, a whole
 * non-negative count, an area (SSS whole country or MKnn region). A failed check records a problem
 * naming the file, row and field and answers null.
 */
final class CellChecks {

    static final int FIRST_YEAR = 1990;
    static final String ALL_LANGUAGES = "all";
    static final String WHOLE_COUNTRY = "SSS";
    private static final Pattern QUALIFICATION = Pattern.compile("\\d{6}");
    private static final Pattern REGION = Pattern.compile("MK(0[1-9]|1\\d|2[01])");
    private static final Pattern REGION_DIGITS = Pattern.compile("0[1-9]|1\\d|2[01]");
    private static final int MAX_CODE_LENGTH = 32;

    /** Language names and codes as the sources write them, in Finnish, Swedish and English. */
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("fi", "fi"),
            Map.entry("suomi", "fi"),
            Map.entry("finska", "fi"),
            Map.entry("finnish", "fi"),
            Map.entry("sv", "sv"),
            Map.entry("ruotsi", "sv"),
            Map.entry("svenska", "sv"),
            Map.entry("swedish", "sv"),
            Map.entry("en", "en"),
            Map.entry("englanti", "en"),
            Map.entry("engelska", "en"),
            Map.entry("english", "en"));

    private final String file;
    private final Set<String> qualifications;
    private final int lastYear;
    private final List<ImportProblem> problems = new ArrayList<>();

    CellChecks(String file, Set<String> qualifications) {
        this.file = file;
        this.qualifications = qualifications;
        this.lastYear = Year.now().getValue() + 1;
    }

    String file() {
        return file;
    }

    void problem(int row, String field, String key, Object... arguments) {
        problems.add(ImportProblem.of(file, row, field, key, arguments));
    }

    List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    boolean failed() {
        return !problems.isEmpty();
    }

    String qualification(int row, String field, String text) {
        String code = blankToNull(text);
        if (code == null) {
            problem(row, field, "import.error.required");
            return null;
        }
        if (!QUALIFICATION.matcher(code).matches() || !qualifications.contains(code)) {
            problem(row, field, "education.import.error.unknown-qualification", code);
            return null;
        }
        return code;
    }

    /** fi, sv or en (or "all" where allowed, also for a blank value). */
    String language(int row, String field, String text, boolean allowAll) {
        String value = blankToNull(text);
        if (value == null || ALL_LANGUAGES.equalsIgnoreCase(value)) {
            if (allowAll) {
                return ALL_LANGUAGES;
            }
            if (value == null) {
                problem(row, field, "import.error.required");
                return null;
            }
        }
        String language = LANGUAGES.get(value.toLowerCase(Locale.ROOT));
        if (language == null) {
            problem(row, field, "education.import.error.bad-language", value);
        }
        return language;
    }

    Integer year(int row, String field, String text) {
        String value = blankToNull(text);
        if (value == null) {
            problem(row, field, "import.error.required");
            return null;
        }
        try {
            int year = Integer.parseInt(value);
            if (year >= FIRST_YEAR && year <= lastYear) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(row, field, "education.import.error.bad-year", value, FIRST_YEAR, lastYear);
        return null;
    }

    /** A count of persons or places: a whole number, not negative; null for a blank (not published). */
    Long count(int row, String field, String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            problem(row, field, "education.import.error.not-a-count", value);
            return null;
        }
        if (number.signum() < 0) {
            problem(row, field, "education.import.error.negative", value);
            return null;
        }
        try {
            long count = number.stripTrailingZeros().longValueExact();
            if (count > Integer.MAX_VALUE) {
                throw new ArithmeticException("too large");
            }
            return count;
        } catch (ArithmeticException e) {
            problem(row, field, "education.import.error.not-a-count", value);
            return null;
        }
    }

    /** SSS (whole country) or MKnn (region); two digits mean a region, "koko maa" the whole country. */
    String area(int row, String field, String text) {
        String value = blankToNull(text);
        if (value == null) {
            problem(row, field, "import.error.required");
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.equals(WHOLE_COUNTRY) || upper.equals("KOKO MAA") || upper.equals("HELA LANDET")) {
            return WHOLE_COUNTRY;
        }
        if (REGION.matcher(upper).matches()) {
            return upper;
        }
        if (REGION_DIGITS.matcher(upper).matches()) {
            return "MK" + upper;
        }
        problem(row, field, "education.import.error.bad-area", value);
        return null;
    }

    /** A provider code (business ID or the source's own code), at most 32 characters. */
    String providerCode(int row, String field, String text, boolean required) {
        String value = blankToNull(text);
        if (value == null) {
            if (required) {
                problem(row, field, "import.error.required");
            }
            return null;
        }
        if (value.length() > MAX_CODE_LENGTH) {
            problem(row, field, "import.error.bad-code", value);
            return null;
        }
        return value;
    }

    String required(int row, String field, String text) {
        String value = blankToNull(text);
        if (value == null) {
            problem(row, field, "import.error.required");
        }
        return value;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
