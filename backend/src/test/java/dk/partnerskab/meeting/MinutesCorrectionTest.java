package dk.partnerskab.meeting;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class MinutesCorrectionTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    @Inject
    MockMailbox mailbox;

    String base;
    String item;

    /** A meeting held yesterday whose minutes (one item, one decision) are approved and published. */
    @BeforeEach
    void publishedMinutes() {
        String meetings = "/api/v1/partnerships/" + newPartnership("Rettelse " + System.nanoTime()) + "/meetings";
        base = meetings + "/"
                + as(Persona.SECRETARIAT)
                        .body(Map.of(
                                "title",
                                "Vintermøde",
                                "startsAt",
                                TODAY.minusDays(1) + "T13:00:00+01:00",
                                "durationMinutes",
                                60))
                        .post(meetings)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        item = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Nattevandring", "kind", "DECISION"))
                .post(base + "/agenda-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .post(base + "/publish")
                .then()
                .statusCode(200);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(Map.of("minutes", "<p>Vandringen er den 4. marts.</p>"))
                .put(base + "/minutes/items/" + item)
                .then()
                .statusCode(200);
        as(Persona.SECRETARIAT)
                .body(Map.of("agendaItemId", item, "text", "Der gås nattevandring i marts."))
                .post(base + "/minutes/decisions")
                .then()
                .statusCode(201);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"1\"")
                .post(base + "/held")
                .then()
                .statusCode(200);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"2\"")
                .body(Map.of("commentDeadline", TODAY.toString()))
                .post(base + "/minutes/send")
                .then()
                .statusCode(200);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"3\"")
                .body(Map.of("atMeeting", true))
                .post(base + "/minutes/approve")
                .then()
                .statusCode(200);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"4\"")
                .post(base + "/minutes/publish")
                .then()
                .statusCode(200)
                .body("minutesVersion", equalTo(1));
        mailbox.clear();
    }

    @Test
    void publishedMinutesDoNotChangeUntilReopenedForCorrection() {
        assertProblem(
                as(Persona.SECRETARIAT)
                        .header("If-Match", "\"1\"")
                        .body(Map.of("minutes", "<p>Ændret</p>"))
                        .put(base + "/minutes/items/" + item)
                        .then(),
                409,
                "invalid-state-transition");
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .header("If-Match", "\"5\"")
                                .body(Map.of("reason", " "))
                                .post(base + "/minutes/correction")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("reason"));
        assertProblem(
                as(Persona.MEMBER)
                        .header("If-Match", "\"5\"")
                        .body(Map.of("reason", "Fejl"))
                        .post(base + "/minutes/correction")
                        .then(),
                403,
                "forbidden");
        as(Persona.INTEGRATION)
                .get(base + "/minutes/versions/1")
                .then()
                .statusCode(200)
                .body("items[0].minutes", equalTo("<p>Vandringen er den 4. marts.</p>"))
                .body("items[0].decisions", contains("Der gås nattevandring i marts."))
                .body("changes", empty());
    }

    @Test
    void aCorrectionIsTheNextVersionAndShowsWhatChanged() {
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"5\"")
                .body(Map.of("reason", "Datoen var forkert"))
                .post(base + "/minutes/correction")
                .then()
                .statusCode(200)
                .body("minutesStatus", equalTo("DRAFT"))
                .body("minutesCorrectionReason", equalTo("Datoen var forkert"));
        // While it is corrected, the published version stays readable as it was.
        as(Persona.MEMBER)
                .get(base + "/minutes/versions/1")
                .then()
                .statusCode(200)
                .body("items[0].minutes", equalTo("<p>Vandringen er den 4. marts.</p>"));
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"1\"")
                .body(Map.of("minutes", "<p>Vandringen er den 11. marts.</p>"))
                .put(base + "/minutes/items/" + item)
                .then()
                .statusCode(200);
        as(Persona.SECRETARIAT)
                .body(Map.of("agendaItemId", item, "text", "Kommunen giver kaffe."))
                .post(base + "/minutes/decisions")
                .then()
                .statusCode(201);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"6\"")
                .post(base + "/minutes/publish")
                .then()
                .statusCode(200)
                .body("minutesStatus", equalTo("PUBLISHED"))
                .body("minutesVersion", equalTo(2))
                .body("minutesCorrectionReason", nullValue());

        as(Persona.MEMBER)
                .get(base + "/minutes/versions")
                .then()
                .statusCode(200)
                .body("number", contains(1, 2))
                .body("reason", contains(null, "Datoen var forkert"));
        as(Persona.MEMBER)
                .get(base + "/minutes/versions/2")
                .then()
                .statusCode(200)
                .body("changes.kind", contains("MINUTES_CHANGED", "DECISION_ADDED"))
                .body("changes[0].before", equalTo("Vandringen er den 4. marts."))
                .body("changes[0].after", equalTo("Vandringen er den 11. marts."))
                .body("changes[1].after", equalTo("Kommunen giver kaffe."));
        List<String> subjects = mailbox.getMailsSentTo("medlem@test.example").stream()
                .map(m -> m.getSubject())
                .toList();
        assertEquals(List.of("Referat rettet: Vintermøde"), subjects);
    }

    @Test
    void unknownVersionsAreNotFound() {
        assertProblem(as(Persona.MEMBER).get(base + "/minutes/versions/2").then(), 404, "not-found");
        assertProblem(as(Persona.MEMBER).get(base + "/minutes/versions/første").then(), 400, "validation-failed");
        assertProblem(as(Persona.OTHER_MEMBER).get(base + "/minutes/versions").then(), 404, "not-found");
    }
}
