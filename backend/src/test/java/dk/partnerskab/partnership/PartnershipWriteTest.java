package dk.partnerskab.partnership;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.Api.partnershipInput;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class PartnershipWriteTest {

    String id;
    String path;

    @BeforeEach
    void freshPartnership() {
        id = newPartnership("Skriv " + System.nanoTime());
        path = "/api/v1/partnerships/" + id;
    }

    Map<String, Object> input(String name) {
        return new HashMap<>(partnershipInput(name));
    }

    @Test
    void adminCreatesADraftAndOthersCannot() {
        as(Persona.ADMIN)
                .get(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("minMeetingsPerYear", equalTo(4));
        assertProblem(
                as(Persona.SECRETARIAT)
                        .body(input("Ny"))
                        .post("/api/v1/partnerships")
                        .then(),
                403,
                "forbidden");
        assertProblem(
                as(Persona.INTEGRATION)
                        .body(input("Ny"))
                        .post("/api/v1/partnerships")
                        .then(),
                403,
                "forbidden");
    }

    @Test
    void secretariatChangesTheAgreementAndRichTextIsSanitised() {
        Map<String, Object> body = input("Nyt navn");
        body.put("purposes", List.of("Begrænse tilgangen", "Øge trygheden"));
        body.put("rulesOfProcedure", "<p onclick=\"x()\">Mødes <b>kvartalsvis</b></p><script>alert(1)</script>");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(body)
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Nyt navn"))
                .body("purposes", contains("Begrænse tilgangen", "Øge trygheden"))
                .body("rulesOfProcedure", equalTo("<p>Mødes <strong>kvartalsvis</strong></p>"));
        as(Persona.MEMBER)
                .get(path + "/history")
                .then()
                .body("items[0].action", equalTo("UPDATED"))
                .body("items[0].before.name", not(equalTo("Nyt navn")))
                .body("items[0].after.name", equalTo("Nyt navn"));
    }

    @Test
    void staleOrMissingVersionsAndOutsidersAreRefused() {
        assertProblem(as(Persona.SECRETARIAT).body(input("X")).put(path).then(), 428, "precondition-required");
        assertProblem(
                as(Persona.SECRETARIAT)
                        .header("If-Match", "\"7\"")
                        .body(input("X"))
                        .put(path)
                        .then(),
                412,
                "version-mismatch");
        assertProblem(
                as(Persona.MEMBER)
                        .header("If-Match", "\"0\"")
                        .body(input("X"))
                        .put(path)
                        .then(),
                403,
                "forbidden");
        assertProblem(
                as(Persona.OTHER_MEMBER)
                        .header("If-Match", "\"0\"")
                        .body(input("X"))
                        .put(path)
                        .then(),
                404,
                "not-found");
        as(Persona.MEMBER).get(path).then().body("name", not(equalTo("X"))).header("ETag", equalTo("\"0\""));
    }

    @Test
    void rejectsCprNumbersInAnyTextFieldNamingIt() {
        Map<String, Object> body = input("Navn");
        body.put("purposes", List.of("Følge 0102031234 tæt"));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .header("If-Match", "\"0\"")
                                .body(body)
                                .put(path)
                                .then(),
                        400,
                        "personal-data-rejected")
                .body("violations[0].field", equalTo("purposes[0]"));
        body = input("Navn");
        body.put("economyNotes", "Kontakt 311299-4321");
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .header("If-Match", "\"0\"")
                                .body(body)
                                .put(path)
                                .then(),
                        400,
                        "personal-data-rejected")
                .body("violations[0].field", equalTo("economyNotes"));
        as(Persona.MEMBER).get(path).then().header("ETag", equalTo("\"0\""));
    }

    @Test
    void rejectsInvalidFields() {
        Map<String, Object> body = input("");
        body.put("minMeetingsPerYear", 53);
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .header("If-Match", "\"0\"")
                                .body(body)
                                .put(path)
                                .then(),
                        400,
                        "validation-failed")
                .body("violations.field", contains("minMeetingsPerYear", "name"));
        body = input("Navn");
        body.remove("purposes");
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .header("If-Match", "\"0\"")
                                .body(body)
                                .put(path)
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("purposes"));
    }

    @Test
    void statusFollowsTheLifecycle() {
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "ACTIVE"))
                .post(path + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .header("If-Match", "\"1\"")
                                .body(Map.of("status", "ENDED"))
                                .post(path + "/status")
                                .then(),
                        409,
                        "invalid-state-transition")
                .body("detail", containsString("UNDER_EVALUATION"));
        assertProblem(
                as(Persona.SECRETARIAT)
                        .header("If-Match", "\"1\"")
                        .body(Map.of("status", "GONE"))
                        .post(path + "/status")
                        .then(),
                400,
                "validation-failed");
        as(Persona.MEMBER).get(path).then().body("status", equalTo("ACTIVE"));
    }
}
