package fi.livskraft.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The shipped reference facts are exactly the conversion of Statistics Finland's files. */
class ReferenceFactsConverterTest {

    @Test
    void theShippedFilesEqualAFreshConversion() throws Exception {
        Assumptions.assumeTrue(
                Files.isDirectory(ReferenceFactsConverter.SHARED),
                "../shared/data is absent: cannot re-convert 12ti/12r5");
        for (ReferenceFactsConverter.Table table : ReferenceFactsConverter.TABLES) {
            ByteArrayOutputStream fresh = new ByteArrayOutputStream();
            ReferenceFactsConverter.convert(table, ReferenceFactsConverter.SHARED.resolve(table.sourceFile()), fresh);
            byte[] shipped = Files.readAllBytes(Path.of("src", "main", "resources", "evidence", table.file()));
            assertThat(shipped).as(table.file()).isEqualTo(fresh.toByteArray());
        }
    }
}
