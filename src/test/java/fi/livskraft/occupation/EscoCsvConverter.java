package fi.livskraft.occupation;

import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.JsonArrayFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converts the ESCO occupations JSON (shared/data) into the shipped
 * {@code referencedata/esco-occupations.csv}, with the importer's own reader. Run {@link #main}
 * from the project directory to regenerate the file; {@link ShippedEscoOccupationsTest} checks
 * that the shipped file is what this produces.
 */
final class EscoCsvConverter {

    static final Path SHARED_FILE =
            Path.of("..", "shared", "data", "occupations", "esco", "esco_v1_1_1_occupations_isco_fi_sv_en.json");
    static final Path SHIPPED_FILE = Path.of("src", "main", "resources", "referencedata", EscoReferenceData.FILE);

    private EscoCsvConverter() {}

    /** The CSV text: header and one line per ESCO occupation, in the order of the JSON file. */
    static String convert(Path json, Set<String> unitGroups) throws IOException {
        EscoReader reader = new EscoReader(json.getFileName().toString(), unitGroups);
        List<String> lines = new ArrayList<>();
        lines.add(String.join(";", EscoReferenceData.COLUMNS));
        try (InputStream in = Files.newInputStream(json)) {
            JsonArrayFile.readOrFail(
                    json.toString(),
                    in,
                    JsonMapper.builder().build(),
                    (row, item) -> reader.read(row, item).ifPresent(e -> lines.add(line(e.occupation()))));
        }
        if (!reader.problems().isEmpty()) {
            throw new ImportFailedException(reader.problems());
        }
        return String.join("\n", lines) + "\n";
    }

    private static String line(EscoOccupation o) {
        List<String> values = List.of(
                o.uri(),
                o.code(),
                o.iscoCode(),
                o.names().fi(),
                o.names().sv(),
                o.names().en());
        if (values.stream().anyMatch(v -> v.contains(";") || v.contains("\n"))) {
            throw new IllegalStateException("a value contains the separator: " + values);
        }
        return String.join(";", values);
    }

    /** The ISCO-08 unit groups of the shipped isco.csv. */
    static Set<String> shippedUnitGroups() throws IOException {
        Set<String> codes = new java.util.HashSet<>();
        for (String line : Files.readAllLines(
                Path.of("src", "main", "resources", "referencedata", "isco.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.split(";", -1);
            if ("4".equals(f[1])) {
                codes.add(f[0]);
            }
        }
        return codes;
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(SHIPPED_FILE, convert(SHARED_FILE, shippedUnitGroups()), StandardCharsets.UTF_8);
    }
}
