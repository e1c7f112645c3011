package dk.partnerskab.partnership;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class PeriodResourceTest {

    private static final String ALFA_KOMMUNE = "00000000-0000-4000-a000-000000000001";
    private static final String ALFA_POLITI = "00000000-0000-4000-a000-000000000002";

    String partnership;
    String base;

    @BeforeEach
    void freshPartnership() {
        partnership = newPartnership("Perioder " + System.nanoTime());
        base = "/api/v1/partnerships/" + partnership;
    }

    static Map<String, Object> term(String start, String end, String kind) {
        return new HashMap<>(Map.of("startDate", start, "endDate", end, "kind", kind));
    }

    static Map<String, Object> chair(String organisation, String start, String end) {
        return new HashMap<>(Map.of("organisationId", organisation, "startDate", start, "endDate", end));
    }

    @Test
    void termsAreAddedRenewedAndMayNotOverlap() {
        as(Persona.SECRETARIAT)
                .body(term("2013-09-01", "2015-12-31", "INITIAL"))
                .post(base + "/terms")
                .then()
                .statusCode(201)
                .body("kind", equalTo("INITIAL"));
        Map<String, Object> renewal = term("2016-01-01", "2019-12-31", "RENEWAL");
        renewal.put("signedOn", "2015-11-20");
        as(Persona.SECRETARIAT).body(renewal).post(base + "/terms").then().statusCode(201);
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(term("2019-06-01", "2021-12-31", "RENEWAL"))
                                .post(base + "/terms")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("startDate"))
                .body("violations[0].message", containsString("2016-01-01"));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(term("2022-01-01", "2021-12-31", "RENEWAL"))
                                .post(base + "/terms")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("endDate"));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(term("2022-13-01", "2023-12-31", "RENEWAL"))
                                .post(base + "/terms")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("startDate"));
        as(Persona.MEMBER)
                .get(base)
                .then()
                .body("terms.startDate", contains("2013-09-01", "2016-01-01"))
                .body("terms[1].signedOn", equalTo("2015-11-20"));
    }

    @Test
    void aTermIsEditedWithIfMatchDeletedAndRestored() {
        String id = as(Persona.SECRETARIAT)
                .body(term("2020-01-01", "2021-12-31", "INITIAL"))
                .post(base + "/terms")
                .then()
                .extract()
                .path("id");
        Map<String, Object> evaluated = term("2020-01-01", "2021-12-31", "INITIAL");
        evaluated.put("evaluationOutcome", "Forlænget");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(evaluated)
                .put(base + "/terms/" + id)
                .then()
                .statusCode(200)
                .body("evaluationOutcome", equalTo("Forlænget"))
                .body("version", equalTo(1));
        assertProblem(
                as(Persona.SECRETARIAT)
                        .header("If-Match", "\"0\"")
                        .body(evaluated)
                        .put(base + "/terms/" + id)
                        .then(),
                412,
                "version-mismatch");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"1\"")
                .delete(base + "/terms/" + id)
                .then()
                .statusCode(204);
        as(Persona.MEMBER).get(base).then().body("terms", org.hamcrest.Matchers.empty());
        as(Persona.SECRETARIAT).post(base + "/terms/" + id + "/restore").then().statusCode(200);
        as(Persona.MEMBER).get(base).then().body("terms.id", contains(id));
    }

    @Test
    void restoringAnOverlappedTermIsRefusedAndChangesNothing() {
        String id = as(Persona.SECRETARIAT)
                .body(term("2020-01-01", "2021-12-31", "INITIAL"))
                .post(base + "/terms")
                .then()
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .delete(base + "/terms/" + id)
                .then()
                .statusCode(204);
        as(Persona.SECRETARIAT)
                .body(term("2021-01-01", "2022-12-31", "INITIAL"))
                .post(base + "/terms")
                .then()
                .statusCode(201);
        assertProblem(
                as(Persona.SECRETARIAT).post(base + "/terms/" + id + "/restore").then(), 400, "validation-failed");
        as(Persona.MEMBER).get(base).then().body("terms.startDate", contains("2021-01-01"));
    }

    @Test
    void chairPeriodsRotateWithoutOverlapsAmongActiveOrganisations() {
        as(Persona.SECRETARIAT)
                .body(chair(ALFA_KOMMUNE, "2013-09-01", "2014-12-31"))
                .post(base + "/chair-periods")
                .then()
                .statusCode(201)
                .body("organisation.name", equalTo("Alfa Kommune"));
        String next = as(Persona.SECRETARIAT)
                .body(chair(ALFA_POLITI, "2015-01-01", "2015-12-31"))
                .post(base + "/chair-periods")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(chair(ALFA_KOMMUNE, "2014-06-01", "2015-03-31"))
                                .post(base + "/chair-periods")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].message", containsString("Alfa"));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(chair("00000000-0000-4000-a000-0000000000ff", "2016-01-01", "2016-12-31"))
                                .post(base + "/chair-periods")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("organisationId"));
        Map<String, Object> withNote = chair(ALFA_POLITI, "2015-01-01", "2016-06-30");
        withNote.put("note", "Forlænget et halvt år");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(withNote)
                .put(base + "/chair-periods/" + next)
                .then()
                .statusCode(200)
                .body("endDate", equalTo("2016-06-30"));
        as(Persona.MEMBER)
                .get(base)
                .then()
                .body("chairPeriods.organisation.name", contains("Alfa Kommune", "Alfa Politi"));
    }

    @Test
    void onlyEditorsChangePeriodsAndCprNumbersAreRejected() {
        assertProblem(
                as(Persona.MEMBER)
                        .body(term("2020-01-01", "2021-12-31", "INITIAL"))
                        .post(base + "/terms")
                        .then(),
                403,
                "forbidden");
        assertProblem(
                as(Persona.OBSERVER)
                        .body(chair(ALFA_KOMMUNE, "2020-01-01", "2021-12-31"))
                        .post(base + "/chair-periods")
                        .then(),
                403,
                "forbidden");
        assertProblem(
                as(Persona.OTHER_MEMBER)
                        .body(term("2020-01-01", "2021-12-31", "INITIAL"))
                        .post(base + "/terms")
                        .then(),
                404,
                "not-found");
        Map<String, Object> personal = term("2020-01-01", "2021-12-31", "INITIAL");
        personal.put("note", "Ung 0101011234 i målgruppen");
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(personal)
                                .post(base + "/terms")
                                .then(),
                        400,
                        "personal-data-rejected")
                .body("violations[0].field", equalTo("note"));
        as(Persona.MEMBER).get(base).then().body("terms", org.hamcrest.Matchers.empty());
    }
}
