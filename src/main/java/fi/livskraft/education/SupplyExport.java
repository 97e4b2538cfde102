package fi.livskraft.education;

import fi.livskraft.evidence.Source;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supply table of {@code /education/supply} as CSV (UTF-8 with BOM, separator {@code ;}) and
 * XLSX: the same filters, the same suppression, and each row naming its source and whether it is
 * demonstration data.
 */
@Controller
class SupplyExport {

    private static final String[] HEADERS = {
        "education.col.source",
        "education.col.vintage",
        "education.col.demo",
        "education.col.provider-code",
        "education.col.provider",
        "education.col.qualification-code",
        "education.col.qualification",
        "education.col.year",
        "education.col.language",
        "education.col.start-places",
        "education.col.new-students",
        "education.col.students",
        "education.col.graduates"
    };

    private final SupplyView view;
    private final SupplyPage page;
    private final MessageSource messages;

    SupplyExport(SupplyView view, SupplyPage page, MessageSource messages) {
        this.view = view;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping("/education/supply.csv")
    void csv(
            @RequestParam(name = "provider", required = false) String provider,
            @RequestParam(name = "qualification", required = false) String qualification,
            @RequestParam(name = "year", required = false) String year,
            @RequestParam(name = "language", required = false) String language,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        List<List<String>> rows = rows(SupplyPage.filter(provider, qualification, year, language), locale);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"education-supply.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        for (List<String> row : rows) {
            out.write(String.join(
                    ";", row.stream().map(v -> LongCsv.quote(v, ';')).toList()));
            out.write("\r\n");
        }
        out.flush();
    }

    @GetMapping("/education/supply.xlsx")
    void xlsx(
            @RequestParam(name = "provider", required = false) String provider,
            @RequestParam(name = "qualification", required = false) String qualification,
            @RequestParam(name = "year", required = false) String year,
            @RequestParam(name = "language", required = false) String language,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        List<List<String>> rows = rows(SupplyPage.filter(provider, qualification, year, language), locale);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"education-supply.xlsx\"");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet(messages.getMessage("education.supply.sheet", null, locale));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    String v = values.get(c);
                    // counts as numbers where they are shown as numbers; "<5" and empty stay text
                    if (r > 0 && c >= 9 && v.matches("\\d+")) {
                        row.createCell(c).setCellValue(Long.parseLong(v));
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            OutputStream out = response.getOutputStream();
            book.write(out);
            out.flush();
        }
    }

    /** Header and data rows, suppressed for the public. */
    List<List<String>> rows(FactFilter filter, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (String key : HEADERS) {
            header.add(messages.getMessage(key, null, locale));
        }
        rows.add(header);
        String yes = messages.getMessage("education.demo.yes", null, locale);
        String no = messages.getMessage("education.demo.no", null, locale);
        for (SupplyView.Table<SupplyView.SupplyRow> table : view.supply(filter, page.suppression(), locale)) {
            Source s = table.source();
            for (SupplyView.SupplyRow r : table.rows()) {
                rows.add(List.of(
                        s.publisher() + " / " + s.dataset(),
                        s.vintage(),
                        s.demo() ? yes : no,
                        r.providerCode(),
                        r.providerName(),
                        r.qualificationCode(),
                        r.qualificationName(),
                        String.valueOf(r.year()),
                        r.language(),
                        r.startPlaces(),
                        r.newStudents(),
                        r.students(),
                        r.graduates()));
            }
        }
        return rows;
    }
}
