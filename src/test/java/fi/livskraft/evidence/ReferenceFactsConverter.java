package fi.livskraft.evidence;

import fi.livskraft.common.CsvLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the reference facts the product ships (src/main/resources/evidence/*.csv.gz) in the
 * documented long CSV from Statistics Finland's employment-service tables 12ti and 12r5 in
 * ../shared/data/labour_market (CC BY 4.0). Run from the project directory:
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=fi.livskraft.evidence.ReferenceFactsConverter</pre>
 *
 * {@code ReferenceFactsConverterTest} checks that the shipped files equal a fresh conversion.
 */
public final class ReferenceFactsConverter {

    static final Path SHARED = Path.of("..", "shared", "data", "labour_market");
    static final Path TARGET = Path.of("src", "main", "resources", "evidence");
    static final String PUBLISHER = "Tilastokeskus, työnvälitystilasto";
    static final String VINTAGE = "2023-11-22";

    /** One shipped file: its name, the shared source file, the StatFin table id and title. */
    record Table(String file, String sourceFile, String dataset, String title, boolean withOccupation) {}

    static final List<Table> TABLES = List.of(
            new Table(
                    "statfin-12ti-2023.csv.gz",
                    "tyonv_12ti_2023M01-M10_maakunta_ammatti.csv",
                    "statfin_tyonv_pxt_12ti",
                    "Työttömät työnhakijat ja avoimet työpaikat ammattiryhmittäin kuukauden lopussa, 2023M01-2023M10",
                    true),
            new Table(
                    "statfin-12r5-2022-2023.csv.gz",
                    "tyonv_12r5_2022M01-2023M10_alue.csv",
                    "statfin_tyonv_pxt_12r5",
                    "Työttömät työnhakijat, työvoima ja avoimet työpaikat alueittain kuukauden lopussa, 2022M01-2023M10",
                    false));

    private static final Map<String, String> MEASURES = LabourMeasures.STATFIN_CODES;

    private ReferenceFactsConverter() {}

    public static void main(String[] args) throws IOException {
        for (Table table : TABLES) {
            Path out = TARGET.resolve(table.file());
            try (OutputStream file = Files.newOutputStream(out)) {
                convert(table, SHARED.resolve(table.sourceFile()), file);
            }
            System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
        }
    }

    /** Converts one shared CSV into the long CSV, gzipped (deterministic: no time in the header). */
    static void convert(Table table, Path source, OutputStream target) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8);
                Writer out = new OutputStreamWriter(new GZIPOutputStream(target, 1 << 16), StandardCharsets.UTF_8)) {
            out.write("# publisher: " + PUBLISHER + "\n");
            out.write("# dataset: " + table.dataset() + "\n");
            out.write("# vintage: " + VINTAGE + "\n");
            out.write("# licence: CC BY 4.0\n");
            out.write("# title: " + table.title() + "\n");
            out.write("# credit: Source: Statistics Finland (Tilastokeskus), employment service statistics\n");
            out.write("area,occupation,period,measure,value\n");
            String header = in.readLine();
            if (header == null) {
                throw new IOException("empty " + source);
            }
            String line;
            while ((line = in.readLine()) != null) {
                List<String> f = CsvLine.split(line);
                String area = f.get(0);
                String occupation = table.withOccupation() ? f.get(1) : "SSS";
                int m = table.withOccupation() ? 2 : 1;
                String measure = MEASURES.get(f.get(m + 1));
                if (measure == null) {
                    throw new IOException("unknown measure " + f.get(m + 1) + " in " + source);
                }
                String value = f.get(m + 2);
                out.write(area + "," + occupation + "," + f.get(m) + "," + measure + ","
                        + (value.equals("NA") ? "" : value) + "\n");
            }
        }
    }
}
