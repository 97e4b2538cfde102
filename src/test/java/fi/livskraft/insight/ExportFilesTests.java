package fi.livskraft.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finding 6 of the security test: the evidence exports (areas, occupations, providers, gap,
 * language, immigration: all written by {@link ExportFiles#csv}) blocked {@code = + @} but not
 * {@code -}, tab or carriage return.
 */
class ExportFilesTests {

    @Test
    void everyPlaceACellCanStandIsNeutralised() {
        ExportDoc doc = new ExportDoc(
                "-title",
                List.of("\tnote", "@note"),
                List.of(new ExportDoc.Table(
                        "+table",
                        List.of("=header", "plain"),
                        List.of(List.<Object>of("-2+3+cmd|' /C calc'!A0", "\r=1", new BigDecimal("-12.5"), -3)))));
        String csv = new String(ExportFiles.csv(doc), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFF\"'-title\"\r\n")
                .contains("\"'\tnote\"\r\n\"'@note\"\r\n")
                .contains("\"'+table\"\r\n\"'=header\",plain\r\n")
                .contains("\"'-2+3+cmd|' /C calc'!A0\",\"'\r=1\",-12.5,-3\r\n");
    }
}
