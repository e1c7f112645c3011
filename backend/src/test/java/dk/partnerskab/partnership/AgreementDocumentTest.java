package dk.partnerskab.partnership;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class AgreementDocumentTest {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    String base;
    String agreement;

    @BeforeEach
    void freshTerm() {
        base = "/api/v1/partnerships/" + newPartnership("Dokument " + System.nanoTime());
        String term = as(Persona.ADMIN)
                .body(Map.of("startDate", "2013-09-01", "endDate", "2015-12-31", "kind", "INITIAL"))
                .post(base + "/terms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        agreement = base + "/terms/" + term + "/agreement";
    }

    /** An upload based on the term's current version. */
    RequestSpecification upload(Persona persona, String type, byte[] body) {
        return uploadAt(persona, type, body, termEtag());
    }

    static RequestSpecification uploadAt(Persona persona, String type, byte[] body, String ifMatch) {
        return given().auth()
                .oauth2(persona.token())
                .contentType(type)
                .header("If-Match", ifMatch)
                .body(body);
    }

    String termEtag() {
        Integer version =
                as(Persona.ADMIN).get(base).then().statusCode(200).extract().path("terms[0].version");
        return "\"" + version + "\"";
    }

    @Test
    void theSecretariatUploadsThePdfAndMembersDownloadIt() {
        upload(Persona.SECRETARIAT, "application/pdf", PDF)
                .put(agreement + "?filename=Partnerskabsaftale 2013.pdf")
                .then()
                .statusCode(200)
                .body("filename", equalTo("Partnerskabsaftale 2013.pdf"))
                .body("sizeBytes", equalTo(PDF.length));
        as(Persona.MEMBER)
                .get(base)
                .then()
                .body("terms[0].agreementDocument.filename", equalTo("Partnerskabsaftale 2013.pdf"));
        byte[] downloaded = given().auth()
                .oauth2(Persona.OBSERVER.token())
                .get(agreement)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''Partnerskabsaftale%202013.pdf"))
                .extract()
                .asByteArray();
        assertArrayEquals(PDF, downloaded);

        String before = termEtag();
        upload(Persona.SECRETARIAT, "application/pdf", PDF)
                .put(agreement + "?filename=ny.pdf")
                .then()
                .statusCode(200)
                .header("ETag", equalTo(termEtag()));
        as(Persona.MEMBER).get(base).then().body("terms[0].agreementDocument.filename", equalTo("ny.pdf"));
        // Someone who read the term before that upload does not silently replace it.
        assertProblem(
                uploadAt(Persona.SECRETARIAT, "application/pdf", PDF, before)
                        .put(agreement + "?filename=gammel.pdf")
                        .then(),
                412,
                "version-mismatch");
        assertProblem(
                given().auth()
                        .oauth2(Persona.SECRETARIAT.token())
                        .contentType("application/pdf")
                        .body(PDF)
                        .put(agreement + "?filename=gammel.pdf")
                        .then(),
                428,
                "precondition-required");
        as(Persona.MEMBER).get(base).then().body("terms[0].agreementDocument.filename", equalTo("ny.pdf"));
        as(Persona.MEMBER)
                .get(base + "/history")
                .then()
                .body("items[0].entityType", equalTo("AGREEMENT_DOCUMENT"))
                .body("items[0].action", equalTo("UPDATED"));
    }

    @Test
    void rejectsWrongTypesOversizedAndEmptyFilesNamingTheField() {
        assertProblem(
                        upload(Persona.SECRETARIAT, "text/plain", "hej".getBytes(StandardCharsets.UTF_8))
                                .put(agreement + "?filename=a.txt")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("file"));
        assertProblem(
                        upload(Persona.SECRETARIAT, "application/pdf", "<html>".getBytes(StandardCharsets.UTF_8))
                                .put(agreement + "?filename=a.pdf")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("file"));
        byte[] huge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        assertProblem(
                        upload(Persona.SECRETARIAT, "application/pdf", huge)
                                .put(agreement + "?filename=stor.pdf")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].message", containsString("10 MiB"));
        assertProblem(
                        upload(Persona.SECRETARIAT, "application/pdf", PDF)
                                .put(agreement)
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("filename"));
        byte[] overTheServerLimit = Arrays.copyOf(PDF, 12 * 1024 * 1024);
        assertProblem(
                        upload(Persona.SECRETARIAT, "application/pdf", overTheServerLimit)
                                .put(agreement + "?filename=enorm.pdf")
                                .then(),
                        413,
                        "payload-too-large")
                .body("detail", containsString("Send a smaller file"));
        assertProblem(as(Persona.MEMBER).get(agreement).then(), 404, "not-found");
    }

    @Test
    void onlyEditorsUploadAndOutsidersCannotDownload() {
        assertProblem(
                upload(Persona.MEMBER, "application/pdf", PDF)
                        .put(agreement + "?filename=a.pdf")
                        .then(),
                403,
                "forbidden");
        upload(Persona.SECRETARIAT, "application/pdf", PDF)
                .put(agreement + "?filename=a.pdf")
                .then()
                .statusCode(200);
        assertProblem(
                given().auth()
                        .oauth2(Persona.OTHER_MEMBER.token())
                        .get(agreement)
                        .then(),
                404,
                "not-found");
        assertProblem(given().get(agreement).then(), 401, "unauthenticated");
    }
}
