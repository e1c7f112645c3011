package dk.partnerskab.indicator;

import dk.partnerskab.partnership.PartnershipAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Values out as CSV (semicolons and decimal commas, as Danish Excel reads them) or .xlsx, in the
 * same columns the import reads, so an export can be corrected and imported again.
 */
@ApplicationScoped
public class MeasurementExport {

    static final List<String> HEADER = List.of("indikator", "område", "periode", "værdi", "kilde", "note");

    /** The file formats. */
    public enum Format {
        CSV,
        XLSX
    }

    private final MeasurementRepository measurements;
    private final IndicatorService indicators;
    private final PartnershipAccess access;

    public MeasurementExport(
            MeasurementRepository measurements, IndicatorService indicators, PartnershipAccess access) {
        this.measurements = measurements;
        this.indicators = indicators;
        this.access = access;
    }

    /** @param indicatorId one indicator, or null for all of the partnership's */
    @Transactional
    public byte[] export(UUID partnershipId, UUID indicatorId, Format format) {
        access.membership(partnershipId);
        if (indicatorId != null) {
            indicators.require(partnershipId, indicatorId);
        }
        List<MeasurementRepository.ExportRow> rows = measurements.forExport(partnershipId, indicatorId);
        return format == Format.CSV ? csv(rows) : xlsx(rows);
    }

    private static byte[] csv(List<MeasurementRepository.ExportRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DecimalFormat danish =
                new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("da-DK")));
        try {
            // The byte-order mark makes Excel read the file as UTF-8 (æ, ø, å).
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            try (CSVPrinter printer = new CSVPrinter(
                    new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT
                            .builder()
                            .setDelimiter(';')
                            .setRecordSeparator("\r\n")
                            .get())) {
                printer.printRecord(HEADER);
                for (MeasurementRepository.ExportRow r : rows) {
                    printer.printRecord(
                            safe(r.code()),
                            safe(r.area()),
                            r.period(),
                            danish.format(r.value()),
                            safe(r.source()),
                            safe(r.note()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Text that Excel would take for a formula (=, +, -, @) gets a leading apostrophe. */
    static String safe(Object value) {
        String text = value == null ? null : value.toString();
        return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static byte[] xlsx(List<MeasurementRepository.ExportRow> rows) {
        // Streaming keeps a partnership's hundreds of thousands of values out of the heap.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = workbook.createSheet("Værdier");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            int n = 1;
            for (MeasurementRepository.ExportRow r : rows) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue(r.code());
                row.createCell(1).setCellValue(r.area());
                row.createCell(2).setCellValue(r.period());
                row.createCell(3).setCellValue(r.value().doubleValue());
                if (r.source() != null) {
                    row.createCell(4).setCellValue(r.source());
                }
                if (r.note() != null) {
                    row.createCell(5).setCellValue(r.note());
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
