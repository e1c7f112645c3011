package dk.partnerskab.indicator;

import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;

/**
 * Reads a file of values: CSV (comma or semicolon, as Danish Excel writes it) or .xlsx (the first
 * sheet). The first row names the columns, in Danish or English: indikator, område, periode,
 * værdi, kilde, note.
 */
final class MeasurementFile {

    static final int MAX_ROWS = 100_000;
    /** More than the six columns read, for files with columns of their own; beyond it a file is not a list of values. */
    static final int MAX_COLUMNS = 50;
    /** A note holds 1,000 characters; a cell far beyond that is not one. */
    static final int MAX_CELL = 5_000;

    private static final Logger LOG = Logger.getLogger(MeasurementFile.class);
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One row as written; cells that cannot be read as what they should be stay text for the report. */
    record Raw(
            int row,
            String code,
            String area,
            String period,
            LocalDate periodDate,
            String value,
            BigDecimal number,
            String source,
            String note) {}

    private static final Map<String, String> COLUMNS = new HashMap<>();

    static {
        for (String name : List.of("indikator", "indicator", "kode", "code")) {
            COLUMNS.put(name, "code");
        }
        for (String name : List.of("område", "omraade", "omrade", "area")) {
            COLUMNS.put(name, "area");
        }
        for (String name : List.of("periode", "period")) {
            COLUMNS.put(name, "period");
        }
        for (String name : List.of("værdi", "vaerdi", "value", "antal")) {
            COLUMNS.put(name, "value");
        }
        for (String name : List.of("kilde", "source")) {
            COLUMNS.put(name, "source");
        }
        for (String name : List.of("note", "bemærkning", "comment")) {
            COLUMNS.put(name, "note");
        }
    }

    private MeasurementFile() {}

    /** @throws ProblemException {@code validation-failed} on {@code file} when it cannot be read or misses columns */
    static List<Raw> read(byte[] content, String contentType, String filename) {
        boolean xlsx = XLSX.equalsIgnoreCase(contentType == null ? "" : contentType.split(";")[0].strip())
                || (filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".xlsx"))
                || (content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4);
        try {
            return xlsx ? MeasurementWorkbook.read(content) : csv(content);
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // The library's own words name its internals, not what the user can do about it.
            LOG.debugf(e, "An uploaded %s could not be read", xlsx ? "workbook" : "CSV file");
            throw invalid(
                    xlsx
                            ? "cannot be read as an Excel workbook (.xlsx); open it in Excel and save it again as .xlsx or as CSV"
                            : "cannot be read as CSV; save it again as CSV (semicolon or comma separated)");
        }
    }

    private static List<Raw> csv(byte[] content) throws IOException {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count()
                        > firstLine.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(true)
                // Blank lines count towards the row limit, and row numbers stay the file's line numbers.
                .setIgnoreEmptyLines(false)
                .get();
        Rows rows = new Rows();
        try (Reader reader = new java.io.StringReader(text);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                int rowNumber = (int) record.getRecordNumber();
                rows.withinLimits(rowNumber, record.size());
                List<String> cells = record.toList();
                for (int c = 0; c < cells.size(); c++) {
                    rows.cellWithinLimit(rowNumber, c, cells.get(c).length());
                }
                if (!rows.header(cells)) {
                    String value = rows.cell(cells, "value");
                    rows.add(new Raw(
                            rowNumber,
                            rows.cell(cells, "code"),
                            rows.cell(cells, "area"),
                            rows.cell(cells, "period"),
                            null,
                            value,
                            number(value),
                            rows.cell(cells, "source"),
                            rows.cell(cells, "note")));
                }
            }
        }
        return rows.done();
    }

    /**
     * The rows of a file as they are read, within the limits that keep a hostile file from taking
     * the service down: rows are counted as numbered in the file, blank ones too, so padding does
     * not make a file longer than it may be.
     */
    static final class Rows {
        private final List<Raw> rows = new ArrayList<>();
        private Map<String, Integer> columns;

        void withinLimits(int rowNumber, int cells) {
            if (rowNumber > MAX_ROWS + 1) {
                throw invalid("has more than " + MAX_ROWS + " rows below its header; split it");
            }
            if (cells > MAX_COLUMNS) {
                throw invalid("row " + rowNumber + " has more than " + MAX_COLUMNS + " columns");
            }
        }

        /** @param column zero-based */
        void cellWithinLimit(int rowNumber, int column, int length) {
            if (column >= MAX_COLUMNS) {
                throw invalid("row " + rowNumber + " has more than " + MAX_COLUMNS + " columns");
            }
            if (length > MAX_CELL) {
                throw invalid("a cell in row " + rowNumber + " holds more than " + MAX_CELL + " characters");
            }
        }

        /** Takes the first non-blank row as the header; whether {@code cells} were it, or blank. */
        boolean header(List<String> cells) {
            if (cells.stream().allMatch(String::isBlank)) {
                return true;
            }
            if (columns == null) {
                columns = MeasurementFile.header(cells);
                return true;
            }
            return false;
        }

        Integer column(String key) {
            return columns.get(key);
        }

        String cell(List<String> cells, String key) {
            return MeasurementFile.cell(cells, columns, key);
        }

        void add(Raw raw) {
            rows.add(raw);
        }

        List<Raw> done() {
            if (columns == null) {
                throw invalid("is empty");
            }
            return rows;
        }
    }

    /** UTF-8, or Windows-1252 when it is not: Danish Excel saves "CSV (semikolonsepareret)" that way. */
    static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(content, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    static Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String key = COLUMNS.get(cells.get(i).strip().toLowerCase(Locale.ROOT));
            if (key != null) {
                columns.putIfAbsent(key, i);
            }
        }
        List<String> missing = List.of("code", "area", "period", "value").stream()
                .filter(k -> !columns.containsKey(k))
                .toList();
        if (!missing.isEmpty()) {
            throw invalid(
                    "needs the columns indikator, område, periode and værdi in its first row (kilde and note are optional); "
                            + "found: " + String.join(", ", cells));
        }
        return columns;
    }

    /**
     * A number as people write it: "12", "12,5" and "12.5"; with both marks the Danish way
     * ("1.234,5"). A lone point is a decimal point.
     */
    static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace(" ", "").replace("\u00a0", "");
        if (t.contains(",") && t.contains(".")) {
            t = t.replace(".", "").replace(",", ".");
        } else {
            t = t.replace(",", ".");
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String cell(List<String> cells, Map<String, Integer> columns, String key) {
        Integer i = columns.get(key);
        return i == null || i >= cells.size() ? null : blank(cells.get(i));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static ProblemException invalid(String message) {
        return ProblemException.invalid(List.of(new Violation("file", "body", message)));
    }
}
