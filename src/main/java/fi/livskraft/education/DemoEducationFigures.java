package fi.livskraft.education;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Invented, deterministic supply and outcome figures for the demonstration providers of the
 * registry, written as the documented long CSV so that they pass the importer's checks. Supply
 * 2021-2025 in each provider's languages of instruction for its licensed qualifications; outcomes
 * one year after graduation for the cohorts 2021-2024 per provider, per region (MKnn) and for the
 * whole country (SSS). About one provider-qualification pair in seven is small (cells under 5
 * persons), so that suppression shows.
 */
final class DemoEducationFigures {

    static final String PUBLISHER = "Livskraft demonstration data";
    static final String DATASET = "demo-vocational-supply-and-outcomes";
    static final String VINTAGE = "2026";
    static final String LICENCE = "demonstration data, invented (not statistics)";
    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;
    static final int LAST_COHORT = 2024;

    private DemoEducationFigures() {}

    /** One provider as the figures need it. */
    record DemoProvider(
            String code, String name, String regionCode, List<String> languages, List<String> qualifications) {}

    static String csv(List<DemoProvider> providers) {
        StringBuilder out = new StringBuilder();
        out.append("# publisher: ").append(PUBLISHER).append('\n');
        out.append("# dataset: ").append(DATASET).append('\n');
        out.append("# vintage: ").append(VINTAGE).append('\n');
        out.append("# licence: ").append(LICENCE).append('\n');
        out.append("# title: Demonstration: vocational supply and graduate outcomes (invented figures)\n");
        out.append("provider_code;provider_name;qualification;year;language;measure;value;area\n");
        // region or country -> qualification -> cohort -> [graduates, employed, further, unemployed, other]
        Map<String, Map<String, Map<Integer, int[]>>> areas = new TreeMap<>();
        for (DemoProvider p : providers) {
            for (String q : p.qualifications()) {
                int[] cohortGraduates = new int[LAST_YEAR + 1 - FIRST_YEAR];
                for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                    for (String language : p.languages()) {
                        int[] s = supply(p.code(), q, year, language);
                        row(out, p, q, year, language, Measure.START_PLACES, s[0], "");
                        row(out, p, q, year, language, Measure.NEW_STUDENTS, s[1], "");
                        row(out, p, q, year, language, Measure.STUDENTS, s[2], "");
                        row(out, p, q, year, language, Measure.GRADUATES, s[3], "");
                        cohortGraduates[year - FIRST_YEAR] += s[3];
                    }
                }
                for (int cohort = FIRST_YEAR; cohort <= LAST_COHORT; cohort++) {
                    int[] o = outcome(p.code() + q, cohort, cohortGraduates[cohort - FIRST_YEAR]);
                    outcomeRows(out, p, q, cohort, o, "");
                    add(areas, "MK" + p.regionCode(), q, cohort, o);
                    add(areas, CellChecks.WHOLE_COUNTRY, q, cohort, o);
                }
            }
        }
        for (var area : areas.entrySet()) {
            // the region's and the country's other providers: scale the partnership's graduates up
            int scale = area.getKey().equals(CellChecks.WHOLE_COUNTRY) ? 14 : 2;
            for (var qualification : area.getValue().entrySet()) {
                for (var cohort : qualification.getValue().entrySet()) {
                    int graduates = cohort.getValue()[0] * scale + 3;
                    int[] o = outcome(area.getKey() + qualification.getKey(), cohort.getKey(), graduates);
                    outcomeRows(out, null, qualification.getKey(), cohort.getKey(), o, area.getKey());
                }
            }
        }
        return out.toString();
    }

    /** start places, new students, students, graduates. */
    static int[] supply(String provider, String qualification, int year, String language) {
        int h = hash(provider + qualification + language);
        if (h % 7 == 0) {
            int small = 2 + hash(provider + qualification + year) % 3;
            return new int[] {small + 4, small + 1, small + 6, small};
        }
        int places = 12 + h % 30 + (year - FIRST_YEAR) * (h % 3 - 1);
        int newStudents = places - 2 + hash(qualification + year + provider) % 5;
        int students = newStudents * 2 + 10 + h % 9;
        int graduates = Math.max(5, newStudents * 7 / 10 - 1 + hash(year + provider + qualification) % 4);
        return new int[] {places, newStudents, students, graduates};
    }

    /** graduates, employed, further studies, unemployed, other; the parts never exceed the graduates. */
    static int[] outcome(String key, int cohort, int graduates) {
        int h = hash(key + cohort);
        int employed = graduates * (55 + h % 20) / 100;
        int further = graduates * (8 + h % 5) / 100;
        int unemployed = graduates * (6 + h % 8) / 100;
        int other = graduates - employed - further - unemployed;
        return new int[] {graduates, employed, further, unemployed, other};
    }

    private static void outcomeRows(StringBuilder out, DemoProvider p, String q, int cohort, int[] o, String area) {
        Measure[] measures = {
            Measure.OUTCOME_GRADUATES, Measure.EMPLOYED, Measure.FURTHER_STUDIES, Measure.UNEMPLOYED, Measure.OTHER
        };
        for (int i = 0; i < measures.length; i++) {
            row(out, p, q, cohort, CellChecks.ALL_LANGUAGES, measures[i], o[i], area);
        }
    }

    private static void add(
            Map<String, Map<String, Map<Integer, int[]>>> areas, String area, String q, int cohort, int[] o) {
        int[] sum = areas.computeIfAbsent(area, a -> new TreeMap<>())
                .computeIfAbsent(q, x -> new LinkedHashMap<>())
                .computeIfAbsent(cohort, c -> new int[5]);
        for (int i = 0; i < sum.length; i++) {
            sum[i] += o[i];
        }
    }

    private static void row(
            StringBuilder out, DemoProvider p, String q, int year, String language, Measure m, int value, String area) {
        out.append(p == null ? "" : p.code())
                .append(';')
                .append(p == null ? "" : LongCsv.quote(p.name(), ';'))
                .append(';')
                .append(q)
                .append(';')
                .append(year)
                .append(';')
                .append(language)
                .append(';')
                .append(m.name())
                .append(';')
                .append(value)
                .append(';')
                .append(area)
                .append('\n');
    }

    /** A stable small hash (String.hashCode is specified, so the figures never change between runs). */
    static int hash(String s) {
        return Math.floorMod(s.hashCode() * 31 + 17, 1009);
    }
}
