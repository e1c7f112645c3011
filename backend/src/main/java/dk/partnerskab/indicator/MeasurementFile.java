package dk.partnerskab.indicator;

import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import java.io.ByteArrayInputStream;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a file of values: CSV (comma or semicolon, as Danish Excel writes it) or .xlsx (the first
 * sheet). The first row names the columns, in Danish or English: indikator, område, periode,
 * værdi, kilde, note.
 */
final class MeasurementFile {

    static final int MAX_ROWS = 100_000;
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
            return xlsx ? xlsx(content) : csv(content);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw invalid("cannot be read as " + (xlsx ? "an Excel workbook (.xlsx)" : "CSV") + ": " + e.getMessage());
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
                .get();
        List<Raw> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text);
                CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                int rowNumber = (int) record.getRecordNumber();
                if (columns == null) {
                    columns = header(record.toList());
                    continue;
                }
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                limit(rows);
                String value = cell(record.toList(), columns, "value");
                rows.add(new Raw(
                        rowNumber,
                        cell(record.toList(), columns, "code"),
                        cell(record.toList(), columns, "area"),
                        cell(record.toList(), columns, "period"),
                        null,
                        value,
                        number(value),
                        cell(record.toList(), columns, "source"),
                        cell(record.toList(), columns, "note")));
            }
            if (columns == null) {
                throw invalid("is empty");
            }
        }
        return rows;
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

    private static List<Raw> xlsx(byte[] content) throws IOException {
        List<Raw> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("da-DK"));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw invalid("has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> columns = null;
            for (Row row : sheet) {
                List<String> texts = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    texts.add(
                            cell == null ? "" : formatter.formatCellValue(cell).strip());
                }
                if (texts.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (columns == null) {
                    columns = header(texts);
                    continue;
                }
                limit(rows);
                Cell periodCell = at(row, columns, "period");
                LocalDate periodDate = periodCell != null
                                && periodCell.getCellType() == CellType.NUMERIC
                                && DateUtil.isCellDateFormatted(periodCell)
                        ? periodCell.getLocalDateTimeCellValue().toLocalDate()
                        : null;
                String period = periodCell == null
                        ? null
                        : periodCell.getCellType() == CellType.NUMERIC && periodDate == null
                                ? BigDecimal.valueOf(periodCell.getNumericCellValue())
                                        .stripTrailingZeros()
                                        .toPlainString()
                                : formatter.formatCellValue(periodCell).strip();
                Cell valueCell = at(row, columns, "value");
                BigDecimal number = valueCell != null && valueCell.getCellType() == CellType.NUMERIC
                        ? BigDecimal.valueOf(valueCell.getNumericCellValue())
                        : null;
                String value = valueCell == null
                        ? null
                        : formatter.formatCellValue(valueCell).strip();
                rows.add(new Raw(
                        row.getRowNum() + 1,
                        cell(texts, columns, "code"),
                        cell(texts, columns, "area"),
                        blank(period),
                        periodDate,
                        blank(value),
                        number != null ? number : number(value),
                        cell(texts, columns, "source"),
                        cell(texts, columns, "note")));
            }
            if (columns == null) {
                throw invalid("is empty");
            }
        }
        return rows;
    }

    private static Map<String, Integer> header(List<String> cells) {
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

    private static void limit(List<Raw> rows) {
        if (rows.size() >= MAX_ROWS) {
            throw invalid("has more than " + MAX_ROWS + " rows; split it");
        }
    }

    private static Cell at(Row row, Map<String, Integer> columns, String key) {
        Integer i = columns.get(key);
        return i == null ? null : row.getCell(i);
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String key) {
        Integer i = columns.get(key);
        return i == null || i >= cells.size() ? null : blank(cells.get(i));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ProblemException invalid(String message) {
        return ProblemException.invalid(List.of(new Violation("file", "body", message)));
    }
}
