package dk.partnerskab.common;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A CPR number is refused in free text and in file names, however it is written. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class CprGuardTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    String base;

    @BeforeEach
    void freshPartnership() {
        base = "/api/v1/partnerships/" + newPartnership("CPR " + System.nanoTime());
    }

    static Map<String, Object> meeting(String place) {
        return new HashMap<>(Map.of(
                "title", "Møde", "startsAt", "2031-03-04T13:00:00+01:00", "durationMinutes", 60, "place", place));
    }

    String create(String path, Map<String, Object> body) {
        return as(Persona.SECRETARIAT)
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static ValidatableResponse upload(String path, String method, String type, byte[] content, String filename) {
        return given().auth()
                .oauth2(Persona.SECRETARIAT.token())
                .contentType(type)
                .header("If-Match", "\"0\"")
                .queryParam("filename", filename)
                .body(content)
                .request(method, path)
                .then();
    }

    static void refusedNamingTheFileName(ValidatableResponse response) {
        assertProblem(response, 400, "personal-data-rejected")
                .body("violations[0].field", equalTo("filename"))
                .body("violations[0].in", equalTo("query"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"010190&#45;1234", "0101<b></b>90-1234", "0101\u200B90-1234", "010190\u20131234"})
    void aDisguisedCprNumberInFreeTextIsRefusedNamingTheField(String cpr) {
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(meeting("Hos " + cpr))
                                .post(base + "/meetings")
                                .then(),
                        400,
                        "personal-data-rejected")
                .body("violations[0].field", equalTo("place"));
        String meeting = create(base + "/meetings", meeting("Rådhuset"));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(Map.of("title", "Sag", "kind", "DECISION", "background", "<p>Om " + cpr + "</p>"))
                                .post(base + "/meetings/" + meeting + "/agenda-items")
                                .then(),
                        400,
                        "personal-data-rejected")
                .body("violations[0].field", equalTo("background"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"010190-1234.pdf", "010190&#45;1234.pdf", "0101<b></b>901234.pdf", "0101\u200B90\u20131234.pdf"})
    void aCprNumberInAFileNameIsRefusedAndNothingIsStored(String filename) {
        String term =
                create(base + "/terms", Map.of("startDate", "2013-09-01", "endDate", "2015-12-31", "kind", "INITIAL"));
        refusedNamingTheFileName(
                upload(base + "/terms/" + term + "/agreement", "PUT", "application/pdf", PDF, filename));
        as(Persona.MEMBER).get(base).then().body("terms[0].agreementDocument", nullValue());

        String meeting = create(base + "/meetings", meeting("Rådhuset"));
        String item =
                create(base + "/meetings/" + meeting + "/agenda-items", Map.of("title", "Sag", "kind", "INFORMATION"));
        refusedNamingTheFileName(upload(
                base + "/meetings/" + meeting + "/agenda-items/" + item + "/attachments",
                "POST",
                "application/pdf",
                PDF,
                filename));

        String activity = create(base + "/activities", Map.of("title", "Tryghedsvandring", "kind", "SAFETY_WALK"));
        refusedNamingTheFileName(
                upload(base + "/activities/" + activity + "/report", "PUT", "application/pdf", PDF, filename));
        as(Persona.MEMBER).get(base + "/activities/" + activity).then().body("report", nullValue());

        refusedNamingTheFileName(upload(
                base + "/measurements/import",
                "POST",
                "text/csv",
                "indikator;område;periode;værdi\n".getBytes(StandardCharsets.UTF_8),
                filename));
    }

    @Test
    void ordinaryDatesTimesAndPhoneNumbersPass() {
        create(base + "/meetings", meeting("Rådhuset 01-01-2031 14:00, tlf. 12345678"));
        String term =
                create(base + "/terms", Map.of("startDate", "2013-09-01", "endDate", "2015-12-31", "kind", "INITIAL"));
        upload(base + "/terms/" + term + "/agreement", "PUT", "application/pdf", PDF, "Aftale 01-09-2013 14.00.pdf")
                .statusCode(200)
                .body("filename", equalTo("Aftale 01-09-2013 14.00.pdf"));
    }
}
