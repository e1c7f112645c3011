package dk.partnerskab.meeting;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class AgendaAttachmentTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};

    String meeting;
    String item;
    String files;

    @BeforeEach
    void plannedMeetingWithAnItem() {
        String partnership = newPartnership("Bilag " + System.nanoTime());
        meeting = "/api/v1/partnerships/" + partnership + "/meetings/"
                + as(Persona.SECRETARIAT)
                        .body(Map.of("title", "Møde", "startsAt", "2031-03-04T13:00:00+01:00", "durationMinutes", 60))
                        .post("/api/v1/partnerships/" + partnership + "/meetings")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        item = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Tryghedsmåling", "kind", "INFORMATION"))
                .post(meeting + "/agenda-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        files = meeting + "/agenda-items/" + item + "/attachments";
    }

    ValidatableResponse upload(Persona persona, String etag, String type, byte[] content, String filename) {
        return given().auth()
                .oauth2(persona.token())
                .contentType(type)
                .header("If-Match", etag)
                .body(content)
                .queryParam("filename", filename)
                .post(files)
                .then();
    }

    @Test
    void membersDownloadTheFilesOnceTheAgendaIsPublished() {
        String id = upload(Persona.SECRETARIAT, "\"0\"", "application/pdf", PDF, "Måling 2026.pdf")
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("filename", equalTo("Måling 2026.pdf"))
                .body("sizeBytes", equalTo(PDF.length))
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .get(meeting)
                .then()
                .statusCode(200)
                .body("agenda[0].attachments.filename", contains("Måling 2026.pdf"));
        // The agenda is a draft until published: members do not get its files either.
        assertProblem(as(Persona.MEMBER).get(files + "/" + id).then(), 404, "not-found");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .post(meeting + "/publish")
                .then()
                .statusCode(200);
        byte[] downloaded = given().auth()
                .oauth2(Persona.MEMBER.token())
                .get(files + "/" + id)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''M%C3%A5ling%202026.pdf"))
                .extract()
                .asByteArray();
        assertArrayEquals(PDF, downloaded);
        assertProblem(as(Persona.OTHER_MEMBER).get(files + "/" + id).then(), 404, "not-found");
    }

    @Test
    void aCancelledMeetingsUnpublishedAgendaStaysTheSecretariats() {
        String id = upload(Persona.SECRETARIAT, "\"0\"", "application/pdf", PDF, "Udkast.pdf")
                .statusCode(201)
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "Aflyst"))
                .post(meeting + "/cancel")
                .then()
                .statusCode(200);
        assertProblem(as(Persona.MEMBER).get(files + "/" + id).then(), 404, "not-found");
        as(Persona.MEMBER).get(meeting).then().statusCode(200).body("agenda", empty());
    }

    @Test
    void onlyAcceptedTypesWhoseContentMatches() {
        assertProblem(
                        upload(Persona.SECRETARIAT, "\"0\"", "application/pdf", PNG, "fake.pdf"),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("file"));
        assertProblem(
                        upload(
                                Persona.SECRETARIAT,
                                "\"0\"",
                                "text/html",
                                "<script>".getBytes(StandardCharsets.UTF_8),
                                "x.html"),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("file"));
        assertProblem(upload(Persona.SECRETARIAT, "\"0\"", "image/png", PNG, " "), 400, "validation-failed")
                .body("violations[0].field", equalTo("filename"));
        upload(Persona.SECRETARIAT, "\"0\"", "image/png", PNG, "kort.png").statusCode(201);
        as(Persona.SECRETARIAT).get(meeting).then().body("agenda[0].attachments.contentType", contains("image/png"));
    }

    @Test
    void changesAreCheckedAgainstTheItemsVersion() {
        assertProblem(upload(Persona.MEMBER, "\"0\"", "application/pdf", PDF, "a.pdf"), 403, "forbidden");
        String id = upload(Persona.SECRETARIAT, "\"0\"", "application/pdf", PDF, "a.pdf")
                .statusCode(201)
                .extract()
                .path("id");
        assertProblem(upload(Persona.SECRETARIAT, "\"0\"", "application/pdf", PDF, "b.pdf"), 412, "version-mismatch");
        assertProblem(
                as(Persona.SECRETARIAT)
                        .header("If-Match", "\"0\"")
                        .delete(files + "/" + id)
                        .then(),
                412,
                "version-mismatch");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"1\"")
                .delete(files + "/" + id)
                .then()
                .statusCode(204)
                .header("ETag", "\"2\"");
        as(Persona.SECRETARIAT).get(meeting).then().body("agenda[0].attachments", empty());
        assertProblem(
                as(Persona.SECRETARIAT)
                        .header("If-Match", "\"2\"")
                        .delete(files + "/" + id)
                        .then(),
                404,
                "not-found");
    }
}
