package fi.livskraft.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShippedEscoOccupationsTest {

    @Test
    void shippedFileIsExactlyTheConversionOfTheSharedEscoFile() throws Exception {
        assumeTrue(
                Files.isRegularFile(EscoCsvConverter.SHARED_FILE),
                "../shared/data/occupations/esco is absent: the comparison with the official ESCO file is skipped");
        String expected = EscoCsvConverter.convert(EscoCsvConverter.SHARED_FILE, EscoCsvConverter.shippedUnitGroups());
        String shipped = Files.readString(EscoCsvConverter.SHIPPED_FILE, StandardCharsets.UTF_8);
        assertThat(shipped)
                .as("run EscoCsvConverter.main to regenerate the shipped file")
                .isEqualTo(expected);
    }

    @Test
    void shippedFileHasEveryEscoOccupationUnderAKnownUnitGroup() throws Exception {
        List<EscoEntry> entries = EscoReferenceData.read(EscoCsvConverter.shippedUnitGroups());
        assertThat(entries).hasSize(3007);
        assertThat(entries)
                .extracting(e -> e.occupation().uri())
                .doesNotHaveDuplicates()
                .allMatch(uri -> uri.startsWith("http://data.europa.eu/esco/occupation/"));
        assertThat(entries)
                .allMatch(e -> e.occupation().code().startsWith(e.occupation().iscoCode() + "."));
    }
}
