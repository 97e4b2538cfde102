package fi.livskraft.economypages;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes an {@link ExportTable} as an XLSX workbook (Apache POI) or a PDF (OpenPDF). */
final class ExportWriters {

    private ExportWriters() {}

    /**
     * A workbook: the first sheet holds the title and the notes (source, date, method, demo label),
     * then one sheet per table; numbers are numeric cells.
     */
    static byte[] xlsx(ExportTable doc) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            Sheet info = book.createSheet(
                    WorkbookUtil.createSafeSheetName(doc.sheets().isEmpty() ? "Info" : "Info"));
            Row first = info.createRow(0);
            Cell title = first.createCell(0);
            title.setCellValue(doc.title());
            title.setCellStyle(bold);
            int r = 2;
            for (String note : doc.notes()) {
                info.createRow(r++).createCell(0).setCellValue(note);
            }
            for (ExportTable.Sheet table : doc.sheets()) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.header().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.header().get(c));
                    cell.setCellStyle(bold);
                }
                int n = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(n++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        Cell cell = row.createCell(c);
                        if (v instanceof BigDecimal d) {
                            cell.setCellValue(d.doubleValue());
                            if (d.scale() == 2) {
                                cell.setCellStyle(money);
                            }
                        } else if (v instanceof Number num) {
                            cell.setCellValue(num.doubleValue());
                        } else if (v != null) {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
                for (int c = 0; c < table.header().size(); c++) {
                    sheet.autoSizeColumn(c);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A landscape A4 PDF with the title, the notes and every table; numbers written for the language. */
    static byte[] pdf(ExportTable doc, Locale locale, EconomyFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(pdf, out);
        pdf.addTitle(doc.title());
        pdf.addCreator("Livskraft");
        pdf.open();
        Font titleFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        Font text = FontFactory.getFont(FontFactory.HELVETICA, 8);
        Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
        pdf.add(new Paragraph(doc.title(), titleFont));
        for (String note : doc.notes()) {
            pdf.add(new Paragraph(note, text));
        }
        for (ExportTable.Sheet table : doc.sheets()) {
            Paragraph name = new Paragraph(table.name(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11));
            name.setSpacingBefore(10);
            name.setSpacingAfter(4);
            pdf.add(name);
            PdfPTable t = new PdfPTable(table.header().size());
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            for (String h : table.header()) {
                t.addCell(new PdfPCell(new Phrase(h, head)));
            }
            for (List<Object> values : table.rows()) {
                for (Object v : values) {
                    PdfPCell cell = new PdfPCell(new Phrase(text(v, locale, format), text));
                    if (v instanceof Number) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    t.addCell(cell);
                }
            }
            pdf.add(t);
        }
        pdf.close();
        return out.toByteArray();
    }

    private static String text(Object v, Locale locale, EconomyFormat format) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.scale() == 2 ? fi.livskraft.common.Formats.decimal(d, 2, locale) : format.decimal(d, locale);
        }
        if (v instanceof Long || v instanceof Integer) {
            return format.number((Number) v, locale);
        }
        return v.toString();
    }
}
