package dk.partnerskab.indicator;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.partnerskab.testing.Api;
import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class MeasurementImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    String base;
    String indicator;

    @BeforeEach
    void burglaries() {
        Fixture fixture = Fixture.create();
        base = fixture.base();
        indicator = fixture.indicator();
    }

    /** A partnership with a secretariat, Alfa Kommune's member, an observer and an indicator of Alfa Kommune's. */
    record Fixture(String base, String indicator) {
        static Fixture create() {
            String partnership = as(Persona.ADMIN)
                    .body(Api.partnershipInput("Import " + System.nanoTime()))
                    .post("/api/v1/partnerships")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            Api.addMember(partnership, "sekretariat@test.example", "SECRETARIAT");
            Api.addFixtureParties(partnership);
            as(Persona.ADMIN)
                    .body(Map.of(
                            "email",
                            "medlem@test.example",
                            "role",
                            "MEMBER",
                            "organisationId",
                            IndicatorResourceTest.ALFA_KOMMUNE))
                    .post("/api/v1/partnerships/" + partnership + "/members")
                    .then()
                    .statusCode(201);
            Api.addMember(partnership, "observator@test.example", "OBSERVER");
            String base = "/api/v1/partnerships/" + partnership;
            String indicator = base + "/indicators/"
                    + as(Persona.SECRETARIAT)
                            .body(IndicatorResourceTest.burglaries())
                            .post(base + "/indicators")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id");
            return new Fixture(base, indicator);
        }
    }

    ValidatableResponse upload(Persona persona, String type, byte[] file, boolean dryRun) {
        return given().auth()
                .oauth2(persona.token())
                .contentType(type)
                .body(file)
                .queryParam("dryRun", dryRun)
                .queryParam("filename", "indbrud.csv")
                .post(base + "/measurements/import")
                .then();
    }

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void thePreviewStoresNothingAndTheSameFileTwiceChangesNothing() {
        byte[] file = csv(
                "indikator;område;periode;værdi;kilde\nIND-01;Herlev;2026-01;12;Døgnrapport\nIND-01;Ballerup;2026-01;7,5;\n"
                        + "ind-01;gladsaxe;2026-02;1.234,5;\n");
        upload(Persona.MEMBER, "text/csv", file, true)
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("stored", equalTo(false))
                .body("created", equalTo(3))
                .body("rejected", equalTo(0))
                .body("rows.outcome", contains("CREATE", "CREATE", "CREATE"))
                .body("rows.value", contains(12, 7.5f, 1234.5f));
        as(Persona.MEMBER).get(indicator + "/series").then().body("total.size()", equalTo(0));

        upload(Persona.MEMBER, "text/csv", file, false)
                .statusCode(200)
                .body("stored", equalTo(true))
                .body("created", equalTo(3));
        as(Persona.MEMBER).get(indicator + "/series").then().body("total.value", contains(19.5f, 1234.5f));
        upload(Persona.MEMBER, "text/csv", file, false)
                .statusCode(200)
                .body("created", equalTo(0))
                .body("corrected", equalTo(0))
                .body("unchanged", equalTo(3));

        byte[] corrected = csv("indicator,area,period,value,source\nIND-01,Herlev,2026-01,13,Døgnrapport\n");
        upload(Persona.MEMBER, "text/csv", corrected, false)
                .statusCode(200)
                .body("corrected", equalTo(1))
                .body("rows[0].previousValue", equalTo(12));
        String id = as(Persona.MEMBER)
                .get(indicator + "/measurements?from=2026-01&to=2026-12")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.period == '2026-01' && it.value == 13 }.id");
        as(Persona.MEMBER)
                .get(indicator + "/measurements/" + id + "/revisions")
                .then()
                .body("oldValue", contains(12));
    }

    @Test
    void aFileWithBadRowsStoresNothingAndNamesEveryBadRow() {
        byte[] file = csv(
                "indikator;område;periode;værdi\nIND-01;Herlev;2026-01;12\nIND-99;Herlev;2026-01;1\nIND-01;Herlev;2026-Q1;1\n"
                        + "IND-01;Furesø;2026-01;1\nIND-01;Herlev;2026-01;4\nIND-01;Ballerup;2026-02;-3\nIND-01;Ballerup;2026-03;mange\n");
        upload(Persona.SECRETARIAT, "text/csv", file, true)
                .statusCode(200)
                .body("created", equalTo(1))
                .body("rejected", equalTo(6))
                .body(
                        "rows.reason",
                        contains(
                                null,
                                "UNKNOWN_INDICATOR",
                                "BAD_PERIOD",
                                "UNKNOWN_AREA",
                                "DUPLICATE",
                                "NEGATIVE",
                                "NOT_A_NUMBER"))
                .body("rows[4].message", equalTo("repeats row 2 (same indicator, area and period)"));
        assertProblem(upload(Persona.SECRETARIAT, "text/csv", file, false), 400, "validation-failed")
                .body("violations.field", contains("row 3", "row 4", "row 5", "row 6", "row 7", "row 8"));
        as(Persona.MEMBER).get(indicator + "/series").then().body("total.size()", equalTo(0));
    }

    @Test
    void personalDataInANoteRejectsTheRow() {
        upload(
                        Persona.MEMBER,
                        "text/csv",
                        csv("indikator;område;periode;værdi;note\nIND-01;Herlev;2026-01;2;Anmelder 010190-1234\n"),
                        true)
                .statusCode(200)
                .body("rows[0].reason", equalTo("PERSONAL_DATA"));
        org.junit.jupiter.api.Assertions.assertEquals("'=HYPERLINK(1)", MeasurementExport.safe("=HYPERLINK(1)"));
        org.junit.jupiter.api.Assertions.assertEquals("Herlev", MeasurementExport.safe("Herlev"));
    }

    @Test
    void aCsvFromDanishExcelInWindows1252IsRead() {
        byte[] file = "indikator;område;periode;værdi\nIND-01;Herlev;2026-01;2,5\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        upload(Persona.MEMBER, "text/csv", file, true)
                .statusCode(200)
                .body("created", equalTo(1))
                .body("rows[0].value", equalTo(2.5f));
    }

    @Test
    void anExcelWorkbookWithDateCellsIsRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Herlev");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("mmm yyyy"));
            Row header = sheet.createRow(0);
            List<String> names = List.of("Indikator", "Område", "Periode", "Værdi");
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            for (int month = 1; month <= 3; month++) {
                Row row = sheet.createRow(month);
                row.createCell(0).setCellValue("IND-01");
                row.createCell(1).setCellValue("Herlev");
                row.createCell(2).setCellValue(LocalDate.of(2026, month, 1));
                row.getCell(2).setCellStyle(date);
                row.createCell(3).setCellValue(10 + month);
            }
            workbook.write(out);
        }
        upload(Persona.MEMBER, XLSX, out.toByteArray(), false)
                .statusCode(200)
                .body("created", equalTo(3))
                .body("rows.period", contains("2026-01", "2026-02", "2026-03"));
        as(Persona.MEMBER)
                .queryParam("aggregate", "QUARTER")
                .get(indicator + "/series")
                .then()
                .body("areas[0].points[0].value", equalTo(36))
                .body("areas[0].points[0].complete", equalTo(true));
    }

    @Test
    void onlyReportersImportAndOutsidersSeeNothing() {
        byte[] file = csv("indikator;område;periode;værdi\nIND-01;Herlev;2026-01;12\n");
        assertProblem(upload(Persona.OBSERVER, "text/csv", file, true), 403, "forbidden");
        assertProblem(upload(Persona.OTHER_MEMBER, "text/csv", file, true), 404, "not-found");
        assertProblem(upload(Persona.SECRETARIAT, "text/csv", csv("navn;tal\nx;1\n"), true), 400, "validation-failed")
                .body("violations[0].field", equalTo("file"));
        assertProblem(upload(Persona.SECRETARIAT, XLSX, csv("ikke en projektmappe"), true), 400, "validation-failed");
    }

    @Test
    void anExportImportsAgainUnchanged() throws IOException {
        upload(
                        Persona.SECRETARIAT,
                        "text/csv",
                        csv("indikator;område;periode;værdi;note\nIND-01;Herlev;2026-01;12,25;Tjekket\n"
                                + "IND-01;Gladsaxe;2026-02;3;\n"),
                        false)
                .statusCode(200);
        String text = given().auth()
                .oauth2(Persona.OBSERVER.token())
                .get(base + "/measurements/export")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        assertTrue(
                text.contains("indikator;område;periode;værdi;kilde;note\r\nIND-01;Herlev;2026-01;12,25;;Tjekket\r\n"),
                text);
        byte[] xlsx = given().auth()
                .oauth2(Persona.INTEGRATION.token())
                .queryParam("format", "xlsx")
                .get(indicator + "/export")
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .extract()
                .asByteArray();
        upload(Persona.SECRETARIAT, XLSX, xlsx, true)
                .statusCode(200)
                .body("unchanged", equalTo(2))
                .body("created", equalTo(0));
        upload(Persona.SECRETARIAT, "text/csv", text.getBytes(StandardCharsets.UTF_8), true)
                .statusCode(200)
                .body("unchanged", equalTo(2));
        assertProblem(
                as(Persona.OBSERVER)
                        .queryParam("format", "pdf")
                        .get(base + "/measurements/export")
                        .then(),
                400,
                "validation-failed");
    }
}
