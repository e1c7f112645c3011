package dk.partnerskab.indicator;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx as a stream of rows: a workbook is a zip, and a small upload
 * may inflate to gigabytes, so nothing is held whole. Each part of the package is read within a
 * byte limit of its own, and the sheet within the row, column and cell limits of
 * {@link MeasurementFile.Rows}; the first one crossed ends the reading with a message naming it.
 */
final class MeasurementWorkbook {

    /** Ample for 100,000 rows of six columns written inline (about 40 MB). */
    static final long MAX_SHEET_BYTES = 64L * 1024 * 1024;
    /** The texts of every cell, each once: codes, areas, sources and notes. */
    static final long MAX_SHARED_STRINGS_BYTES = 24L * 1024 * 1024;
    /** Number formats and fonts; a real workbook's are a few kilobytes. */
    static final long MAX_STYLES_BYTES = 4L * 1024 * 1024;

    /** A workbook of one sheet has a dozen parts; one with many sheets and images a few hundred. */
    static final int MAX_ENTRIES = 1_000;

    static {
        // A backstop for the parts the library reads itself (content types, relationships, the
        // workbook): nothing in a workbook of values comes near it.
        ZipSecureFile.setMaxEntrySize(MAX_SHEET_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }

    private MeasurementWorkbook() {}

    static List<MeasurementFile.Raw> read(byte[] content) throws IOException {
        // From a file the package is opened lazily, entry by entry; from a stream every entry would
        // be inflated into memory first.
        Path file = Files.createTempFile("import-", ".xlsx");
        try {
            Files.write(file, content);
            // Without a readable zip directory the library would fall back to inflating every entry
            // into memory; a file that is not a whole zip is refused before that.
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                if (zip.size() > MAX_ENTRIES) {
                    throw MeasurementFile.invalid(
                            "holds more than " + MAX_ENTRIES + " parts; it is not a workbook of values");
                }
            }
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return read(pkg);
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | IOException | RuntimeException e) {
            // A limit crossed deep inside the library's parsers arrives wrapped in its exceptions.
            for (Throwable t = e;
                    t != null;
                    t = t instanceof SAXException sax && sax.getException() != null
                            ? sax.getException()
                            : t.getCause()) {
                if (t instanceof Stop stop) {
                    throw stop.problem;
                }
                if (t instanceof dk.partnerskab.common.problem.ProblemException problem) {
                    throw problem;
                }
            }
            throw e instanceof IOException io ? io : new IOException(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<MeasurementFile.Raw> read(OPCPackage pkg)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(pkg);
        // Read whole, a styles part is appended to the defaults, shifting every style's number.
        StylesTable styles = new StylesTable();
        if (!pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType()).isEmpty()) {
            try (InputStream in = new Limited(reader.getStylesData(), MAX_STYLES_BYTES, "its formats")) {
                styles = new StylesTable(in);
            }
        }
        SharedStrings strings;
        if (pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())
                .isEmpty()) {
            strings = new ReadOnlySharedStringsTable(new java.io.ByteArrayInputStream(new byte[0]));
        } else {
            try (InputStream in = new Limited(reader.getSharedStringsData(), MAX_SHARED_STRINGS_BYTES, "its texts")) {
                strings = new ReadOnlySharedStringsTable(in);
            }
        }
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw MeasurementFile.invalid("has no sheet");
        }
        MeasurementFile.Rows rows = new MeasurementFile.Rows();
        NumberCapture formatter = new NumberCapture();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new BoundedCells(styles, strings, new SheetRows(rows, formatter), formatter));
        try (InputStream in = new Limited(sheets.next(), MAX_SHEET_BYTES, "its first sheet")) {
            xml.parse(new InputSource(in));
        }
        return rows.done();
    }

    /** Ends the reading with a message for the user, through the XML parser. */
    private static final class Stop extends RuntimeException {
        final RuntimeException problem;

        Stop(RuntimeException problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }

    /** A part's stream that ends the reading once it has given more than its limit. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private final String what;
        private long read;

        Limited(InputStream in, long limit, String what) {
            super(in);
            this.limit = limit;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new Stop(MeasurementFile.invalid("is larger than a workbook of values may be once unpacked ("
                        + what + " exceed " + limit / (1024 * 1024) + " MB); split it or save it as CSV"));
            }
        }
    }

    /**
     * The library's sheet reader, with a cap on how much text one cell may gather before the
     * reader hands it on: a single cell could otherwise hold the whole sheet.
     */
    private static final class BoundedCells extends XSSFSheetXMLHandler {
        private int cellChars;
        private int rowNumber;

        BoundedCells(StylesTable styles, SharedStrings strings, SheetContentsHandler rows, DataFormatter formatter) {
            super(styles, null, strings, rows, formatter, false);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName)) {
                cellChars = 0;
            } else if ("row".equals(localName)) {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : parse(r);
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            cellChars += length;
            if (cellChars > MeasurementFile.MAX_CELL + 1_000) {
                throw new Stop(MeasurementFile.invalid(
                        "a cell in row " + rowNumber + " holds more than " + MeasurementFile.MAX_CELL + " characters"));
            }
            super.characters(ch, start, length);
        }

        private static int parse(String r) {
            try {
                return Integer.parseInt(r);
            } catch (NumberFormatException e) {
                throw new Stop(
                        MeasurementFile.invalid("has a row numbered " + r.substring(0, Math.min(r.length(), 20))));
            }
        }
    }

    /**
     * Formats numbers as Danish Excel shows them, and keeps the number itself and whether its
     * format is a date's: the sheet reader hands on only the formatted text.
     */
    private static final class NumberCapture extends DataFormatter {
        Double number;
        boolean date;

        NumberCapture() {
            super(Locale.forLanguageTag("da-DK"));
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            number = value;
            date = DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value);
            return super.formatRawCellContents(value, formatIndex, formatString);
        }

        void clear() {
            number = null;
            date = false;
        }
    }

    /** One cell as read: its text, and its number and whether that is a date, when it holds one. */
    private record Cell(String text, Double number, boolean date) {}

    /** Gathers each row's cells and hands complete rows to {@link MeasurementFile.Rows}. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final MeasurementFile.Rows rows;
        private final NumberCapture formatter;
        private final List<Cell> cells = new ArrayList<>();
        private int rowNumber;

        SheetRows(MeasurementFile.Rows rows, NumberCapture formatter) {
            this.rows = rows;
            this.formatter = formatter;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            formatter.clear();
            rowNumber = rowNum + 1;
            try {
                rows.withinLimits(rowNumber, 0);
            } catch (RuntimeException e) {
                throw new Stop(e);
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            String text = formattedValue == null ? "" : formattedValue.strip();
            Cell cell = new Cell(text, formatter.number, formatter.date);
            formatter.clear();
            if (text.isEmpty()) {
                return;
            }
            try {
                rows.cellWithinLimit(rowNumber, column, text.length());
            } catch (RuntimeException e) {
                throw new Stop(e);
            }
            while (cells.size() < column) {
                cells.add(new Cell("", null, false));
            }
            if (column < cells.size()) {
                cells.set(column, cell);
            } else {
                cells.add(cell);
            }
        }

        @Override
        public void endRow(int rowNum) {
            List<String> texts = cells.stream().map(Cell::text).toList();
            try {
                if (rows.header(texts)) {
                    return;
                }
            } catch (RuntimeException e) {
                throw new Stop(e);
            }
            Cell periodCell = at(rows.column("period"));
            LocalDate periodDate = periodCell != null && periodCell.date()
                    ? DateUtil.getLocalDateTime(periodCell.number()).toLocalDate()
                    : null;
            String period = periodCell == null
                    ? null
                    : periodCell.number() != null && periodDate == null
                            ? BigDecimal.valueOf(periodCell.number())
                                    .stripTrailingZeros()
                                    .toPlainString()
                            : periodCell.text();
            Cell valueCell = at(rows.column("value"));
            BigDecimal number =
                    valueCell != null && valueCell.number() != null ? BigDecimal.valueOf(valueCell.number()) : null;
            String value = valueCell == null ? null : valueCell.text();
            rows.add(new MeasurementFile.Raw(
                    rowNum + 1,
                    rows.cell(texts, "code"),
                    rows.cell(texts, "area"),
                    MeasurementFile.blank(period),
                    periodDate,
                    MeasurementFile.blank(value),
                    number != null ? number : MeasurementFile.number(value),
                    rows.cell(texts, "source"),
                    rows.cell(texts, "note")));
        }

        private Cell at(Integer column) {
            return column == null || column >= cells.size() ? null : cells.get(column);
        }
    }
}
