package dk.partnerskab.indicator;

import dk.partnerskab.partnership.PartnershipAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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

    private final EntityManager em;
    private final IndicatorService indicators;
    private final PartnershipAccess access;

    public MeasurementExport(EntityManager em, IndicatorService indicators, PartnershipAccess access) {
        this.em = em;
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
        var query = em.createNativeQuery(
                        "select i.code, a.name, m.period, m.value, m.source, m.note from measurement m "
                                + "join indicator i on i.id = m.indicator_id join indicator_area a on a.id = m.area_id "
                                + "where i.partnership_id = :p and i.deleted_at is null"
                                + (indicatorId == null ? "" : " and i.id = :i")
                                + " order by lower(i.code), a.position, m.period_start")
                .setParameter("p", partnershipId);
        if (indicatorId != null) {
            query.setParameter("i", indicatorId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return format == Format.CSV ? csv(rows) : xlsx(rows);
    }

    private static byte[] csv(List<Object[]> rows) {
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
                for (Object[] r : rows) {
                    printer.printRecord(
                            safe(r[0]), safe(r[1]), r[2], danish.format((BigDecimal) r[3]), safe(r[4]), safe(r[5]));
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

    private static byte[] xlsx(List<Object[]> rows) {
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
            for (Object[] r : rows) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue((String) r[0]);
                row.createCell(1).setCellValue((String) r[1]);
                row.createCell(2).setCellValue((String) r[2]);
                row.createCell(3).setCellValue(((BigDecimal) r[3]).doubleValue());
                if (r[4] != null) {
                    row.createCell(4).setCellValue((String) r[4]);
                }
                if (r[5] != null) {
                    row.createCell(5).setCellValue((String) r[5]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
