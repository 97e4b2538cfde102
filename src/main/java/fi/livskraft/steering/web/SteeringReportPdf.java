package fi.livskraft.steering.web;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fi.livskraft.partnership.ProviderDetail;
import fi.livskraft.steering.DecisionView;
import fi.livskraft.steering.GoalView;
import fi.livskraft.steering.StrategyView;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The annual steering report of a provider as PDF (OpenPDF), in the reader's language. */
final class SteeringReportPdf {

    private final MessageSource messages;
    private final Locale locale;

    SteeringReportPdf(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    byte[] write(
            ProviderDetail provider,
            int year,
            List<StrategyView> strategies,
            List<GoalView> goals,
            List<DecisionView> decisions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(pdf, out);
        String title = msg("steering.report.title", provider.names().in(locale), String.valueOf(year));
        pdf.addTitle(title);
        pdf.addCreator("Livskraft");
        pdf.open();
        Font h1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
        Font h2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        Font text = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        pdf.add(new Paragraph(title, h1));
        if (provider.summary().demo()) {
            pdf.add(new Paragraph(msg("steering.demo-note"), text));
        }
        pdf.add(new Paragraph(msg("steering.report.generated", java.time.LocalDate.now()), text));

        pdf.add(new Paragraph(msg("steering.strategy.title"), h2));
        if (strategies.isEmpty()) {
            pdf.add(new Paragraph(msg("steering.strategy.none"), text));
        }
        for (StrategyView s : strategies) {
            pdf.add(new Paragraph(
                    s.current().title() + " (" + s.firstYear() + "–" + s.lastYear() + ", "
                            + msg("steering.strategy.revision", s.current().revision()) + ")",
                    head));
            pdf.add(new Paragraph(s.current().body(), text));
        }

        pdf.add(new Paragraph(msg("steering.goals.title"), h2));
        PdfPTable t = new PdfPTable(6);
        t.setWidthPercentage(100);
        for (String h : List.of(
                "steering.goal.title-label",
                "steering.goal.indicator",
                "steering.goal.unit",
                "steering.series.target",
                "steering.series.actual",
                "steering.goal.status")) {
            t.addCell(new PdfPCell(new Phrase(msg(h), head)));
        }
        for (GoalView g : goals) {
            GoalView.Row row = g.series().stream()
                    .filter(r -> r.year() == year)
                    .findFirst()
                    .orElse(null);
            t.addCell(new Phrase(g.title(), text));
            t.addCell(new Phrase(msg("steering.indicator." + g.indicator().code()), text));
            t.addCell(new Phrase(msg("steering.unit." + g.unit().name()), text));
            t.addCell(new Phrase(row == null ? "–" : number(row.target()), text));
            t.addCell(new Phrase(row == null ? "–" : number(row.actual()), text));
            t.addCell(new Phrase(
                    msg("steering.status."
                            + (row == null ? "NO_DATA" : row.status().name())),
                    text));
        }
        pdf.add(t);
        pdf.add(new Paragraph(msg("steering.status.rule"), text));

        pdf.add(new Paragraph(msg("steering.decisions.title"), h2));
        for (DecisionView d : decisions) {
            String outcome = d.open()
                    ? msg("steering.decision.open")
                    : msg(Boolean.TRUE.equals(d.passed()) ? "steering.decision.passed" : "steering.decision.failed");
            pdf.add(new Paragraph(
                    d.title() + " – " + outcome + " ("
                            + msg("steering.rule." + d.rule().name()) + ")",
                    text));
        }
        pdf.add(new Paragraph(msg("steering.report.sources"), text));
        pdf.close();
        return out.toByteArray();
    }

    private String number(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
