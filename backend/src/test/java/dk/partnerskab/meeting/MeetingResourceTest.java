package dk.partnerskab.meeting;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class MeetingResourceTest {

    String partnership;
    String base;

    @BeforeEach
    void freshPartnership() {
        partnership = newPartnership("Møder " + System.nanoTime());
        base = "/api/v1/partnerships/" + partnership + "/meetings";
    }

    static Map<String, Object> meeting(String title, String startsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("startsAt", startsAt);
        body.put("durationMinutes", 120);
        body.put("place", "Herlev Rådhus");
        return body;
    }

    String plan(String title, String startsAt) {
        return as(Persona.SECRETARIAT)
                .body(meeting(title, startsAt))
                .post(base)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    String addItem(String meetingId, String title) {
        return as(Persona.SECRETARIAT)
                .body(Map.of("title", title, "kind", "DISCUSSION"))
                .post(base + "/" + meetingId + "/agenda-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Nested
    class Planning {

        @Test
        void plannedMeetingsAnswerInCopenhagenTimeAndListByStart() {
            plan("Sommermøde", "2027-06-08T11:00:00Z");
            as(Persona.SECRETARIAT)
                    .body(meeting("Forårsmøde", "2027-03-09T12:00:00Z"))
                    .post(base)
                    .then()
                    .statusCode(201)
                    .header("ETag", equalTo("\"0\""))
                    .body("startsAt", equalTo("2027-03-09T13:00:00+01:00"))
                    .body("status", equalTo("PLANNED"))
                    .body("canEdit", equalTo(true))
                    .body("agenda", hasSize(0));
            as(Persona.MEMBER)
                    .get(base)
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(2))
                    .body("items.title", contains("Forårsmøde", "Sommermøde"))
                    .body("items[1].startsAt", equalTo("2027-06-08T13:00:00+02:00"));
            as(Persona.MEMBER)
                    .get(base + "?sort=-startsAt&size=1")
                    .then()
                    .statusCode(200)
                    .body("items.title", contains("Sommermøde"))
                    .body("totalPages", equalTo(2));
            as(Persona.MEMBER)
                    .get(base + "?from=2027-06-08&to=2027-06-08")
                    .then()
                    .statusCode(200)
                    .body("items.title", contains("Sommermøde"));
        }

        @Test
        void aSeriesPlansFourQuarterlyMeetingsOnTheFirstOnesWeekday() {
            as(Persona.SECRETARIAT)
                    .body(Map.of(
                            "title",
                            "Partnerskabsmøde",
                            "firstDate",
                            "2027-03-09",
                            "startTime",
                            "13:00",
                            "durationMinutes",
                            120,
                            "place",
                            "Herlev Rådhus"))
                    .post(base + "/series")
                    .then()
                    .statusCode(201)
                    .body(
                            "startsAt",
                            contains(
                                    "2027-03-09T13:00:00+01:00",
                                    "2027-06-15T13:00:00+02:00",
                                    "2027-09-14T13:00:00+02:00",
                                    "2027-12-14T13:00:00+01:00"))
                    .body(
                            "title",
                            contains(
                                    "Partnerskabsmøde – 1. kvartal 2027",
                                    "Partnerskabsmøde – 2. kvartal 2027",
                                    "Partnerskabsmøde – 3. kvartal 2027",
                                    "Partnerskabsmøde – 4. kvartal 2027"));
            as(Persona.OBSERVER).get(base).then().body("totalItems", equalTo(4));
        }

        @Test
        void yearsBelowTheAgreementsMinimumAreFlagged() {
            int thisYear = LocalDate.now(ZoneId.of("Europe/Copenhagen")).getYear();
            as(Persona.SECRETARIAT)
                    .body(Map.of(
                            "title",
                            "Møde",
                            "firstDate",
                            (thisYear + 1) + "-02-02",
                            "startTime",
                            "09:00",
                            "durationMinutes",
                            90))
                    .post(base + "/series")
                    .then()
                    .statusCode(201);
            String cancelled = plan("Aflyst", (thisYear - 1) + "-05-05T10:00:00+02:00");
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("reason", "Valg"))
                    .post(base + "/" + cancelled + "/cancel")
                    .then()
                    .statusCode(200);
            as(Persona.MEMBER)
                    .get(base + "/years")
                    .then()
                    .statusCode(200)
                    .body("year", contains(thisYear - 1, thisYear, thisYear + 1))
                    .body("meetings", contains(0, 0, 4))
                    .body("minimum", contains(4, 4, 4))
                    .body("belowMinimum", contains(true, true, false));
        }

        @Test
        void movingNeedsIfMatchAndEndsWithCancellation() {
            String id = plan("Møde", "2027-03-09T13:00:00+01:00");
            Map<String, Object> moved = meeting("Møde (flyttet)", "2027-03-16T13:00:00+01:00");
            assertProblem(
                    as(Persona.SECRETARIAT).body(moved).put(base + "/" + id).then(), 428, "precondition-required");
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"0\"")
                    .body(moved)
                    .put(base + "/" + id)
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("startsAt", equalTo("2027-03-16T13:00:00+01:00"));
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"0\"")
                            .body(moved)
                            .put(base + "/" + id)
                            .then(),
                    412,
                    "version-mismatch");
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"1\"")
                    .body(Map.of("reason", "Flyttes til april"))
                    .post(base + "/" + id + "/cancel")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("CANCELLED"))
                    .body("cancellationReason", equalTo("Flyttes til april"));
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"2\"")
                            .body(moved)
                            .put(base + "/" + id)
                            .then(),
                    409,
                    "invalid-state-transition");
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"2\"")
                            .post(base + "/" + id + "/cancel")
                            .then(),
                    409,
                    "invalid-state-transition");
            as(Persona.MEMBER)
                    .get("/api/v1/partnerships/" + partnership + "/history")
                    .then()
                    .statusCode(200)
                    .body("items.entityType", hasItems("MEETING"))
                    .body("items[0].after.status", equalTo("CANCELLED"));
        }
    }

    @Nested
    class Agenda {

        @Test
        void theTemplateAddsTheStandardItemsNumberedInOrder() {
            String id = plan("Møde", "2027-03-09T13:00:00+01:00");
            addItem(id, "Særligt punkt");
            as(Persona.SECRETARIAT)
                    .post(base + "/" + id + "/agenda-items/template")
                    .then()
                    .statusCode(200)
                    .body("number", contains(1, 2, 3, 4, 5, 6, 7, 8))
                    .body("title[0]", equalTo("Særligt punkt"))
                    .body("title[1]", equalTo("Godkendelse af dagsorden"))
                    .body("title[7]", equalTo("Eventuelt"));
        }

        @Test
        void publishingNeedsItemsAndMarksLaterChanges() {
            String id = plan("Møde", "2027-03-09T13:00:00+01:00");
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"0\"")
                            .post(base + "/" + id + "/publish")
                            .then(),
                    409,
                    "invalid-state-transition");
            String first = addItem(id, "Status");
            String second = addItem(id, "Eventuelt");
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"0\"")
                    .post(base + "/" + id + "/publish")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("AGENDA_PUBLISHED"))
                    .body("agendaPublishedAt", notNullValue())
                    .body("agenda.changedAfterPublish", contains(false, false));
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"0\"")
                    .body(Map.of(
                            "title",
                            "Status på tryghedsvandringer",
                            "kind",
                            "DECISION",
                            "background",
                            "<p>Se bilag<script>x()</script></p>"))
                    .put(base + "/" + id + "/agenda-items/" + first)
                    .then()
                    .statusCode(200)
                    .body("changedAfterPublish", equalTo(true))
                    .body("background", equalTo("<p>Se bilag</p>"));
            as(Persona.MEMBER)
                    .get(base + "/" + id)
                    .then()
                    .statusCode(200)
                    .body("canEdit", equalTo(false))
                    .body("agenda.title", contains("Status på tryghedsvandringer", "Eventuelt"))
                    .body("agenda.changedAfterPublish", contains(true, false));
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"1\"")
                            .post(base + "/" + id + "/publish")
                            .then(),
                    409,
                    "invalid-state-transition");
            assertProblem(
                    as(Persona.MEMBER)
                            .header("If-Match", "\"0\"")
                            .delete(base + "/" + id + "/agenda-items/" + second)
                            .then(),
                    403,
                    "forbidden");
        }

        @Test
        void reorderingIsCheckedAgainstTheMeetingsVersion() {
            String id = plan("Møde", "2027-03-09T13:00:00+01:00");
            String first = addItem(id, "A");
            String second = addItem(id, "B");
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("ids", List.of(second, first)))
                    .put(base + "/" + id + "/agenda-items/order")
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("title", contains("B", "A"))
                    .body("number", contains(1, 2));
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"0\"")
                            .body(Map.of("ids", List.of(first, second)))
                            .put(base + "/" + id + "/agenda-items/order")
                            .then(),
                    412,
                    "version-mismatch");
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .header("If-Match", "\"1\"")
                                    .body(Map.of("ids", List.of(first)))
                                    .put(base + "/" + id + "/agenda-items/order")
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("ids"));
            as(Persona.SECRETARIAT).get(base + "/" + id).then().body("agenda.title", contains("B", "A"));
        }

        @Test
        void membersSeeTheAgendaOncePublished() {
            String id = plan("Møde", "2027-03-09T13:00:00+01:00");
            addItem(id, "Status");
            as(Persona.MEMBER).get(base + "/" + id).then().statusCode(200).body("agenda", hasSize(0));
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"0\"")
                    .post(base + "/" + id + "/publish")
                    .then()
                    .statusCode(200);
            as(Persona.MEMBER).get(base + "/" + id).then().body("agenda.title", contains("Status"));
        }

        @Test
        void aDeletedItemComesBackLast() {
            String id = plan("Møde", "2027-03-09T13:00:00+01:00");
            String first = addItem(id, "A");
            addItem(id, "B");
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"0\"")
                    .delete(base + "/" + id + "/agenda-items/" + first)
                    .then()
                    .statusCode(204);
            as(Persona.SECRETARIAT)
                    .get(base + "/" + id)
                    .then()
                    .body("agenda.title", contains("B"))
                    .body("agenda.number", contains(1));
            as(Persona.SECRETARIAT)
                    .post(base + "/" + id + "/agenda-items/" + first + "/restore")
                    .then()
                    .statusCode(200)
                    .body("number", equalTo(2));
            as(Persona.SECRETARIAT).get(base + "/" + id).then().body("agenda.title", contains("B", "A"));
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .post(base + "/" + id + "/agenda-items/" + first + "/restore")
                            .then(),
                    404,
                    "not-found");
        }

        @Test
        void itemsLinkOnlyToThisPartnershipsFocusAreas() {
            String id = plan("Møde", "2027-03-09T13:00:00+01:00");
            String area = as(Persona.SECRETARIAT)
                    .body(Map.of("title", "Dialog"))
                    .post("/api/v1/partnerships/" + partnership + "/focus-areas")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(Persona.SECRETARIAT)
                    .body(Map.of("title", "Dialog med borgerne", "kind", "DISCUSSION", "focusAreaId", area))
                    .post(base + "/" + id + "/agenda-items")
                    .then()
                    .statusCode(201)
                    .body("focusArea.title", equalTo("Dialog"))
                    .body("focusArea.number", equalTo(1));
            String foreign = newPartnership("Fremmed " + System.nanoTime());
            String foreignArea = as(Persona.ADMIN)
                    .body(Map.of("title", "Fremmed"))
                    .post("/api/v1/partnerships/" + foreign + "/focus-areas")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .body(Map.of("title", "X", "kind", "DISCUSSION", "focusAreaId", foreignArea))
                                    .post(base + "/" + id + "/agenda-items")
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("focusAreaId"));
            as(Persona.SECRETARIAT).get(base + "/" + id).then().body("agenda", hasSize(1));
        }
    }

    @Nested
    class Holding {

        @Test
        void aPublishedMeetingIsHeldFromItsDay() {
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
            String past = plan("Afholdt", today.minusDays(1) + "T13:00:00+01:00");
            addItem(past, "Status");
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"0\"")
                            .post(base + "/" + past + "/held")
                            .then(),
                    409,
                    "invalid-state-transition");
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"0\"")
                    .post(base + "/" + past + "/publish")
                    .then()
                    .statusCode(200);
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"1\"")
                    .post(base + "/" + past + "/held")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("HELD"));
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .body(Map.of("title", "Sent", "kind", "INFORMATION"))
                            .post(base + "/" + past + "/agenda-items")
                            .then(),
                    409,
                    "invalid-state-transition");

            String future = plan("Kommende", today.plusDays(30) + "T13:00:00+01:00");
            addItem(future, "Status");
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"0\"")
                    .post(base + "/" + future + "/publish")
                    .then()
                    .statusCode(200);
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"1\"")
                            .post(base + "/" + future + "/held")
                            .then(),
                    409,
                    "invalid-state-transition");
        }
    }

    @Nested
    class BadInput {

        @Test
        void missingOrInvalidFieldsAreNamedAndNothingIsStored() {
            Map<String, Object> noStart = meeting("Møde", null);
            noStart.remove("startsAt");
            assertProblem(as(Persona.SECRETARIAT).body(noStart).post(base).then(), 400, "validation-failed")
                    .body("violations[0].field", equalTo("startsAt"));
            Map<String, Object> tooShort = meeting("Møde", "2027-03-09T13:00:00+01:00");
            tooShort.put("durationMinutes", 2);
            assertProblem(as(Persona.SECRETARIAT).body(tooShort).post(base).then(), 400, "validation-failed")
                    .body("violations[0].field", equalTo("durationMinutes"));
            Map<String, Object> script = meeting("Møde", "2027-03-09T13:00:00+01:00");
            script.put("onlineUrl", "javascript:alert(1)");
            assertProblem(as(Persona.SECRETARIAT).body(script).post(base).then(), 400, "validation-failed")
                    .body("violations[0].field", equalTo("onlineUrl"));
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .body(meeting("Møde om 010203-1234", "2027-03-09T13:00:00+01:00"))
                                    .post(base)
                                    .then(),
                            400,
                            "personal-data-rejected")
                    .body("violations[0].field", equalTo("title"));
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .body(meeting("Møde", "i morgen"))
                                    .post(base)
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("startsAt"));
            Map<String, Object> unknown = meeting("Møde", "2027-03-09T13:00:00+01:00");
            unknown.put("agenda", "x");
            assertProblem(as(Persona.SECRETARIAT).body(unknown).post(base).then(), 400, "validation-failed");
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .body(Map.of(
                                            "title",
                                            "Serie",
                                            "firstDate",
                                            "2027-03-09",
                                            "startTime",
                                            "13:00",
                                            "durationMinutes",
                                            60,
                                            "count",
                                            13))
                                    .post(base + "/series")
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("count"));
            assertProblem(as(Persona.MEMBER).get(base + "?from=marts").then(), 400, "validation-failed")
                    .body("violations[0].field", equalTo("from"));
            assertProblem(as(Persona.MEMBER).get(base + "?status=planned").then(), 400, "validation-failed")
                    .body("violations[0].field", equalTo("status"));
            as(Persona.MEMBER).get(base).then().body("totalItems", equalTo(0));
        }

        @Test
        void malformedIdsAre400NamingTheParameter() {
            assertProblem(as(Persona.MEMBER).get(base + "/12345").then(), 400, "validation-failed")
                    .body("violations[0].field", equalTo("meetingId"))
                    .body("violations[0].in", equalTo("path"));
            assertProblem(as(Persona.MEMBER).get(base + "?workingGroup=gruppe").then(), 400, "validation-failed")
                    .body("violations[0].field", equalTo("workingGroup"))
                    .body("violations[0].in", equalTo("query"));
        }

        @Test
        void agendaItemsRejectCprNumbersInTheBackground() {
            String id = plan("Møde", "2027-03-09T13:00:00+01:00");
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .body(Map.of(
                                            "title",
                                            "Sag",
                                            "kind",
                                            "DECISION",
                                            "background",
                                            "<p>Drengen 0102031234</p>"))
                                    .post(base + "/" + id + "/agenda-items")
                                    .then(),
                            400,
                            "personal-data-rejected")
                    .body("violations[0].field", equalTo("background"));
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .body(Map.of("title", "Sag", "kind", "VOTE"))
                                    .post(base + "/" + id + "/agenda-items")
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("kind"));
            as(Persona.SECRETARIAT).get(base + "/" + id).then().body("agenda", hasSize(0));
        }
    }

    @Nested
    class Access {

        @Test
        void membersReadOthersAreKeptOut() {
            String id = plan("Møde", "2027-03-09T13:00:00+01:00");
            as(Persona.OBSERVER).get(base + "/" + id).then().statusCode(200).body("canEdit", equalTo(false));
            assertProblem(
                    as(Persona.MEMBER)
                            .body(meeting("Mit møde", "2027-04-01T10:00:00+02:00"))
                            .post(base)
                            .then(),
                    403,
                    "forbidden");
            assertProblem(as(Persona.OTHER_MEMBER).get(base).then(), 404, "not-found");
            assertProblem(as(Persona.OTHER_MEMBER).get(base + "/" + id).then(), 404, "not-found");
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .get("/api/v1/partnerships/00000000-0000-4000-b000-000000000002/meetings/" + id)
                            .then(),
                    404,
                    "not-found");
            as(Persona.MEMBER).get(base).then().body("totalItems", equalTo(1));
        }
    }
}
