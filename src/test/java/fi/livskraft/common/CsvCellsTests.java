package fi.livskraft.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding 6 of the security test: CSV cells that a spreadsheet would run as a formula. */
class CsvCellsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {"=1+1", "+41 123", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"x\")"})
    void neutralisesEveryCellThatCouldStartAFormula(String cell) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo("'" + cell);
        assertThat(CsvCells.cell(cell, ';')).startsWith("\"'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12", "-0.25", "+3", "42", "", "Vasa", "a=b", "5-3"})
    void leavesNumbersAndOrdinaryTextAlone(String cell) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo(cell);
    }

    @Test
    void quotesSeparatorsQuotesAndLineBreaks() {
        assertThat(CsvCells.cell("A; B", ';')).isEqualTo("\"A; B\"");
        assertThat(CsvCells.cell("A, B", ';')).isEqualTo("A, B");
        assertThat(CsvCells.cell("A, B", ',')).isEqualTo("\"A, B\"");
        assertThat(CsvCells.cell("say \"hi\"", ',')).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.cell("two\nlines", ',')).isEqualTo("\"two\nlines\"");
        assertThat(CsvCells.cell(null, ',')).isEmpty();
    }
}
