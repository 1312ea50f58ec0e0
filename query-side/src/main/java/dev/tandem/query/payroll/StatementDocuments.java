package dev.tandem.query.payroll;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.tandem.api.business.BusinessView;
import dev.tandem.api.payroll.StatementLine;
import dev.tandem.api.payroll.StatementView;
import dev.tandem.query.export.CsvTable;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;

/**
 * Statements as files: the payroll export (CSV, every provider of a period, one row per line, amounts in units
 * beside their currency) and one provider's statement as a PDF it can keep.
 */
final class StatementDocuments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private StatementDocuments() {}

    static CsvTable payrollExport(List<StatementView> statements, BusinessView business) {
        ZoneId zone = Payroll.zoneOf(business);
        var csv = new CsvTable(
                "Provider",
                "Provider id",
                "Period start",
                "Period end",
                "Booking",
                "Line",
                "Job date",
                "Completed",
                "Service",
                "Pay rate",
                "Gross",
                "Earnings",
                "Tip",
                "Carried over",
                "Currency");
        for (StatementView statement : statements) {
            for (StatementLine line : statement.lines()) {
                csv.row(
                        statement.name(),
                        statement.providerId(),
                        statement.periodStart().toString(),
                        statement.periodEnd().toString(),
                        line.bookingId(),
                        line.kind(),
                        line.jobDate().toString(),
                        line.completedAt() == null
                                ? ""
                                : TIME.format(line.completedAt().atZone(zone)),
                        line.service(),
                        payRate(line, statement.currency()),
                        units(line.grossCents(), statement.currency()),
                        units(line.providerEarningsCents(), statement.currency()),
                        units(line.tipCents(), statement.currency()),
                        line.carriedOver() ? "yes" : "no",
                        statement.currency());
            }
        }
        return csv;
    }

    /** A provider's statement as a one-table PDF: who, which period, each line, the totals. */
    static byte[] pdf(StatementView statement, BusinessView business) {
        String businessName = business.name();
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 36, 36, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Statement " + statement.name() + " " + statement.periodStart());
            document.addCreator("Tandem");
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
            document.add(new Paragraph("Pay statement — " + statement.name(), title));
            document.add(new Paragraph(
                    businessName + " · " + statement.periodStart() + " to " + statement.periodEnd() + " · "
                            + (statement.status().equals("CLOSED") ? "closed" : "open, may still change"),
                    small));
            document.add(new Paragraph(" "));
            var table = new PdfPTable(new float[] {2.2f, 1.2f, 2.2f, 1.4f, 1.4f, 1.4f, 1.2f});
            table.setWidthPercentage(100);
            for (String heading : List.of("Job date", "Line", "Service", "Gross", "Earnings", "Tip", "Carried")) {
                table.addCell(cell(heading, bold));
            }
            for (StatementLine line : statement.lines()) {
                table.addCell(cell(line.jobDate().toString(), small));
                table.addCell(cell(line.kind().toLowerCase(java.util.Locale.ROOT), small));
                table.addCell(cell(line.service() == null ? "" : line.service(), small));
                table.addCell(amount(line.grossCents(), statement.currency(), small));
                table.addCell(amount(line.providerEarningsCents(), statement.currency(), small));
                table.addCell(amount(line.tipCents(), statement.currency(), small));
                table.addCell(cell(line.carriedOver() ? "yes" : "", small));
            }
            document.add(table);
            document.add(new Paragraph(" "));
            StatementView.Totals totals = statement.totals();
            document.add(new Paragraph(
                    totals.jobs() + " jobs · earnings " + units(totals.providerEarningsCents(), statement.currency())
                            + " · tips " + units(totals.tipCents(), statement.currency()) + " · to be paid "
                            + units(totals.totalCents(), statement.currency()) + " " + statement.currency(),
                    bold));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The statement could not be written as a PDF", e);
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell amount(long cents, String currency, Font font) {
        PdfPCell cell = cell(units(cents, currency), font);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static String payRate(StatementLine line, String currency) {
        if (line.payRateType() == null) {
            return "";
        }
        return switch (line.payRateType()) {
            case "PERCENTAGE" ->
                BigDecimal.valueOf(line.payRateAmount(), 2).stripTrailingZeros().toPlainString() + "%";
            case "HOURLY" -> units(line.payRateAmount(), currency) + " an hour";
            default -> units(line.payRateAmount(), currency) + " a job";
        };
    }

    /** Minor units as major units, as many decimals as the currency has: 12345 EUR is 123.45. */
    static String units(long minorUnits, String currency) {
        return BigDecimal.valueOf(minorUnits, Currency.getInstance(currency).getDefaultFractionDigits())
                .toPlainString();
    }
}
