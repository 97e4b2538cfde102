package fi.livskraft.economypages;

import java.util.List;

/**
 * A document to export, independent of the file format: a title, lines of text (sources, method,
 * demo label) and tables whose cells are text or numbers (numbers stay numbers in a workbook).
 */
record ExportTable(String title, List<String> notes, List<Sheet> sheets) {

    /** One table: a name (the workbook sheet), a header row and rows of cells. */
    record Sheet(String name, List<String> header, List<List<Object>> rows) {}
}
