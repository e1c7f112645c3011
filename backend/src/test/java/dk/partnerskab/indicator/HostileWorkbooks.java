package dk.partnerskab.indicator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks built part by part, as a hostile sender would: small once packed, huge once unpacked.
 * A spreadsheet library writes only sensible files, so these are written as XML directly.
 */
final class HostileWorkbooks {

    private HostileWorkbooks() {}

    static final String HEADER = row(1, "indikator", "område", "periode", "værdi");

    /** A workbook whose first sheet is {@code sheet}'s XML rows, and shared strings if given. */
    static byte[] workbook(Consumer<Writer> sheet, Consumer<Writer> sharedStrings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(
                    zip,
                    "[Content_Types].xml",
                    w -> w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                            + (sharedStrings == null
                                    ? ""
                                    : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                            + "</Types>"));
            entry(
                    zip,
                    "_rels/.rels",
                    w -> w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            + "</Relationships>"));
            entry(
                    zip,
                    "xl/workbook.xml",
                    w -> w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                            + "<sheets><sheet name=\"Ark1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            entry(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    w -> w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                            + (sharedStrings == null
                                    ? ""
                                    : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                            + "</Relationships>"));
            entry(zip, "xl/worksheets/sheet1.xml", w -> {
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                sheet.accept(w);
                w.write("</sheetData></worksheet>");
            });
            if (sharedStrings != null) {
                entry(zip, "xl/sharedStrings.xml", w -> {
                    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                    sharedStrings.accept(w);
                    w.write("</sst>");
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A row of inline strings. */
    static String row(int number, String... texts) {
        StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
        for (int c = 0; c < texts.length; c++) {
            row.append(cell(c, number, texts[c]));
        }
        return row.append("</row>").toString();
    }

    /** An inline string cell in column {@code column} (zero-based). */
    static String cell(int column, int row, String text) {
        return "<c r=\"" + column(column) + row + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    /** Writes text into a zip entry without holding it. */
    static final class Writer {
        private final OutputStream out;

        Writer(OutputStream out) {
            this.out = out;
        }

        void write(String text) {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void entry(ZipOutputStream zip, String name, Consumer<Writer> content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        content.accept(new Writer(zip));
        zip.closeEntry();
    }
}
