package dk.partnerskab.activity;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class ActivityAndProposalTest {

    static final byte[] PDF = "%PDF-1.4\nrapport\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    String base;

    @BeforeEach
    void partnership() {
        base = "/api/v1/partnerships/" + newPartnership("Indsatser " + System.nanoTime());
    }

    /** Row "Tryghedsvandringer" of Furesø's table 2, one to one. */
    static Map<String, Object> safetyWalks() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Tryghedsvandringer");
        body.put("description", "En tur rundt i lokalområdet med samtaler om nabohjælp mellem naboer.");
        body.put("kind", "SAFETY_WALK");
        body.put("track", "Indbrudsforebyggelse");
        body.put("targetGroup", "Grundejer-, beboer- og andelsforeninger");
        body.put("responsible", "Lokalrådet");
        body.put("intendedOutcome", "At antallet af nabohjælpere stiger i området. Indbrudstallet i området falder.");
        body.put("specialFocus", true);
        body.put("status", "ONGOING");
        return body;
    }

    @Test
    void aFuresoActivityIsExpressedOneToOneWithItsReport() {
        String goal = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Færre indbrud"))
                .post(base + "/goals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> body = safetyWalks();
        body.put("goalIds", List.of(goal));
        String id = as(Persona.SECRETARIAT)
                .body(body)
                .post(base + "/activities")
                .then()
                .statusCode(201)
                .body("track", equalTo("Indbrudsforebyggelse"))
                .body("responsible", equalTo("Lokalrådet"))
                .body("specialFocus", equalTo(true))
                .body("goals.name", contains("Færre indbrud"))
                .body("report", equalTo(null))
                .extract()
                .path("id");
        String activity = base + "/activities/" + id;
        assertProblem(
                given().auth()
                        .oauth2(Persona.SECRETARIAT.token())
                        .contentType("text/plain")
                        .header("If-Match", "\"0\"")
                        .body("ikke en rapport")
                        .queryParam("filename", "x.txt")
                        .put(activity + "/report")
                        .then(),
                400,
                "validation-failed");
        given().auth()
                .oauth2(Persona.SECRETARIAT.token())
                .contentType("application/pdf")
                .header("If-Match", "\"0\"")
                .body(PDF)
                .queryParam("filename", "Rapport Hareskov.pdf")
                .put(activity + "/report")
                .then()
                .statusCode(200)
                .body("report.filename", equalTo("Rapport Hareskov.pdf"))
                .header("ETag", equalTo("\"1\""));
        assertArrayEquals(
                PDF,
                given().auth()
                        .oauth2(Persona.OBSERVER.token())
                        .get(activity + "/report")
                        .then()
                        .statusCode(200)
                        .contentType("application/pdf")
                        .extract()
                        .asByteArray());
        assertProblem(
                as(Persona.MEMBER)
                        .header("If-Match", "\"1\"")
                        .body(safetyWalks())
                        .put(activity)
                        .then(),
                403,
                "forbidden");
        as(Persona.OBSERVER)
                .get(base + "/activities")
                .then()
                .statusCode(200)
                .body("items.title", contains("Tryghedsvandringer"));
        Map<String, Object> bad = safetyWalks();
        bad.put("startsOn", "2027-05-01");
        bad.put("endsOn", "2027-04-01");
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(bad)
                                .post(base + "/activities")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("endsOn"));
        assertProblem(as(Persona.OTHER_MEMBER).get(activity).then(), 404, "not-found");
    }

    @Test
    void aLokalraadsProposalGoesOnTheAgendaAndTheProposerSeesTheAnswer() {
        String id = as(Persona.OBSERVER)
                .body(Map.of(
                        "kind",
                        "ACTIVITY",
                        "title",
                        "Tryghedsvandringer i Skovlunde",
                        "description",
                        "Lokalrådet foreslår to vandringer om året."))
                .post(base + "/proposals")
                .then()
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("mine", equalTo(true))
                .extract()
                .path("id");
        String meeting = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Møde", "startsAt", "2031-03-04T13:00:00+01:00", "durationMinutes", 60))
                .post(base + "/meetings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertProblem(
                as(Persona.MEMBER)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("meetingId", meeting))
                        .post(base + "/proposals/" + id + "/agenda")
                        .then(),
                403,
                "forbidden");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(Map.of("meetingId", meeting))
                .post(base + "/proposals/" + id + "/agenda")
                .then()
                .statusCode(200)
                .body("status", equalTo("ON_AGENDA"))
                .body("agenda.meetingTitle", equalTo("Møde"));
        as(Persona.SECRETARIAT)
                .get(base + "/meetings/" + meeting)
                .then()
                .body("agenda.title", contains("Forslag: Tryghedsvandringer i Skovlunde"));
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"1\"")
                .body(Map.of("outcome", "REJECTED", "reason", "Der er vandringer i forvejen."))
                .post(base + "/proposals/" + id + "/answer")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        as(Persona.OBSERVER)
                .get(base + "/proposals")
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("REJECTED"))
                .body("items[0].answerReason", equalTo("Der er vandringer i forvejen."))
                .body("items[0].mine", equalTo(true));
        assertProblem(
                as(Persona.SECRETARIAT)
                        .header("If-Match", "\"2\"")
                        .body(Map.of("outcome", "ACCEPTED", "reason", "Alligevel"))
                        .post(base + "/proposals/" + id + "/answer")
                        .then(),
                409,
                "invalid-state-transition");
        assertProblem(
                as(Persona.ADMIN)
                        .body(Map.of("kind", "FOCUS_AREA", "title", "X"))
                        .post(base + "/proposals")
                        .then(),
                403,
                "forbidden");
    }
}
