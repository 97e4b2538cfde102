package fi.livskraft.insight;

import fi.livskraft.common.CsvCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes an {@link ExportDoc} as CSV (RFC 4180, UTF-8 with BOM) or as an XLSX workbook. */
final class ExportFiles {

    /** How a hidden or missing cell is written. */
    static final String NONE = "";

    private ExportFiles() {}

    /**
     * The title and every note on its own line first, then each table: its name, the header, the
     * rows, a blank line. Numbers are written plainly with a dot (machine-readable).
     */
    static byte[] csv(ExportDoc doc) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, List.of(doc.title()));
        for (String note : doc.notes()) {
            line(out, List.of(note));
        }
        for (ExportDoc.Table t : doc.tables()) {
            out.append("\r\n");
            line(out, List.of(t.name()));
            line(out, List.copyOf(t.header()));
            for (List<Object> row : t.rows()) {
                line(out, row);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(text(cells.get(i))));
        }
        out.append("\r\n");
    }

    static String text(Object v) {
        if (v == null) {
            return NONE;
        }
        return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }

    static String quote(String s) {
        return CsvCells.cell(s, ',');
    }

    /** A first sheet with the title and notes, then one sheet per table; numbers are numeric cells. */
    static byte[] xlsx(ExportDoc doc) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            var font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet info = book.createSheet("Info");
            Cell title = info.createRow(0).createCell(0);
            title.setCellValue(doc.title());
            title.setCellStyle(bold);
            int r = 2;
            for (String note : doc.notes()) {
                info.createRow(r++).createCell(0).setCellValue(note);
            }
            Set<String> names = new HashSet<>(Set.of("Info"));
            for (ExportDoc.Table t : doc.tables()) {
                String name = WorkbookUtil.createSafeSheetName(t.name());
                for (int i = 2; !names.add(name); i++) {
                    name = WorkbookUtil.createSafeSheetName(
                            t.name().substring(0, Math.min(25, t.name().length())) + " " + i);
                }
                Sheet sheet = book.createSheet(name);
                Row header = sheet.createRow(0);
                for (int c = 0; c < t.header().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(t.header().get(c));
                    cell.setCellStyle(bold);
                }
                int n = 1;
                for (List<Object> values : t.rows()) {
                    Row row = sheet.createRow(n++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v instanceof Number num) {
                            row.createCell(c).setCellValue(num.doubleValue());
                        } else if (v != null) {
                            row.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
