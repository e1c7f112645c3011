package dk.partnerskab.meeting;

import static dk.partnerskab.testing.Api.addFixtureParties;
import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Planning meetings: a year without duplicates, an agenda from the previous one, and who hears of it. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class MeetingPlanningTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    static final String ALFA_KOMMUNE = "00000000-0000-4000-a000-000000000001";

    String partnership;
    String base;

    @BeforeEach
    void freshPartnership() {
        partnership = newPartnership("Dagsorden " + System.nanoTime());
        base = "/api/v1/partnerships/" + partnership + "/meetings";
    }

    String plan(LocalDate day) {
        return as(Persona.SECRETARIAT)
                .body(Map.of("title", "Møde " + day, "startsAt", day + "T13:00:00+01:00", "durationMinutes", 120))
                .post(base)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    String addItem(String meeting, Map<String, Object> item) {
        return as(Persona.SECRETARIAT)
                .body(item)
                .post(base + "/" + meeting + "/agenda-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    void publish(String meeting) {
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .post(base + "/" + meeting + "/publish")
                .then()
                .statusCode(200);
    }

    @Test
    void copyingThePreviousAgendaAppendsItsItemsButNotWhatWasDecided() {
        String area = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Tryghed i nattelivet"))
                .post("/api/v1/partnerships/" + partnership + "/focus-areas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String older = plan(TODAY.minusDays(90));
        addItem(older, Map.of("title", "Gammelt punkt", "kind", "INFORMATION"));
        String previous = plan(TODAY.minusDays(30));
        Map<String, Object> status = new HashMap<>();
        status.put("title", "Status på nattelivet");
        status.put("kind", "DECISION");
        status.put("presenter", "Alfa Politi");
        status.put("durationMinutes", 25);
        status.put("focusAreaId", area);
        status.put("background", "<p>Se tallene</p>");
        String decided = addItem(previous, status);
        addItem(previous, Map.of("title", "Eventuelt", "kind", "INFORMATION", "durationMinutes", 5));
        publish(previous);
        as(Persona.SECRETARIAT)
                .body(Map.of("agendaItemId", decided, "text", "Vi fortsætter"))
                .post(base + "/" + previous + "/minutes/decisions")
                .then()
                .statusCode(201);
        // A cancelled meeting in between is not the one to follow.
        String cancelled = plan(TODAY.minusDays(10));
        addItem(cancelled, Map.of("title", "Aflyst punkt", "kind", "INFORMATION"));
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(Map.of())
                .post(base + "/" + cancelled + "/cancel")
                .then()
                .statusCode(200);

        String next = plan(TODAY.plusDays(30));
        addItem(next, Map.of("title", "Velkomst", "kind", "INFORMATION"));
        as(Persona.SECRETARIAT)
                .post(base + "/" + next + "/agenda-items/copy-previous")
                .then()
                .statusCode(200)
                .body("title", contains("Velkomst", "Status på nattelivet", "Eventuelt"))
                .body("number", contains(1, 2, 3))
                .body("[1].kind", equalTo("DECISION"))
                .body("[1].presenter", equalTo("Alfa Politi"))
                .body("[1].durationMinutes", equalTo(25))
                .body("[1].focusArea.id", equalTo(area))
                .body("[1].background", equalTo("<p>Se tallene</p>"))
                .body("[1].decisions", hasSize(0))
                .body("[1].minutes", nullValue())
                .body("[1].attachments", hasSize(0))
                .body("[2].durationMinutes", equalTo(5));
        // The previous meeting's own agenda is untouched.
        as(Persona.SECRETARIAT)
                .get(base + "/" + previous)
                .then()
                .body("agenda.title", contains("Status på nattelivet", "Eventuelt"))
                .body("agenda[0].decisions", hasSize(1));
    }

    @Test
    void copyingIsRefusedWithAReasonWhenThereIsNothingToCopyOrTheAgendaCannotChange() {
        String first = plan(TODAY.minusDays(5));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .post(base + "/" + first + "/agenda-items/copy-previous")
                                .then(),
                        409,
                        "invalid-state-transition")
                .body("detail", containsString("No earlier meeting"));
        addItem(first, Map.of("title", "Status", "kind", "INFORMATION"));
        publish(first);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"1\"")
                .post(base + "/" + first + "/held")
                .then()
                .statusCode(200);
        String later = plan(TODAY.plusDays(5));
        assertProblem(
                as(Persona.MEMBER)
                        .post(base + "/" + later + "/agenda-items/copy-previous")
                        .then(),
                403,
                "forbidden");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(Map.of())
                .post(base + "/" + later + "/cancel")
                .then()
                .statusCode(200);
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .post(base + "/" + later + "/agenda-items/copy-previous")
                                .then(),
                        409,
                        "invalid-state-transition")
                .body("detail", containsString("can no longer change"));
        as(Persona.SECRETARIAT).get(base + "/" + later).then().body("agenda", hasSize(0));
    }

    @Test
    void theSendDialogNamesTheMembersTheAgendaGoesToWithTheirOrganisation() {
        addFixtureParties(partnership);
        as(Persona.ADMIN)
                .body(Map.of(
                        "email",
                        "bo.ballerup." + System.nanoTime() + "@test.example",
                        "name",
                        "Bo Ballerup",
                        "role",
                        "MEMBER",
                        "organisationId",
                        ALFA_KOMMUNE))
                .post("/api/v1/partnerships/" + partnership + "/members")
                .then()
                .statusCode(201);
        String meeting = plan(TODAY.plusDays(14));
        String recipients = base + "/" + meeting + "/agenda/recipients";
        as(Persona.SECRETARIAT)
                .get(recipients)
                .then()
                .statusCode(200)
                .body("items", hasSize(4))
                .body("items.find { it.name == 'Bo Ballerup' }.organisation.name", equalTo("Alfa Kommune"))
                .body("withoutAddress", hasSize(0))
                .body("items[0].containsKey('email')", equalTo(false));
        assertProblem(as(Persona.MEMBER).get(recipients).then(), 403, "forbidden");
        assertProblem(as(Persona.OBSERVER).get(recipients).then(), 403, "forbidden");
    }

    @Test
    void aSeriesSkipsTheWeeksThatAlreadyHaveAMeeting() {
        // Already planned: a meeting on the Thursday of the second quarter's week, and a cancelled
        // one in the third quarter's week, which does not count.
        as(Persona.SECRETARIAT)
                .body(Map.of("title", "Flyttet møde", "startsAt", "2030-06-20T10:00:00+02:00", "durationMinutes", 60))
                .post(base)
                .then()
                .statusCode(201);
        String cancelled = plan(LocalDate.parse("2030-09-19"));
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(Map.of())
                .post(base + "/" + cancelled + "/cancel")
                .then()
                .statusCode(200);
        Map<String, Object> series = Map.of(
                "title", "Partnerskabsmøde", "firstDate", "2030-03-12", "startTime", "13:00", "durationMinutes", 120);
        as(Persona.SECRETARIAT)
                .body(series)
                .post(base + "/series")
                .then()
                .statusCode(201)
                .body(
                        "startsAt",
                        contains(
                                "2030-03-12T13:00:00+01:00", "2030-09-17T13:00:00+02:00", "2030-12-17T13:00:00+01:00"));
        // Planning the year again plans nothing new.
        as(Persona.SECRETARIAT)
                .body(series)
                .post(base + "/series")
                .then()
                .statusCode(201)
                .body("", hasSize(0));
        as(Persona.SECRETARIAT).get(base + "?status=PLANNED&size=50").then().body("totalItems", equalTo(4));
    }
}
