package fi.livskraft.area;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real public reference files beside the project (../shared/data); tests skip when absent. */
final class SharedData {

    static final Path ROOT = Path.of("..", "shared", "data");
    static final Path STATFIN = ROOT.resolve("classifications/statfin_classification_api");
    static final Path REGIONS = ROOT.resolve("regions");

    private SharedData() {}

    static void assumePresent() {
        assumeTrue(
                Files.isDirectory(ROOT),
                "../shared/data is absent: the comparison with the official reference files is skipped");
    }

    /** Lines of a simple CSV (no commas inside values), header included, quotes removed. */
    static List<String[]> csv(Path file) {
        try {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    rows.add(line.replace("\"", "").split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
