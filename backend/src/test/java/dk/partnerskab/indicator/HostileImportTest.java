package dk.partnerskab.indicator;

import static dk.partnerskab.indicator.HostileWorkbooks.HEADER;
import static dk.partnerskab.indicator.HostileWorkbooks.cell;
import static dk.partnerskab.indicator.HostileWorkbooks.row;
import static dk.partnerskab.indicator.HostileWorkbooks.workbook;
import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a careless or hostile sender of files meets: limits named in words, and an API that stays up. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class HostileImportTest {

    static final String XLSX = MeasurementImportTest.XLSX;

    @Inject
    AgroalDataSource db;

    @Inject
    MeasurementRepository measurements;

    String base;
    String indicator;

    @BeforeEach
    void burglaries() {
        MeasurementImportTest.Fixture fixture = MeasurementImportTest.Fixture.create();
        base = fixture.base();
        indicator = fixture.indicator();
    }

    ValidatableResponse upload(Persona persona, String type, byte[] file, boolean dryRun) {
        return given().auth()
                .oauth2(persona.token())
                .contentType(type)
                .body(file)
                .queryParam("dryRun", dryRun)
                .post(base + "/measurements/import")
                .then();
    }

    /** The file is refused, the API answers the next request, and an ordinary file still imports. */
    void refusedAndStillUp(byte[] file, String message) {
        Instant start = Instant.now();
        assertProblem(upload(Persona.SECRETARIAT, XLSX, file, true), 400, "validation-failed")
                .body("violations[0].field", equalTo("file"))
                .body("violations[0].message", containsString(message));
        // A bound far above the seconds it takes, so that a reader holding the whole file fails it.
        assertTrue(
                Duration.between(start, Instant.now()).toSeconds() < 60,
                "took " + Duration.between(start, Instant.now()));
        given().get("/q/health/ready").then().statusCode(200);
        upload(Persona.SECRETARIAT, "text/csv", csv("indikator;område;periode;værdi\nIND-01;Herlev;2026-01;1\n"), true)
                .statusCode(200)
                .body("created", equalTo(1));
    }

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anObserverIsRefusedBeforeTheFileIsRead() {
        assertProblem(upload(Persona.OBSERVER, XLSX, csv("ikke en projektmappe"), true), 403, "forbidden");
    }

    @Test
    void aSheetInflatingToSixtyMegabytesIsRefusedAndTheApiStaysUp() {
        String filler = "x".repeat(150);
        byte[] file = workbook(
                w -> {
                    w.write(HEADER);
                    for (int r = 2; r <= 300_000; r++) {
                        w.write("<row r=\"" + r + "\">" + cell(0, r, filler) + "</row>");
                    }
                },
                null);
        assertTrue(file.length < 2 * 1024 * 1024, "packed to " + file.length + " bytes");
        refusedAndStillUp(file, "more than 100000 rows");
    }

    @Test
    void blankRowsCountTowardsTheRowLimit() {
        byte[] file = workbook(w -> w.write(HEADER + row(150_000, "IND-01", "Herlev", "2026-01", "1")), null);
        refusedAndStillUp(file, "more than 100000 rows");
    }

    @Test
    void aCellOfTensOfMegabytesIsRefused() {
        String tenKilobytes = "x".repeat(10_240);
        byte[] file = workbook(
                w -> {
                    w.write(HEADER + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
                    for (int i = 0; i < 7_000; i++) {
                        w.write(tenKilobytes);
                    }
                    w.write("</t></is></c></row>");
                },
                null);
        refusedAndStillUp(file, "a cell in row 2 holds more than 5000 characters");
    }

    @Test
    void aRowWiderThanFiftyColumnsIsRefused() {
        byte[] file = workbook(
                w -> {
                    w.write(HEADER + "<row r=\"2\">");
                    for (int c = 0; c < 60; c++) {
                        w.write(cell(c, 2, "1"));
                    }
                    w.write("</row>");
                },
                null);
        refusedAndStillUp(file, "row 2 has more than 50 columns");
    }

    @Test
    void sharedTextsInflatingBeyondTheLimitAreRefused() {
        byte[] file = workbook(w -> w.write(HEADER), w -> {
            for (int i = 0; i < 700_000; i++) {
                w.write("<si><t>Anmeldelse nummer " + i + " i Herlev</t></si>");
            }
        });
        refusedAndStillUp(file, "its texts exceed 24 MB");
    }

    @Test
    void aBrokenWorkbookIsExplainedInWordsOfWhatToDo() {
        assertProblem(
                        upload(Persona.SECRETARIAT, XLSX, csv("PK\u0003\u0004 ikke en projektmappe"), true),
                        400,
                        "validation-failed")
                .body(
                        "violations[0].message",
                        equalTo("cannot be read as an Excel workbook (.xlsx); open it in Excel and save it again as "
                                + ".xlsx or as CSV"));
    }

    @Test
    void aCsvPaddedWithBlankLinesBeyondTheLimitIsRefused() {
        byte[] file = csv("indikator;område;periode;værdi\n" + "\n".repeat(100_001) + "IND-01;Herlev;2026-01;1\n");
        assertProblem(upload(Persona.SECRETARIAT, "text/csv", file, true), 400, "validation-failed")
                .body("violations[0].message", containsString("more than 100000 rows"));
    }

    @Test
    void aFileRejectedThroughoutListsFiveHundredRowsAndCountsTheRest() {
        StringBuilder file = new StringBuilder("indikator;område;periode;værdi\n");
        for (int i = 0; i < 1_200; i++) {
            file.append("IND-99;Herlev;2026-01;").append(i).append('\n');
        }
        upload(Persona.SECRETARIAT, "text/csv", csv(file.toString()), true)
                .statusCode(200)
                .body("rejected", equalTo(1_200))
                .body("rows", hasSize(500))
                .body("rowsOmitted", equalTo(700));
    }

    @Test
    void aSecondImportWhileOneRunsIsRefusedAndAnAbandonedOneIsTakenOver() throws SQLException {
        UUID partnership = UUID.fromString(base.substring(base.lastIndexOf('/') + 1));
        byte[] file = csv("indikator;område;periode;værdi\nIND-01;Herlev;2026-01;1\n");
        lock(partnership, Instant.now());
        assertProblem(upload(Persona.MEMBER, "text/csv", file, true), 409, "import-in-progress");

        lock(partnership, Instant.now().minus(Duration.ofMinutes(11)));
        upload(Persona.MEMBER, "text/csv", file, false).statusCode(200).body("created", equalTo(1));
        assertEquals(0, locks(partnership), "the import lets go when it ends");
    }

    @Test
    void aValueEnteredAfterThePreviewIsReportedNotOverwritten() {
        byte[] file = csv("indikator;område;periode;værdi\nIND-01;Herlev;2026-01;12\nIND-01;Ballerup;2026-01;7\n");
        String previewedAt = upload(Persona.MEMBER, "text/csv", file, true)
                .statusCode(200)
                .extract()
                .path("previewedAt");
        String herlev = as(Persona.SECRETARIAT)
                .get(indicator)
                .then()
                .statusCode(200)
                .extract()
                .path("areas.find { it.name == 'Herlev' }.id");
        as(Persona.SECRETARIAT)
                .body(Map.of("areaId", herlev, "period", "2026-01", "value", 15))
                .put(indicator + "/measurements")
                .then()
                .statusCode(201);

        assertProblem(
                        given().auth()
                                .oauth2(Persona.MEMBER.token())
                                .contentType("text/csv")
                                .body(file)
                                .queryParam("dryRun", false)
                                .queryParam("previewedAt", previewedAt)
                                .post(base + "/measurements/import")
                                .then(),
                        409,
                        "conflict")
                .body("violations.field", contains("row 2"));
        as(Persona.MEMBER)
                .get(indicator + "/measurements?from=2026-01&to=2026-01")
                .then()
                .body("value", contains(15));
    }

    @Test
    void aPreviewTimeOutsideTheYearsOrMalformedIsNamed() {
        for (String previewedAt : List.of("+999999999-12-31T00:00:00Z", "i går")) {
            assertProblem(
                            given().auth()
                                    .oauth2(Persona.MEMBER.token())
                                    .contentType("text/csv")
                                    .body(csv("indikator;område;periode;værdi\nIND-01;Herlev;2026-01;1\n"))
                                    .queryParam("dryRun", false)
                                    .queryParam("previewedAt", previewedAt)
                                    .post(base + "/measurements/import")
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("previewedAt"));
        }
    }

    @Test
    void anImportDoesNotWriteOverAValueChangedSinceItWasRead() {
        String herlev =
                as(Persona.SECRETARIAT).get(indicator).then().extract().path("areas.find { it.name == 'Herlev' }.id");
        as(Persona.SECRETARIAT)
                .body(Map.of("areaId", herlev, "period", "2026-02", "value", 3))
                .put(indicator + "/measurements")
                .then()
                .statusCode(201);
        UUID indicatorId = UUID.fromString(indicator.substring(indicator.lastIndexOf('/') + 1));
        MeasurementRepository.Stored read = QuarkusTransaction.requiringNew()
                .call(() -> measurements
                        .inPeriods(Set.of(indicatorId), Set.of("2026-02"))
                        .get(0));
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"" + read.version() + "\"")
                .body(Map.of("areaId", herlev, "period", "2026-02", "value", 4))
                .put(indicator + "/measurements")
                .then()
                .statusCode(200);

        List<Integer> missed = QuarkusTransaction.requiringNew()
                .call(() -> measurements.writeInBatches(
                        List.of(
                                new MeasurementRepository.Correction(read, new BigDecimal("9"), null, null),
                                new MeasurementRepository.NewValue(
                                        indicatorId,
                                        UUID.fromString(herlev),
                                        "2026-02",
                                        java.time.LocalDate.of(2026, 2, 1),
                                        new BigDecimal("8"),
                                        null,
                                        null)),
                        Instant.now(),
                        "Test"));
        assertEquals(List.of(0, 1), missed);
        as(Persona.MEMBER)
                .get(indicator + "/measurements?from=2026-02&to=2026-02")
                .then()
                .body("value", contains(4));
    }

    private void lock(UUID partnership, Instant startedAt) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "insert into import_lock (partnership_id, started_at, started_by) "
                                + "values (?, ?, 'Anden fane') on conflict (partnership_id) do update set started_at = excluded.started_at")) {
            s.setObject(1, partnership);
            s.setTimestamp(2, Timestamp.from(startedAt));
            s.executeUpdate();
        }
    }

    private int locks(UUID partnership) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from import_lock where partnership_id = ?")) {
            s.setObject(1, partnership);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
