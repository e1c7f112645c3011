package dk.partnerskab.meeting;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class AgendaSuggestionTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    static final String ALFA_KOMMUNE = "00000000-0000-4000-a000-000000000001";

    String meetings;
    String next;
    String dueFollowUp;
    String untouched;

    @BeforeEach
    void aHeldMeetingAndTheNextOne() {
        String partnership = newPartnership("Forslag " + System.nanoTime());
        dk.partnerskab.testing.Api.addFixtureParties(partnership);
        meetings = "/api/v1/partnerships/" + partnership + "/meetings";
        String held = meetings + "/"
                + as(Persona.SECRETARIAT)
                        .body(Map.of(
                                "title",
                                "Sommermøde",
                                "startsAt",
                                TODAY.minusDays(1) + "T13:00:00+01:00",
                                "durationMinutes",
                                60))
                        .post(meetings)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        String dealt = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Tryghedsvandring", "kind", "DISCUSSION"))
                .post(held + "/agenda-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        untouched = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Skolevejen", "kind", "DECISION", "background", "<p>Udsat sidst.</p>"))
                .post(held + "/agenda-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .body(Map.of("title", "Eventuelt", "kind", "INFORMATION"))
                .post(held + "/agenda-items")
                .then()
                .statusCode(201);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .post(held + "/publish")
                .then()
                .statusCode(200);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(Map.of("minutes", "<p>Drøftet.</p>"))
                .put(held + "/minutes/items/" + dealt)
                .then()
                .statusCode(200);
        dueFollowUp = as(Persona.SECRETARIAT)
                .body(Map.of(
                        "agendaItemId",
                        dealt,
                        "title",
                        "Kortlæg belysningen",
                        "responsibleOrganisationId",
                        ALFA_KOMMUNE,
                        "dueDate",
                        TODAY.plusDays(5).toString()))
                .post(held + "/minutes/follow-ups")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .body(Map.of(
                        "agendaItemId",
                        dealt,
                        "title",
                        "Senere opgave",
                        "responsibleOrganisationId",
                        ALFA_KOMMUNE,
                        "dueDate",
                        TODAY.plusDays(60).toString()))
                .post(held + "/minutes/follow-ups")
                .then()
                .statusCode(201);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"1\"")
                .post(held + "/held")
                .then()
                .statusCode(200);
        next = meetings + "/"
                + as(Persona.SECRETARIAT)
                        .body(Map.of(
                                "title",
                                "Efterårsmøde",
                                "startsAt",
                                TODAY.plusDays(10) + "T13:00:00+01:00",
                                "durationMinutes",
                                60))
                        .post(meetings)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
    }

    @Test
    void dueFollowUpsAndItemsNotDealtWithAreSuggested() {
        as(Persona.SECRETARIAT)
                .get(next + "/agenda-suggestions")
                .then()
                .statusCode(200)
                .body("kind", contains("FOLLOW_UP", "CARRIED_OVER"))
                .body("title", contains("Opfølgning: Kortlæg belysningen", "Skolevejen"))
                .body("[0].responsible", equalTo("Alfa Kommune"))
                .body("[0].dueDate", equalTo(TODAY.plusDays(5).toString()))
                .body("[0].overdue", equalTo(false))
                .body("[1].sourceMeetingTitle", equalTo("Sommermøde"));
    }

    @Test
    void anAcceptedSuggestionBecomesAnItemAndIsNotSuggestedAgain() {
        as(Persona.SECRETARIAT)
                .body(Map.of("kind", "CARRIED_OVER", "sourceId", untouched))
                .post(next + "/agenda-suggestions")
                .then()
                .statusCode(201)
                .body("title", equalTo("Skolevejen"))
                .body("kind", equalTo("DECISION"))
                .body("background", equalTo("<p>Udsat sidst.</p>"));
        as(Persona.SECRETARIAT)
                .body(Map.of("kind", "FOLLOW_UP", "sourceId", dueFollowUp))
                .post(next + "/agenda-suggestions")
                .then()
                .statusCode(201)
                .body("title", equalTo("Opfølgning: Kortlæg belysningen"));
        as(Persona.SECRETARIAT)
                .get(next + "/agenda-suggestions")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(Map.of("kind", "FOLLOW_UP", "sourceId", dueFollowUp))
                                .post(next + "/agenda-suggestions")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("sourceId"));
        as(Persona.MEMBER).get(next).then().statusCode(200);
        as(Persona.SECRETARIAT)
                .get(next)
                .then()
                .body("agenda.title", contains("Skolevejen", "Opfølgning: Kortlæg belysningen"));
    }

    @Test
    void onlyTheSecretariatGetsSuggestions() {
        assertProblem(as(Persona.MEMBER).get(next + "/agenda-suggestions").then(), 403, "forbidden");
        assertProblem(as(Persona.OTHER_MEMBER).get(next + "/agenda-suggestions").then(), 404, "not-found");
    }
}
