package fi.livskraft.insight;

import java.util.List;

/**
 * A page's figures to export, independent of the format: a title, notes (sources, vintages,
 * demonstration label, method) and tables of text or number cells (null = hidden or missing).
 */
record ExportDoc(String title, List<String> notes, List<Table> tables) {

    record Table(String name, List<String> header, List<List<Object>> rows) {}
}
