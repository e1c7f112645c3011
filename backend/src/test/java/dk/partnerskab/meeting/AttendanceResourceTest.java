package dk.partnerskab.meeting;

import static dk.partnerskab.testing.Api.addMember;
import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsInAnyOrder;
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

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class AttendanceResourceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    String partnership;
    String meetings;

    @BeforeEach
    void freshPartnership() {
        partnership = newPartnership("Deltagelse " + System.nanoTime());
        meetings = "/api/v1/partnerships/" + partnership + "/meetings";
    }

    /** A meeting on {@code day} with one agenda item, its agenda published (which invites the members). */
    String publishedMeeting(LocalDate day) {
        String id = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Møde", "startsAt", day + "T13:00:00+01:00", "durationMinutes", 120))
                .post(meetings)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .body(Map.of("title", "Status", "kind", "INFORMATION"))
                .post(meetings + "/" + id + "/agenda-items")
                .then()
                .statusCode(201);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .post(meetings + "/" + id + "/publish")
                .then()
                .statusCode(200);
        return id;
    }

    String myInvitation(Persona persona, String meeting) {
        return as(persona)
                .get(meetings + "/" + meeting + "/attendance")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.me }.id");
    }

    static Map<String, Object> answer(String response, String reason, String presence) {
        Map<String, Object> body = new HashMap<>();
        body.put("response", response);
        body.put("reason", reason);
        body.put("presence", presence);
        return body;
    }

    @Test
    void publishingInvitesTheMembersWhoAnswerForThemselves() {
        String meeting = publishedMeeting(TODAY.plusDays(20));
        String attendance = meetings + "/" + meeting + "/attendance";
        as(Persona.OBSERVER)
                .get(attendance)
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items.response", containsInAnyOrder("INVITED", "INVITED", "INVITED"))
                .body("unanswered", equalTo(3));
        String mine = myInvitation(Persona.MEMBER, meeting);

        as(Persona.MEMBER)
                .header("If-Match", "\"0\"")
                .body(answer("APOLOGIES", "Ferie", null))
                .put(attendance + "/" + mine)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("response", equalTo("APOLOGIES"))
                .body("reason", equalTo("Ferie"))
                .body("me", equalTo(true));
        as(Persona.SECRETARIAT)
                .get(attendance)
                .then()
                .body("apologies", equalTo(1))
                .body("unanswered", equalTo(2))
                .body("items.find { it.response == 'APOLOGIES' }.reason", equalTo("Ferie"));

        // Attending again drops the reason for the apologies.
        as(Persona.MEMBER)
                .header("If-Match", "\"1\"")
                .body(answer("ATTENDING", "Ferie", null))
                .put(attendance + "/" + mine)
                .then()
                .statusCode(200)
                .body("reason", nullValue());
        assertProblem(
                as(Persona.MEMBER)
                        .header("If-Match", "\"1\"")
                        .body(answer("APOLOGIES", null, null))
                        .put(attendance + "/" + mine)
                        .then(),
                412,
                "version-mismatch");
    }

    @Test
    void othersAnswersAndPresenceAreForTheSecretariat() {
        String meeting = publishedMeeting(TODAY.plusDays(20));
        String attendance = meetings + "/" + meeting + "/attendance";
        String members = myInvitation(Persona.MEMBER, meeting);
        assertProblem(
                as(Persona.OBSERVER)
                        .header("If-Match", "\"0\"")
                        .body(answer("APOLOGIES", null, null))
                        .put(attendance + "/" + members)
                        .then(),
                403,
                "forbidden");
        assertProblem(
                as(Persona.MEMBER)
                        .header("If-Match", "\"0\"")
                        .body(answer("ATTENDING", null, "PRESENT"))
                        .put(attendance + "/" + members)
                        .then(),
                403,
                "forbidden");
        assertProblem(as(Persona.OTHER_MEMBER).get(attendance).then(), 404, "not-found");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(answer("APOLOGIES", "Sygdom", null))
                .put(attendance + "/" + members)
                .then()
                .statusCode(200);
        assertProblem(
                as(Persona.SECRETARIAT)
                        .header("If-Match", "\"1\"")
                        .body(answer("APOLOGIES", "Sygdom", "ABSENT"))
                        .put(attendance + "/" + members)
                        .then(),
                409,
                "invalid-state-transition");
        as(Persona.MEMBER).get(attendance).then().body("items.find { it.me }.presence", nullValue());
    }

    @Test
    void onTheDayTheSecretariatRecordsPresenceAndAfterwardsAnswersAreClosed() {
        String meeting = publishedMeeting(TODAY.minusDays(1));
        String attendance = meetings + "/" + meeting + "/attendance";
        String members = myInvitation(Persona.MEMBER, meeting);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(answer("INVITED", null, "PRESENT"))
                .put(attendance + "/" + members)
                .then()
                .statusCode(200)
                .body("presence", equalTo("PRESENT"));
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"1\"")
                .post(meetings + "/" + meeting + "/held")
                .then()
                .statusCode(200);
        assertProblem(
                as(Persona.MEMBER)
                        .header("If-Match", "\"1\"")
                        .body(answer("APOLOGIES", null, "PRESENT"))
                        .put(attendance + "/" + members)
                        .then(),
                409,
                "invalid-state-transition");
        assertProblem(as(Persona.SECRETARIAT).post(attendance + "/invite").then(), 409, "invalid-state-transition");
    }

    @Test
    void onTheDayOfAnAdHocMeetingWhoseAgendaNeverWentOutTheMembersAreInvitedAndPresenceRecorded() {
        String meeting = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Ad hoc", "startsAt", TODAY + "T07:00:00+01:00", "durationMinutes", 60))
                .post(meetings)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String attendance = meetings + "/" + meeting + "/attendance";
        as(Persona.SECRETARIAT).get(attendance).then().statusCode(200).body("items", hasSize(0));
        as(Persona.SECRETARIAT).post(attendance + "/invite").then().statusCode(200);
        String members = myInvitation(Persona.MEMBER, meeting);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(answer("INVITED", null, "PRESENT"))
                .put(attendance + "/" + members)
                .then()
                .statusCode(200)
                .body("presence", equalTo("PRESENT"));
        as(Persona.SECRETARIAT).get(meetings + "/" + meeting).then().body("status", equalTo("PLANNED"));
    }

    @Test
    void membersWhoJoinLaterAreInvitedOnRequest() {
        String meeting = publishedMeeting(TODAY.plusDays(20));
        addMember(partnership, "ny@test.example", "MEMBER");
        as(Persona.SECRETARIAT)
                .post(meetings + "/" + meeting + "/attendance/invite")
                .then()
                .statusCode(200)
                .body("items", hasSize(4));
        as(Persona.SECRETARIAT)
                .post(meetings + "/" + meeting + "/attendance/invite")
                .then()
                .statusCode(200)
                .body("items", hasSize(4));
        assertProblem(
                as(Persona.MEMBER)
                        .post(meetings + "/" + meeting + "/attendance/invite")
                        .then(),
                403,
                "forbidden");
    }

    @Test
    void aReasonWithACprNumberIsRefusedNamingIt() {
        String meeting = publishedMeeting(TODAY.plusDays(20));
        String mine = myInvitation(Persona.MEMBER, meeting);
        assertProblem(
                        as(Persona.MEMBER)
                                .header("If-Match", "\"0\"")
                                .body(answer("APOLOGIES", "Barnets CPR 010203-1234", null))
                                .put(meetings + "/" + meeting + "/attendance/" + mine)
                                .then(),
                        400,
                        "personal-data-rejected")
                .body("violations[0].field", equalTo("reason"));
        assertProblem(
                        as(Persona.MEMBER)
                                .header("If-Match", "\"0\"")
                                .body(answer("MAYBE", null, null))
                                .put(meetings + "/" + meeting + "/attendance/" + mine)
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("response"));
        as(Persona.MEMBER)
                .get(meetings + "/" + meeting + "/attendance")
                .then()
                .body("items.find { it.me }.response", equalTo("INVITED"));
    }
}
