package fi.livskraft.insight;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Rows of the real employment-service statistics in ../shared/data/labour_market (long CSV, quoted). */
final class RealLabourData {

    static final Path DIR = Path.of("..", "shared", "data", "labour_market");
    static final Path TI = DIR.resolve("tyonv_12ti_2023M01-M10_maakunta_ammatti.csv");
    static final Path R5 = DIR.resolve("tyonv_12r5_2022M01-2023M10_alue.csv");

    private RealLabourData() {}

    static boolean present() {
        return Files.isRegularFile(TI) && Files.isRegularFile(R5);
    }

    /** 12ti: area, occupation, month, measure, value (null = missing in the file). */
    record Ti(String area, String occupation, String period, String measure, Long value) {}

    /** 12r5: area, month, measure, value. */
    record R5(String area, String period, String measure, Long value) {}

    static List<Ti> ti(Predicate<Ti> keep) {
        List<Ti> rows = new ArrayList<>();
        for (String[] f : read(TI)) {
            Ti row = new Ti(f[0], f[1], f[2], measure(f[3]), number(f, 4));
            if (keep.test(row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    static List<R5> r5(Predicate<R5> keep) {
        List<R5> rows = new ArrayList<>();
        for (String[] f : read(R5)) {
            if (f[2].equals("TYOVOIMATK")) {
                continue;
            }
            R5 row = new R5(f[0], f[1], measure(f[2]), number(f, 3));
            if (keep.test(row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The value of a field, or null where the source leaves it empty (missing). */
    static Long number(String[] f, int i) {
        return f.length > i && !f[i].isBlank() ? Long.valueOf(f[i]) : null;
    }

    static String measure(String tiedot) {
        return switch (tiedot) {
            case "TYOTTOMATLOPUSSA" -> "UNEMPLOYED_JOBSEEKERS";
            case "AVPAIKATLOPUSSA" -> "OPEN_VACANCIES";
            default -> throw new IllegalArgumentException(tiedot);
        };
    }

    private static List<String[]> read(Path file) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.replace("\"", "").split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
