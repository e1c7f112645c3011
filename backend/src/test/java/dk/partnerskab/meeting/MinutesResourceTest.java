package dk.partnerskab.meeting;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class MinutesResourceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    static final String ALFA_KOMMUNE = "00000000-0000-4000-a000-000000000001";

    String partnership;
    String meeting;
    String base;
    String item;

    @BeforeEach
    void meetingYesterday() {
        partnership = newPartnership("Referat " + System.nanoTime());
        dk.partnerskab.testing.Api.addFixtureParties(partnership);
        String meetings = "/api/v1/partnerships/" + partnership + "/meetings";
        meeting = as(Persona.SECRETARIAT)
                .body(Map.of(
                        "title", "Møde", "startsAt", TODAY.minusDays(1) + "T13:00:00+01:00", "durationMinutes", 120))
                .post(meetings)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        item = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Tryghedsvandringer", "kind", "DECISION"))
                .post(meetings + "/" + meeting + "/agenda-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .post(meetings + "/" + meeting + "/publish")
                .then()
                .statusCode(200);
        base = meetings + "/" + meeting;
    }

    String decide(String text) {
        return as(Persona.SECRETARIAT)
                .body(Map.of("agendaItemId", item, "text", text))
                .post(base + "/minutes/decisions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    Map<String, Object> followUp(String title, String organisation, String person, LocalDate due) {
        Map<String, Object> body = new HashMap<>();
        body.put("agendaItemId", item);
        body.put("title", title);
        body.put("responsibleOrganisationId", organisation);
        body.put("responsiblePersonId", person);
        body.put("dueDate", due == null ? null : due.toString());
        return body;
    }

    String personId(Persona persona) {
        return as(persona).get("/api/v1/me").then().statusCode(200).extract().path("id");
    }

    void hold() {
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"1\"")
                .post(base + "/held")
                .then()
                .statusCode(200);
    }

    @Nested
    class Writing {

        @Test
        void minutesAreWrittenPerItemFromTheMeetingsDay() {
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("minutes", "<p>Gennemgået.</p><img src=x onerror=alert(1)>"))
                    .put(base + "/minutes/items/" + item)
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("minutes", equalTo("<p>Gennemgået.</p>"));
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"0\"")
                            .body(Map.of("minutes", "<p>Andet</p>"))
                            .put(base + "/minutes/items/" + item)
                            .then(),
                    412,
                    "version-mismatch");
            decide("Partnerskabet nedsætter en arbejdsgruppe.");
            as(Persona.SECRETARIAT)
                    .body(followUp("Undersøg belysningen", ALFA_KOMMUNE, null, TODAY.minusDays(2)))
                    .post(base + "/minutes/follow-ups")
                    .then()
                    .statusCode(201)
                    .body("responsibleOrganisation.name", equalTo("Alfa Kommune"))
                    .body("overdue", equalTo(true));
            as(Persona.MEMBER)
                    .get(base)
                    .then()
                    .statusCode(200)
                    .body("minutesStatus", equalTo("DRAFT"))
                    .body("agenda[0].minutes", equalTo("<p>Gennemgået.</p>"))
                    .body("agenda[0].decisions.text", contains("Partnerskabet nedsætter en arbejdsgruppe."))
                    .body("agenda[0].followUps.title", contains("Undersøg belysningen"));
            // An integration reads the agenda, and the minutes only once they are published.
            as(Persona.INTEGRATION)
                    .get(base)
                    .then()
                    .statusCode(200)
                    .body("agenda[0].title", equalTo("Tryghedsvandringer"))
                    .body("agenda[0].minutes", org.hamcrest.Matchers.nullValue())
                    .body("agenda[0].decisions", hasSize(0));
        }

        @Test
        void minutesAreWrittenOnTheDayAlsoWhenTheAgendaWasNeverSent() {
            String meetings = "/api/v1/partnerships/" + partnership + "/meetings";
            String adHoc = as(Persona.SECRETARIAT)
                    .body(Map.of(
                            "title",
                            "Ekstraordinært møde",
                            "startsAt",
                            TODAY + "T08:00:00+01:00",
                            "durationMinutes",
                            60))
                    .post(meetings)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String adHocItem = as(Persona.SECRETARIAT)
                    .body(Map.of("title", "Uro ved stationen", "kind", "DECISION"))
                    .post(meetings + "/" + adHoc + "/agenda-items")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("minutes", "<p>Politiet orienterede.</p>"))
                    .put(meetings + "/" + adHoc + "/minutes/items/" + adHocItem)
                    .then()
                    .statusCode(200)
                    .body("minutes", equalTo("<p>Politiet orienterede.</p>"));
            as(Persona.SECRETARIAT)
                    .body(Map.of("agendaItemId", adHocItem, "text", "Ekstra patruljer i weekenden"))
                    .post(meetings + "/" + adHoc + "/minutes/decisions")
                    .then()
                    .statusCode(201);
        }

        @Test
        void nothingIsWrittenBeforeTheDay() {
            String meetings = "/api/v1/partnerships/" + partnership + "/meetings";
            String future = as(Persona.SECRETARIAT)
                    .body(Map.of(
                            "title",
                            "Senere",
                            "startsAt",
                            TODAY.plusDays(10) + "T13:00:00+01:00",
                            "durationMinutes",
                            60))
                    .post(meetings)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String futureItem = as(Persona.SECRETARIAT)
                    .body(Map.of("title", "Punkt", "kind", "INFORMATION"))
                    .post(meetings + "/" + future + "/agenda-items")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .header("If-Match", "\"0\"")
                                    .body(Map.of("minutes", "<p>For tidligt</p>"))
                                    .put(meetings + "/" + future + "/minutes/items/" + futureItem)
                                    .then(),
                            409,
                            "invalid-state-transition")
                    .body(
                            "detail",
                            equalTo("Minutes are written from the meeting's day (" + TODAY.plusDays(10)
                                    + "), not before."));
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .body(Map.of("agendaItemId", futureItem, "text", "For tidligt"))
                            .post(meetings + "/" + future + "/minutes/decisions")
                            .then(),
                    409,
                    "invalid-state-transition");
        }

        @Test
        void membersDoNotWriteMinutes() {
            assertProblem(
                    as(Persona.MEMBER)
                            .header("If-Match", "\"0\"")
                            .body(Map.of("minutes", "<p>Mit referat</p>"))
                            .put(base + "/minutes/items/" + item)
                            .then(),
                    403,
                    "forbidden");
            assertProblem(
                    as(Persona.OTHER_MEMBER)
                            .body(Map.of("agendaItemId", item, "text", "X"))
                            .post(base + "/minutes/decisions")
                            .then(),
                    404,
                    "not-found");
        }
    }

    @Nested
    class Workflow {

        @Test
        void draftIsSentCommentedApprovedAndPublishedThenFrozen() {
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"1\"")
                            .body(Map.of("commentDeadline", TODAY.toString()))
                            .post(base + "/minutes/send")
                            .then(),
                    409,
                    "invalid-state-transition");
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"1\"")
                            .post(base + "/minutes/approve")
                            .then(),
                    409,
                    "invalid-state-transition");
            hold();
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"2\"")
                    .body(Map.of("commentDeadline", TODAY.toString()))
                    .post(base + "/minutes/send")
                    .then()
                    .statusCode(200)
                    .body("minutesStatus", equalTo("IN_COMMENT"))
                    .body("minutesCommentDeadline", equalTo(TODAY.toString()));
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"0\"")
                            .body(Map.of("minutes", "<p>Sent</p>"))
                            .put(base + "/minutes/items/" + item)
                            .then(),
                    409,
                    "invalid-state-transition");

            as(Persona.MEMBER)
                    .body(Map.of("agendaItemId", item, "text", "Tilføj at evalueringen sker i juni."))
                    .post(base + "/minutes/comments")
                    .then()
                    .statusCode(201)
                    .body("author.name", equalTo("Test medlem"));
            as(Persona.SECRETARIAT)
                    .get(base + "/minutes/comments")
                    .then()
                    .statusCode(200)
                    .body("text", contains("Tilføj at evalueringen sker i juni."));
            // Comments on draft minutes are the members'; observers read the minutes once published.
            assertProblem(as(Persona.OBSERVER).get(base + "/minutes/comments").then(), 403, "forbidden");

            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"3\"")
                            .post(base + "/minutes/approve")
                            .then(),
                    409,
                    "invalid-state-transition");
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"3\"")
                    .body(Map.of("atMeeting", true))
                    .post(base + "/minutes/approve")
                    .then()
                    .statusCode(200)
                    .body("minutesStatus", equalTo("APPROVED"));
            assertProblem(
                    as(Persona.MEMBER)
                            .body(Map.of("agendaItemId", item, "text", "For sent"))
                            .post(base + "/minutes/comments")
                            .then(),
                    409,
                    "invalid-state-transition");
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"4\"")
                    .post(base + "/minutes/publish")
                    .then()
                    .statusCode(200)
                    .body("minutesStatus", equalTo("PUBLISHED"));
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .body(Map.of("agendaItemId", item, "text", "Efterrationalisering"))
                            .post(base + "/minutes/decisions")
                            .then(),
                    409,
                    "invalid-state-transition");
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"5\"")
                            .post(base + "/minutes/publish")
                            .then(),
                    409,
                    "invalid-state-transition");
        }

        @Test
        void aDeadlineInThePastIsRefused() {
            hold();
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .header("If-Match", "\"2\"")
                                    .body(Map.of(
                                            "commentDeadline",
                                            TODAY.minusDays(1).toString()))
                                    .post(base + "/minutes/send")
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("commentDeadline"));
            as(Persona.MEMBER).get(base).then().body("minutesStatus", equalTo("DRAFT"));
        }
    }

    @Nested
    class Revising {

        String comment;

        /** Held, sent with a deadline a week ahead, and commented on by a member. */
        @BeforeEach
        void outForComments() {
            hold();
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"2\"")
                    .body(Map.of("commentDeadline", TODAY.plusDays(7).toString()))
                    .post(base + "/minutes/send")
                    .then()
                    .statusCode(200);
            comment = as(Persona.MEMBER)
                    .body(Map.of("agendaItemId", item, "text", "Skriv at Ballerup deltager."))
                    .post(base + "/minutes/comments")
                    .then()
                    .statusCode(201)
                    .body("handledAt", org.hamcrest.Matchers.nullValue())
                    .extract()
                    .path("id");
        }

        @Test
        void minutesInCommentAreTakenBackToADraftThatIsWrittenAndSentAgain() {
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"3\"")
                    .post(base + "/minutes/revise")
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"4\""))
                    .body("minutesStatus", equalTo("DRAFT"))
                    .body("minutesRevisedAt", org.hamcrest.Matchers.notNullValue())
                    .body("minutesCommentDeadline", equalTo(TODAY.plusDays(7).toString()));
            // A draft again: the secretariat writes, and the members wait for the next round.
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("minutes", "<p>Ballerup deltager.</p>"))
                    .put(base + "/minutes/items/" + item)
                    .then()
                    .statusCode(200);
            decide("Ballerup deltager i arbejdsgruppen.");
            assertProblem(
                    as(Persona.MEMBER)
                            .body(Map.of("agendaItemId", item, "text", "Mens det er et udkast"))
                            .post(base + "/minutes/comments")
                            .then(),
                    409,
                    "invalid-state-transition");
            as(Persona.MEMBER)
                    .get(base + "/minutes/comments")
                    .then()
                    .statusCode(200)
                    .body("text", contains("Skriv at Ballerup deltager."));

            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"4\"")
                    .body(Map.of("commentDeadline", TODAY.plusDays(3).toString()))
                    .post(base + "/minutes/send")
                    .then()
                    .statusCode(200)
                    .body("minutesStatus", equalTo("IN_COMMENT"))
                    .body("minutesRevisedAt", org.hamcrest.Matchers.nullValue())
                    .body("minutesCommentDeadline", equalTo(TODAY.plusDays(3).toString()));
            as(Persona.MEMBER)
                    .body(Map.of("agendaItemId", item, "text", "Tak, det er fint nu."))
                    .post(base + "/minutes/comments")
                    .then()
                    .statusCode(201);
            // The step is in the history like the minutes' other transitions.
            as(Persona.MEMBER)
                    .get("/api/v1/partnerships/" + partnership + "/history?size=100")
                    .then()
                    .statusCode(200)
                    .body(
                            "items.findAll { it.entityType == 'MEETING' && it.after?.minutesStatus != null }"
                                    + ".collect { it.before.minutesStatus + '>' + it.after.minutesStatus }",
                            contains("DRAFT>IN_COMMENT", "IN_COMMENT>DRAFT", "DRAFT>IN_COMMENT"));
        }

        @Test
        void aRevisedDraftIsApprovedOnTheCommentRoundsTerms() {
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"3\"")
                    .post(base + "/minutes/revise")
                    .then()
                    .statusCode(200);
            // The round's deadline has not passed: only an approval at a meeting will do.
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"4\"")
                            .post(base + "/minutes/approve")
                            .then(),
                    409,
                    "invalid-state-transition");
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"4\"")
                    .body(Map.of("atMeeting", true))
                    .post(base + "/minutes/approve")
                    .then()
                    .statusCode(200)
                    .body("minutesStatus", equalTo("APPROVED"))
                    .body("minutesRevisedAt", org.hamcrest.Matchers.nullValue());
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"5\"")
                    .post(base + "/minutes/publish")
                    .then()
                    .statusCode(200)
                    .body("minutesStatus", equalTo("PUBLISHED"))
                    .body("minutesVersion", equalTo(1));
        }

        @Test
        void onlyMinutesOutForCommentsAreRevisedAndANeverSentDraftIsNotApproved() {
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"3\"")
                    .post(base + "/minutes/revise")
                    .then()
                    .statusCode(200);
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"4\"")
                            .post(base + "/minutes/revise")
                            .then(),
                    409,
                    "invalid-state-transition");
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"3\"")
                            .post(base + "/minutes/revise")
                            .then(),
                    412,
                    "version-mismatch");
            assertProblem(
                    as(Persona.MEMBER)
                            .header("If-Match", "\"4\"")
                            .post(base + "/minutes/revise")
                            .then(),
                    403,
                    "forbidden");

            String meetings = "/api/v1/partnerships/" + partnership + "/meetings";
            String other = as(Persona.SECRETARIAT)
                    .body(Map.of(
                            "title",
                            "Andet",
                            "startsAt",
                            TODAY.minusDays(2) + "T13:00:00+01:00",
                            "durationMinutes",
                            60))
                    .post(meetings)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"0\"")
                            .body(Map.of("atMeeting", true))
                            .post(meetings + "/" + other + "/minutes/approve")
                            .then(),
                    409,
                    "invalid-state-transition");
        }

        @Test
        void theSecretariatMarksCommentsHandledWhileWorkingThemIn() {
            String handled = base + "/minutes/comments/" + comment + "/handled";
            as(Persona.SECRETARIAT)
                    .put(handled)
                    .then()
                    .statusCode(200)
                    .body("handledAt", org.hamcrest.Matchers.notNullValue())
                    .body("handledBy.name", equalTo("Test sekretariat"));
            String at = as(Persona.SECRETARIAT)
                    .get(base + "/minutes/comments")
                    .then()
                    .statusCode(200)
                    .body("[0].handledBy.name", equalTo("Test sekretariat"))
                    .extract()
                    .path("[0].handledAt");
            // Marking it again keeps when it was first marked.
            as(Persona.SECRETARIAT).put(handled).then().statusCode(200).body("handledAt", equalTo(at));
            assertProblem(as(Persona.MEMBER).put(handled).then(), 403, "forbidden");
            assertProblem(as(Persona.OTHER_MEMBER).put(handled).then(), 404, "not-found");
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .put(base + "/minutes/comments/" + java.util.UUID.randomUUID() + "/handled")
                            .then(),
                    404,
                    "not-found");

            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"3\"")
                    .post(base + "/minutes/revise")
                    .then()
                    .statusCode(200);
            as(Persona.SECRETARIAT)
                    .delete(handled)
                    .then()
                    .statusCode(200)
                    .body("handledAt", org.hamcrest.Matchers.nullValue())
                    .body("handledBy", org.hamcrest.Matchers.nullValue());
            as(Persona.SECRETARIAT).put(handled).then().statusCode(200);
            as(Persona.MEMBER)
                    .get("/api/v1/partnerships/" + partnership + "/history")
                    .then()
                    .statusCode(200)
                    .body("items[0].entityType", equalTo("MINUTES_COMMENT"))
                    .body("items[0].after.handledBy", equalTo("Test sekretariat"));

            // Approved minutes are past working comments in.
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"4\"")
                    .body(Map.of("atMeeting", true))
                    .post(base + "/minutes/approve")
                    .then()
                    .statusCode(200);
            assertProblem(as(Persona.SECRETARIAT).delete(handled).then(), 409, "invalid-state-transition");
        }
    }

    @Nested
    class Registers {

        @Test
        void theDecisionsRegisterIsSearchableAndKeptToMembers() {
            decide("Partnerskabet nedsætter en arbejdsgruppe om tryghedsvandringer.");
            decide("Næste møde holdes i Ballerup.");
            String register = "/api/v1/partnerships/" + partnership + "/decisions";
            as(Persona.MEMBER)
                    .get(register)
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(2))
                    .body("items[0].meetingTitle", equalTo("Møde"))
                    .body("items[0].agendaItemTitle", equalTo("Tryghedsvandringer"));
            // The minutes are a draft: observers find the decisions once they are published.
            as(Persona.OBSERVER).get(register).then().statusCode(200).body("totalItems", equalTo(0));
            as(Persona.MEMBER)
                    .get(register + "?q=TRYGHED")
                    .then()
                    .statusCode(200)
                    .body("items.text", contains("Partnerskabet nedsætter en arbejdsgruppe om tryghedsvandringer."));
            assertProblem(as(Persona.OTHER_MEMBER).get(register).then(), 404, "not-found");
        }

        @Test
        void myFollowUpsAreMineByNameOrByOrganisation() {
            String memberRow = as(Persona.SECRETARIAT)
                    .get("/api/v1/partnerships/" + partnership + "/members")
                    .then()
                    .extract()
                    .path("items.find { it.email == 'medlem@test.example' }.id");
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("role", "MEMBER", "organisationId", ALFA_KOMMUNE))
                    .put("/api/v1/partnerships/" + partnership + "/members/" + memberRow)
                    .then()
                    .statusCode(200);
            String byOrganisation = as(Persona.SECRETARIAT)
                    .body(followUp("Kommunens opgave " + partnership, ALFA_KOMMUNE, null, TODAY.plusDays(5)))
                    .post(base + "/minutes/follow-ups")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(Persona.SECRETARIAT)
                    .body(followUp("Observatørens opgave " + partnership, null, personId(Persona.OBSERVER), null))
                    .post(base + "/minutes/follow-ups")
                    .then()
                    .statusCode(201);

            as(Persona.MEMBER)
                    .get("/api/v1/me/follow-ups?size=100")
                    .then()
                    .statusCode(200)
                    .body("items.title", hasItem("Kommunens opgave " + partnership))
                    .body("items.title", not(hasItem("Observatørens opgave " + partnership)));
            // The minutes are a draft: an observer finds their own item once the minutes are published.
            as(Persona.OBSERVER)
                    .get("/api/v1/me/follow-ups?size=100")
                    .then()
                    .statusCode(200)
                    .body("items.title", not(hasItem("Observatørens opgave " + partnership)))
                    .body("items.title", not(hasItem("Kommunens opgave " + partnership)));

            String status = "/api/v1/partnerships/" + partnership + "/follow-ups/" + byOrganisation + "/status";
            assertProblem(
                    as(Persona.OBSERVER)
                            .header("If-Match", "\"0\"")
                            .body(Map.of("status", "DONE"))
                            .post(status)
                            .then(),
                    403,
                    "forbidden");
            as(Persona.MEMBER)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("status", "DONE", "note", "Lamperne er skiftet."))
                    .post(status)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("DONE"))
                    .body("overdue", equalTo(false));
            as(Persona.MEMBER)
                    .get("/api/v1/me/follow-ups?status=DONE&size=100")
                    .then()
                    .body("items.title", hasItem("Kommunens opgave " + partnership));
            as(Persona.MEMBER)
                    .get("/api/v1/partnerships/" + partnership + "/follow-ups?status=OPEN")
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(1));
            // The minutes are a draft: observers find the partnership's follow-ups once they are published.
            as(Persona.OBSERVER)
                    .get("/api/v1/partnerships/" + partnership + "/follow-ups?status=OPEN")
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(0));
        }
    }

    @Nested
    class BadInput {

        @Test
        void followUpsNeedSomeoneResponsibleWhoIsAMember() {
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .body(followUp("Ingen ansvarlig", null, null, null))
                                    .post(base + "/minutes/follow-ups")
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("responsibleOrganisationId"));
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .body(followUp("Fremmed", null, personId(Persona.OTHER_MEMBER), null))
                                    .post(base + "/minutes/follow-ups")
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("responsiblePersonId"));
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .body(followUp("Tal med 010203-1234", ALFA_KOMMUNE, null, null))
                                    .post(base + "/minutes/follow-ups")
                                    .then(),
                            400,
                            "personal-data-rejected")
                    .body("violations[0].field", equalTo("title"));
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .body(Map.of("text", "Uden punkt"))
                                    .post(base + "/minutes/decisions")
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("agendaItemId"));
            as(Persona.MEMBER)
                    .get(base)
                    .then()
                    .body("agenda[0].followUps", hasSize(0))
                    .body("agenda[0].decisions", hasSize(0));
        }
    }
}
