package fi.livskraft.education;

import fi.livskraft.common.CsvCells;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supply and outcome tables of {@code /education/supply} as CSV (UTF-8 with BOM, separator
 * {@code ;}) and XLSX: the same filters, the same suppression, each row naming its source and
 * whether it is demonstration data.
 */
@Controller
class SupplyExport {

    /** Columns before the counts: source, vintage, demo flag and the cell's description. */
    private static final List<String> SUPPLY_HEADERS = List.of(
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
            "education.col.graduates");

    private static final List<String> OUTCOME_HEADERS = List.of(
            "education.col.source",
            "education.col.vintage",
            "education.col.demo",
            "education.col.provider-code",
            "education.col.provider-or-area",
            "education.col.qualification-code",
            "education.col.qualification",
            "education.col.cohort",
            "education.col.language",
            "education.col.graduates",
            "education.col.employed",
            "education.col.further-studies",
            "education.col.unemployed",
            "education.col.other");

    private final SupplyView view;
    private final SupplyPage page;
    private final MessageSource messages;

    SupplyExport(SupplyView view, SupplyPage page, MessageSource messages) {
        this.view = view;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping({"/education/{table:supply|outcomes}.csv"})
    void csv(
            @PathVariable String table,
            @RequestParam(name = "provider", required = false) String provider,
            @RequestParam(name = "qualification", required = false) String qualification,
            @RequestParam(name = "year", required = false) String year,
            @RequestParam(name = "language", required = false) String language,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        List<List<String>> rows = rows(table, SupplyPage.filter(provider, qualification, year, language), locale);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"education-" + table + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        for (List<String> row : rows) {
            out.write(String.join(
                    ";", row.stream().map(v -> CsvCells.cell(v, ';')).toList()));
            out.write("\r\n");
        }
        out.flush();
    }

    @GetMapping({"/education/{table:supply|outcomes}.xlsx"})
    void xlsx(
            @PathVariable String table,
            @RequestParam(name = "provider", required = false) String provider,
            @RequestParam(name = "qualification", required = false) String qualification,
            @RequestParam(name = "year", required = false) String year,
            @RequestParam(name = "language", required = false) String language,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        List<List<String>> rows = rows(table, SupplyPage.filter(provider, qualification, year, language), locale);
        int firstCount = 9;
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"education-" + table + ".xlsx\"");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            String sheetKey = supply(table) ? "education.supply.sheet" : "education.outcomes.sheet";
            Sheet sheet = book.createSheet(messages.getMessage(sheetKey, null, locale));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    String v = values.get(c);
                    // counts as numbers where they are shown as numbers; "<5" and empty stay text
                    if (r > 0 && c >= firstCount && v.matches("\\d+")) {
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

    private static boolean supply(String table) {
        return "supply".equals(table);
    }

    /** Header and data rows, suppressed for the public. */
    List<List<String>> rows(String table, FactFilter filter, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (String key : supply(table) ? SUPPLY_HEADERS : OUTCOME_HEADERS) {
            header.add(messages.getMessage(key, null, locale));
        }
        rows.add(header);
        if (supply(table)) {
            for (SupplyView.Table<SupplyView.SupplyRow> t : view.supply(filter, page.suppression(), locale)) {
                for (SupplyView.SupplyRow r : t.rows()) {
                    List<String> row = sourceColumns(t.source(), locale);
                    row.addAll(List.of(
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
                    rows.add(row);
                }
            }
            return rows;
        }
        FactFilter outcomes = new FactFilter(filter.provider(), filter.qualification(), filter.year(), null);
        String wholeCountry = messages.getMessage("education.area.whole-country", null, locale);
        for (SupplyView.Table<SupplyView.OutcomeRow> t :
                view.outcomes(outcomes, page.suppression(), locale, wholeCountry)) {
            for (SupplyView.OutcomeRow r : t.rows()) {
                List<String> row = sourceColumns(t.source(), locale);
                row.addAll(List.of(
                        r.providerCode() == null ? r.areaCode() : r.providerCode(),
                        r.providerCode() == null ? r.areaName() : r.providerName(),
                        r.qualificationCode(),
                        r.qualificationName(),
                        String.valueOf(r.cohortYear()),
                        r.language(),
                        r.graduates(),
                        r.employed(),
                        r.furtherStudies(),
                        r.unemployed(),
                        r.other()));
                rows.add(row);
            }
        }
        return rows;
    }

    private List<String> sourceColumns(Source s, Locale locale) {
        List<String> row = new ArrayList<>();
        row.add(s.publisher() + " / " + s.dataset());
        row.add(s.vintage());
        row.add(messages.getMessage(s.demo() ? "education.demo.yes" : "education.demo.no", null, locale));
        return row;
    }
}
