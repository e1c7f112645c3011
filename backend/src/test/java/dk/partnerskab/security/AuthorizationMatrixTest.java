package dk.partnerskab.security;

import static dk.partnerskab.testing.Api.addMember;
import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the published contract × every persona, with the status each must get.
 * An operation added to openapi.yaml without a row here fails {@link #everyOperationIsCovered}.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class AuthorizationMatrixTest {

    /** Who calls: the personas, plus a caller without any token. */
    enum Who {
        ADMIN,
        SECRETARIAT,
        MEMBER,
        OBSERVER,
        OTHER_MEMBER,
        INTEGRATION,
        NO_ROLE,
        ANONYMOUS
    }

    /** A fresh partnership per call, with a focus area, a deleted focus area and a removed member. */
    record Ctx(
            String partnership,
            String focusArea,
            String deletedFocusArea,
            String member,
            String removedMember,
            String organisation,
            String term,
            String deletedTerm,
            String chairPeriod,
            String deletedChairPeriod,
            String party,
            String removedParty,
            String signatory,
            String removedSignatory,
            String meeting,
            String agendaItem,
            String deletedAgendaItem,
            String pastMeeting,
            String membersInvitation,
            String pastItem,
            String decision,
            String followUp,
            String heldMeeting,
            String commentedMeeting,
            String commentedItem,
            String approvedMeeting,
            String calendarFeed,
            String attachment,
            String publishedMeeting,
            String indicator,
            String indicatorArea,
            String measurement,
            String workingGroup,
            String goal,
            String activity,
            String proposal,
            String minutesComment) {

        static Ctx fresh() {
            String p = newPartnership("Matrix " + System.nanoTime());
            String base = "/api/v1/partnerships/" + p;
            String focusArea = as(Persona.ADMIN)
                    .body(Map.of("title", "Dialog"))
                    .post(base + "/focus-areas")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String deleted = as(Persona.ADMIN)
                    .body(Map.of("title", "Gammel"))
                    .post(base + "/focus-areas")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(Persona.ADMIN)
                    .header("If-Match", "\"0\"")
                    .delete(base + "/focus-areas/" + deleted)
                    .then()
                    .statusCode(204);
            String member = addMember(p, "matrix-" + System.nanoTime() + "@test.example", "MEMBER");
            String removed = addMember(p, "fjernet-" + System.nanoTime() + "@test.example", "MEMBER");
            as(Persona.ADMIN)
                    .header("If-Match", "\"0\"")
                    .delete(base + "/members/" + removed)
                    .then()
                    .statusCode(204);
            String organisation = as(Persona.ADMIN)
                    .body(Map.of("name", "Matrix " + System.nanoTime(), "kind", "FORENING"))
                    .post("/api/v1/organisations")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String term = as(Persona.ADMIN)
                    .body(TERM_2020)
                    .post(base + "/terms")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            given().auth()
                    .oauth2(Persona.ADMIN.token())
                    .contentType("application/pdf")
                    .header("If-Match", "\"0\"")
                    .body(PDF)
                    .put(base + "/terms/" + term + "/agreement?filename=aftale.pdf")
                    .then()
                    .statusCode(200);
            String deletedTerm = as(Persona.ADMIN)
                    .body(Map.of("startDate", "2010-01-01", "endDate", "2010-12-31", "kind", "INITIAL"))
                    .post(base + "/terms")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(Persona.ADMIN)
                    .header("If-Match", "\"0\"")
                    .delete(base + "/terms/" + deletedTerm)
                    .then()
                    .statusCode(204);
            String chair = as(Persona.ADMIN)
                    .body(chairIn(organisation, "2020-01-01"))
                    .post(base + "/chair-periods")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String deletedChair = as(Persona.ADMIN)
                    .body(chairIn(organisation, "2010-01-01"))
                    .post(base + "/chair-periods")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(Persona.ADMIN)
                    .header("If-Match", "\"0\"")
                    .delete(base + "/chair-periods/" + deletedChair)
                    .then()
                    .statusCode(204);
            String party = as(Persona.ADMIN)
                    .body(Map.of("organisationId", organisation))
                    .post(base + "/parties")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String removedParty = as(Persona.ADMIN)
                    .body(Map.of("organisationId", "00000000-0000-4000-a000-000000000003"))
                    .post(base + "/parties")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(Persona.ADMIN)
                    .header("If-Match", "\"0\"")
                    .delete(base + "/parties/" + removedParty)
                    .then()
                    .statusCode(204);
            String signatory = as(Persona.ADMIN)
                    .body(Map.of("name", "Borgmester"))
                    .post(base + "/parties/" + party + "/signatories")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String removedSignatory = as(Persona.ADMIN)
                    .body(Map.of("name", "Direktør"))
                    .post(base + "/parties/" + party + "/signatories")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(Persona.ADMIN)
                    .header("If-Match", "\"0\"")
                    .delete(base + "/parties/" + party + "/signatories/" + removedSignatory)
                    .then()
                    .statusCode(204);
            String meeting = as(Persona.ADMIN)
                    .body(meetingIn("2031-03-04T13:00:00+01:00"))
                    .post(base + "/meetings")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String agendaItem = as(Persona.ADMIN)
                    .body(Map.of("title", "Status", "kind", "DISCUSSION"))
                    .post(base + "/meetings/" + meeting + "/agenda-items")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String deletedAgendaItem = as(Persona.ADMIN)
                    .body(Map.of("title", "Udgår", "kind", "INFORMATION"))
                    .post(base + "/meetings/" + meeting + "/agenda-items")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(Persona.ADMIN)
                    .header("If-Match", "\"0\"")
                    .delete(base + "/meetings/" + meeting + "/agenda-items/" + deletedAgendaItem)
                    .then()
                    .statusCode(204);
            String pastMeeting = as(Persona.ADMIN)
                    .body(meetingIn("2024-03-05T13:00:00+01:00"))
                    .post(base + "/meetings")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String pastItem = as(Persona.ADMIN)
                    .body(Map.of("title", "Status", "kind", "DISCUSSION"))
                    .post(base + "/meetings/" + pastMeeting + "/agenda-items")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(Persona.ADMIN)
                    .header("If-Match", "\"0\"")
                    .post(base + "/meetings/" + pastMeeting + "/publish")
                    .then()
                    .statusCode(200);
            String decision = as(Persona.ADMIN)
                    .body(Map.of("agendaItemId", pastItem, "text", "Besluttet"))
                    .post(base + "/meetings/" + pastMeeting + "/minutes/decisions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String memberPerson = as(Persona.MEMBER)
                    .get("/api/v1/me")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("id");
            String followUp = as(Persona.ADMIN)
                    .body(Map.of("agendaItemId", pastItem, "title", "Opgave", "responsiblePersonId", memberPerson))
                    .post(base + "/meetings/" + pastMeeting + "/minutes/follow-ups")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String[] held = meetingInMinutesState(base, "2024-06-04", 0);
            String[] commented = meetingInMinutesState(base, "2024-09-03", 1);
            String[] approved = meetingInMinutesState(base, "2024-12-03", 2);
            String[] published = meetingInMinutesState(base, "2025-03-04", 3);
            as(Persona.ADMIN)
                    .post(base + "/meetings/" + meeting + "/attendance/invite")
                    .then()
                    .statusCode(200);
            String membersInvitation = as(Persona.MEMBER)
                    .get(base + "/meetings/" + meeting + "/attendance")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.find { it.me }.id");
            String attachment = given().auth()
                    .oauth2(Persona.ADMIN.token())
                    .contentType("application/pdf")
                    .header(
                            "If-Match",
                            "\""
                                    + as(Persona.ADMIN)
                                            .get(base + "/meetings/" + pastMeeting)
                                            .then()
                                            .statusCode(200)
                                            .extract()
                                            .path("agenda.find { it.id == '" + pastItem + "' }.version")
                                    + "\"")
                    .body(PDF)
                    .post(base + "/meetings/" + pastMeeting + "/agenda-items/" + pastItem
                            + "/attachments?filename=bilag.pdf")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String indicator = as(Persona.ADMIN)
                    .body(indicatorIn("IND-1"))
                    .post(base + "/indicators")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String indicatorArea = as(Persona.ADMIN)
                    .get(base + "/indicators/" + indicator)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("areas[0].id");
            String measurement = as(Persona.ADMIN)
                    .body(Map.of("areaId", indicatorArea, "period", "2025", "value", 12))
                    .put(base + "/indicators/" + indicator + "/measurements")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String workingGroup = as(Persona.ADMIN)
                    .body(Map.of("name", "Gruppe", "decisionId", decision))
                    .post(base + "/working-groups")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String goal = as(Persona.ADMIN)
                    .body(Map.of("title", "Mål", "indicatorIds", List.of(indicator)))
                    .post(base + "/goals")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String activity = as(Persona.ADMIN)
                    .body(Map.of("title", "Vandring", "kind", "SAFETY_WALK"))
                    .post(base + "/activities")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            given().auth()
                    .oauth2(Persona.ADMIN.token())
                    .contentType("application/pdf")
                    .header("If-Match", "\"0\"")
                    .body(PDF)
                    .put(base + "/activities/" + activity + "/report?filename=rapport.pdf")
                    .then()
                    .statusCode(200);
            String proposal = as(Persona.MEMBER)
                    .body(Map.of("kind", "ACTIVITY", "title", "Forslag"))
                    .post(base + "/proposals")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String minutesComment = as(Persona.MEMBER)
                    .body(Map.of("agendaItemId", commented[1], "text", "Kommentar"))
                    .post(base + "/meetings/" + commented[0] + "/minutes/comments")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String feedUrl = as(Persona.MEMBER)
                    .post("/api/v1/me/calendar-feed")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("url");
            return new Ctx(
                    p,
                    focusArea,
                    deleted,
                    member,
                    removed,
                    organisation,
                    term,
                    deletedTerm,
                    chair,
                    deletedChair,
                    party,
                    removedParty,
                    signatory,
                    removedSignatory,
                    meeting,
                    agendaItem,
                    deletedAgendaItem,
                    pastMeeting,
                    membersInvitation,
                    pastItem,
                    decision,
                    followUp,
                    held[0],
                    commented[0],
                    commented[1],
                    approved[0],
                    java.net.URI.create(feedUrl).getPath(),
                    attachment,
                    published[0],
                    indicator,
                    indicatorArea,
                    measurement,
                    workingGroup,
                    goal,
                    activity,
                    proposal,
                    minutesComment);
        }

        String base() {
            return "/api/v1/partnerships/" + partnership;
        }

        /**
         * A held meeting whose minutes went {@code steps} steps on from the draft (sent, approved).
         *
         * @return the meeting's id and its agenda item's id
         */
        static String[] meetingInMinutesState(String base, String day, int steps) {
            String meeting = as(Persona.ADMIN)
                    .body(meetingIn(day + "T13:00:00+02:00"))
                    .post(base + "/meetings")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String path = base + "/meetings/" + meeting;
            String item = as(Persona.ADMIN)
                    .body(Map.of("title", "Status", "kind", "DISCUSSION"))
                    .post(path + "/agenda-items")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(Persona.ADMIN)
                    .header("If-Match", "\"0\"")
                    .post(path + "/publish")
                    .then()
                    .statusCode(200);
            as(Persona.ADMIN)
                    .header("If-Match", "\"1\"")
                    .post(path + "/held")
                    .then()
                    .statusCode(200);
            if (steps > 0) {
                as(Persona.ADMIN)
                        .header("If-Match", "\"2\"")
                        .body(Map.of(
                                "commentDeadline",
                                java.time.LocalDate.now().plusDays(7).toString()))
                        .post(path + "/minutes/send")
                        .then()
                        .statusCode(200);
            }
            if (steps > 1) {
                as(Persona.ADMIN)
                        .header("If-Match", "\"3\"")
                        .body(Map.of("atMeeting", true))
                        .post(path + "/minutes/approve")
                        .then()
                        .statusCode(200);
            }
            if (steps > 2) {
                as(Persona.ADMIN)
                        .header("If-Match", "\"4\"")
                        .post(path + "/minutes/publish")
                        .then()
                        .statusCode(200);
            }
            return new String[] {meeting, item};
        }

        String meetingPath() {
            return base() + "/meetings/" + meeting;
        }

        List<String> agendaIds() {
            return as(Persona.ADMIN)
                    .get(meetingPath())
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("agenda.id");
        }
    }

    record Operation(
            String method,
            Function<Ctx, String> path,
            Function<Ctx, Object> body,
            boolean ifMatch,
            Map<Who, Integer> expected) {}

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static final Map<String, Object> TERM_2020 =
            Map.of("startDate", "2020-01-01", "endDate", "2021-12-31", "kind", "INITIAL");

    private static Map<String, Object> meetingIn(String startsAt) {
        return Map.of("title", "Partnerskabsmøde", "startsAt", startsAt, "durationMinutes", 120);
    }

    private static Map<String, Object> indicatorIn(String code) {
        return Map.of(
                "code",
                code,
                "name",
                "Indbrud",
                "unit",
                "antal",
                "upIsGood",
                false,
                "frequency",
                "YEAR",
                "aggregation",
                "SUM");
    }

    /** A value for the indicator's area in 2026, with the version stored now (none before the first). */
    private static Map<String, Object> periodValue(Ctx c) {
        Integer version = as(Persona.ADMIN)
                .get(c.base() + "/indicators/" + c.indicator() + "/measurements?from=2026&to=2026")
                .then()
                .extract()
                .path("find { it.areaId == '" + c.indicatorArea() + "' }.version");
        Map<String, Object> value = new java.util.HashMap<>();
        value.put("indicatorId", c.indicator());
        value.put("areaId", c.indicatorArea());
        value.put("value", System.nanoTime() % 1000);
        value.put("version", version);
        return value;
    }

    private static Map<String, Object> chairIn(String organisation, String start) {
        return Map.of("organisationId", organisation, "startDate", start, "endDate", start.substring(0, 4) + "-12-31");
    }

    private static final Map<String, Operation> OPERATIONS = new LinkedHashMap<>();

    static {
        Map<Who, Integer> anyone = statuses(200, 200, 200, 200, 200, 200, 403, 401);
        Map<Who, Integer> readers = statuses(200, 200, 200, 200, 404, 200, 403, 401);
        Map<Who, Integer> peopleReaders = statuses(200, 200, 200, 200, 404, 403, 403, 401);
        Map<Who, Integer> editors200 = statuses(200, 200, 403, 403, 404, 403, 403, 401);
        Map<Who, Integer> editors201 = statuses(201, 201, 403, 403, 404, 403, 403, 401);
        Map<Who, Integer> editors204 = statuses(204, 204, 403, 403, 404, 403, 403, 401);

        op("GET /api/v1/me", "GET", c -> "/api/v1/me", null, false, anyone);
        op("GET /api/v1/organisations", "GET", c -> "/api/v1/organisations", null, false, anyone);
        op(
                "GET /api/v1/organisations/{id}",
                "GET",
                c -> "/api/v1/organisations/" + c.organisation(),
                null,
                false,
                anyone);
        op(
                "POST /api/v1/organisations",
                "POST",
                c -> "/api/v1/organisations",
                c -> Map.of("name", "Ny " + System.nanoTime(), "kind", "FORENING"),
                false,
                statuses(201, 403, 403, 403, 403, 403, 403, 401));
        op(
                "PUT /api/v1/organisations/{id}",
                "PUT",
                c -> "/api/v1/organisations/" + c.organisation(),
                c -> Map.of("name", "Ændret " + System.nanoTime(), "kind", "FORENING"),
                true,
                statuses(200, 403, 403, 403, 403, 403, 403, 401));
        op("GET /api/v1/partnerships", "GET", c -> "/api/v1/partnerships", null, false, anyone);
        op(
                "POST /api/v1/partnerships",
                "POST",
                c -> "/api/v1/partnerships",
                c -> dk.partnerskab.testing.Api.partnershipInput("Ny " + System.nanoTime()),
                false,
                statuses(201, 403, 403, 403, 403, 403, 403, 401));
        op("GET /api/v1/partnerships/{id}", "GET", Ctx::base, null, false, readers);
        op(
                "PUT /api/v1/partnerships/{id}",
                "PUT",
                Ctx::base,
                c -> dk.partnerskab.testing.Api.partnershipInput("Ændret"),
                true,
                editors200);
        op(
                "POST /api/v1/partnerships/{id}/status",
                "POST",
                c -> c.base() + "/status",
                c -> Map.of("status", "ACTIVE"),
                true,
                editors200);
        op("GET /api/v1/partnerships/{id}/history", "GET", c -> c.base() + "/history", null, false, readers);
        op(
                "GET /api/v1/partnerships/{partnershipId}/storage",
                "GET",
                c -> c.base() + "/storage",
                null,
                false,
                editors200);
        op(
                "GET /api/v1/partnerships/{partnershipId}/members",
                "GET",
                c -> c.base() + "/members",
                null,
                false,
                peopleReaders);
        op(
                "POST /api/v1/partnerships/{partnershipId}/members",
                "POST",
                c -> c.base() + "/members",
                c -> Map.of("email", "ny-" + System.nanoTime() + "@test.example", "role", "OBSERVER"),
                false,
                editors201);
        op(
                "PUT /api/v1/partnerships/{partnershipId}/members/{memberId}",
                "PUT",
                c -> c.base() + "/members/" + c.member(),
                c -> Map.of("role", "OBSERVER"),
                true,
                editors200);
        op(
                "DELETE /api/v1/partnerships/{partnershipId}/members/{memberId}",
                "DELETE",
                c -> c.base() + "/members/" + c.member(),
                null,
                true,
                editors204);
        op(
                "POST /api/v1/partnerships/{partnershipId}/members/{memberId}/restore",
                "POST",
                c -> c.base() + "/members/" + c.removedMember() + "/restore",
                null,
                false,
                editors200);
        op(
                "POST /api/v1/partnerships/{partnershipId}/focus-areas",
                "POST",
                c -> c.base() + "/focus-areas",
                c -> Map.of("title", "Ny"),
                false,
                editors201);
        op(
                "PUT /api/v1/partnerships/{partnershipId}/focus-areas/{focusAreaId}",
                "PUT",
                c -> c.base() + "/focus-areas/" + c.focusArea(),
                c -> Map.of("title", "Ændret"),
                true,
                editors200);
        op(
                "DELETE /api/v1/partnerships/{partnershipId}/focus-areas/{focusAreaId}",
                "DELETE",
                c -> c.base() + "/focus-areas/" + c.focusArea(),
                null,
                true,
                editors204);
        op(
                "POST /api/v1/partnerships/{partnershipId}/focus-areas/{focusAreaId}/restore",
                "POST",
                c -> c.base() + "/focus-areas/" + c.deletedFocusArea() + "/restore",
                null,
                false,
                editors200);
        op(
                "POST /api/v1/partnerships/{partnershipId}/terms",
                "POST",
                c -> c.base() + "/terms",
                c -> Map.of("startDate", "2030-01-01", "endDate", "2031-12-31", "kind", "RENEWAL"),
                false,
                editors201);
        op(
                "PUT /api/v1/partnerships/{partnershipId}/terms/{termId}",
                "PUT",
                c -> c.base() + "/terms/" + c.term(),
                c -> TERM_2020,
                true,
                editors200);
        op(
                "PUT /api/v1/partnerships/{partnershipId}/terms/{termId}/agreement",
                "PUT",
                c -> c.base() + "/terms/" + c.term() + "/agreement?filename=ny.pdf",
                c -> PDF,
                true,
                editors200);
        op(
                "GET /api/v1/partnerships/{partnershipId}/terms/{termId}/agreement",
                "GET",
                c -> c.base() + "/terms/" + c.term() + "/agreement",
                null,
                false,
                peopleReaders);
        op(
                "DELETE /api/v1/partnerships/{partnershipId}/terms/{termId}",
                "DELETE",
                c -> c.base() + "/terms/" + c.term(),
                null,
                true,
                editors204);
        op(
                "POST /api/v1/partnerships/{partnershipId}/terms/{termId}/restore",
                "POST",
                c -> c.base() + "/terms/" + c.deletedTerm() + "/restore",
                null,
                false,
                editors200);
        op(
                "POST /api/v1/partnerships/{partnershipId}/chair-periods",
                "POST",
                c -> c.base() + "/chair-periods",
                c -> chairIn(c.organisation(), "2030-01-01"),
                false,
                editors201);
        op(
                "PUT /api/v1/partnerships/{partnershipId}/chair-periods/{chairPeriodId}",
                "PUT",
                c -> c.base() + "/chair-periods/" + c.chairPeriod(),
                c -> chairIn(c.organisation(), "2020-01-01"),
                true,
                editors200);
        op(
                "DELETE /api/v1/partnerships/{partnershipId}/chair-periods/{chairPeriodId}",
                "DELETE",
                c -> c.base() + "/chair-periods/" + c.chairPeriod(),
                null,
                true,
                editors204);
        op(
                "POST /api/v1/partnerships/{partnershipId}/chair-periods/{chairPeriodId}/restore",
                "POST",
                c -> c.base() + "/chair-periods/" + c.deletedChairPeriod() + "/restore",
                null,
                false,
                editors200);
        op(
                "POST /api/v1/partnerships/{partnershipId}/parties",
                "POST",
                c -> c.base() + "/parties",
                c -> Map.of("organisationId", "00000000-0000-4000-a000-000000000001"),
                false,
                editors201);
        op(
                "DELETE /api/v1/partnerships/{partnershipId}/parties/{partyId}",
                "DELETE",
                c -> c.base() + "/parties/" + c.party(),
                null,
                true,
                editors204);
        op(
                "POST /api/v1/partnerships/{partnershipId}/parties/{partyId}/restore",
                "POST",
                c -> c.base() + "/parties/" + c.removedParty() + "/restore",
                null,
                false,
                editors200);
        op(
                "POST /api/v1/partnerships/{partnershipId}/parties/{partyId}/signatories",
                "POST",
                c -> c.base() + "/parties/" + c.party() + "/signatories",
                c -> Map.of("name", "Ny"),
                false,
                editors201);
        op(
                "PUT /api/v1/partnerships/{partnershipId}/parties/{partyId}/signatories/{signatoryId}",
                "PUT",
                c -> c.base() + "/parties/" + c.party() + "/signatories/" + c.signatory(),
                c -> Map.of("name", "Ændret"),
                true,
                editors200);
        op(
                "DELETE /api/v1/partnerships/{partnershipId}/parties/{partyId}/signatories/{signatoryId}",
                "DELETE",
                c -> c.base() + "/parties/" + c.party() + "/signatories/" + c.signatory(),
                null,
                true,
                editors204);
        op(
                "POST /api/v1/partnerships/{partnershipId}/parties/{partyId}/signatories/{signatoryId}/restore",
                "POST",
                c -> c.base() + "/parties/" + c.party() + "/signatories/" + c.removedSignatory() + "/restore",
                null,
                false,
                editors200);
        op(
                "PUT /api/v1/partnerships/{partnershipId}/focus-areas/order",
                "PUT",
                c -> c.base() + "/focus-areas/order",
                c -> Map.of("ids", List.of(c.focusArea())),
                true,
                editors200);
        op(
                "GET /api/v1/partnerships/{partnershipId}/meetings",
                "GET",
                c -> c.base() + "/meetings",
                null,
                false,
                readers);
        op(
                "GET /api/v1/partnerships/{partnershipId}/meetings/years",
                "GET",
                c -> c.base() + "/meetings/years",
                null,
                false,
                readers);
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings",
                "POST",
                c -> c.base() + "/meetings",
                c -> meetingIn("2031-06-03T13:00:00+02:00"),
                false,
                editors201);
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/series",
                "POST",
                c -> c.base() + "/meetings/series",
                c -> Map.of(
                        "title",
                        "Partnerskabsmøde",
                        "firstDate",
                        "2032-03-02",
                        "startTime",
                        "13:00",
                        "durationMinutes",
                        120),
                false,
                editors201);
        op(
                "GET /api/v1/partnerships/{partnershipId}/meetings/{meetingId}",
                "GET",
                Ctx::meetingPath,
                null,
                false,
                readers);
        op(
                "PUT /api/v1/partnerships/{partnershipId}/meetings/{meetingId}",
                "PUT",
                Ctx::meetingPath,
                c -> meetingIn("2031-03-05T13:00:00+01:00"),
                true,
                editors200);
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/cancel",
                "POST",
                c -> c.meetingPath() + "/cancel",
                c -> Map.of("reason", "Flyttes"),
                true,
                editors200);
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/publish",
                "POST",
                c -> c.meetingPath() + "/publish",
                null,
                true,
                editors200);
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/held",
                "POST",
                c -> c.base() + "/meetings/" + c.pastMeeting() + "/held",
                null,
                true,
                editors200);
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items",
                "POST",
                c -> c.meetingPath() + "/agenda-items",
                c -> Map.of("title", "Nyt punkt", "kind", "DECISION"),
                false,
                editors201);
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/template",
                "POST",
                c -> c.meetingPath() + "/agenda-items/template",
                null,
                false,
                editors200);
        op(
                "PUT /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/order",
                "PUT",
                c -> c.meetingPath() + "/agenda-items/order",
                c -> Map.of("ids", c.agendaIds()),
                true,
                editors200);
        op(
                "PUT /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/{itemId}",
                "PUT",
                c -> c.meetingPath() + "/agenda-items/" + c.agendaItem(),
                c -> Map.of("title", "Ændret", "kind", "DISCUSSION"),
                true,
                editors200);
        op(
                "DELETE /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/{itemId}",
                "DELETE",
                c -> c.meetingPath() + "/agenda-items/" + c.agendaItem(),
                null,
                true,
                editors204);
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/{itemId}/restore",
                "POST",
                c -> c.meetingPath() + "/agenda-items/" + c.deletedAgendaItem() + "/restore",
                null,
                false,
                editors200);
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/copy-previous",
                "POST",
                c -> c.meetingPath() + "/agenda-items/copy-previous",
                null,
                false,
                editors200);
        op(
                "GET /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda/recipients",
                "GET",
                c -> c.meetingPath() + "/agenda/recipients",
                null,
                false,
                editors200);
        op(
                "GET /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/attendance",
                "GET",
                c -> c.meetingPath() + "/attendance",
                null,
                false,
                peopleReaders);
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/attendance/invite",
                "POST",
                c -> c.meetingPath() + "/attendance/invite",
                null,
                false,
                editors200);
        // The member answers their own invitation; the observer may not answer someone else's.
        op(
                "PUT /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/attendance/{attendanceId}",
                "PUT",
                c -> c.meetingPath() + "/attendance/" + c.membersInvitation(),
                c -> Map.of("response", "APOLOGIES", "reason", "Ferie"),
                true,
                statuses(200, 200, 200, 403, 404, 403, 403, 401));
        op(
                "PUT /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/items/{itemId}",
                "PUT",
                c -> c.base() + "/meetings/" + c.pastMeeting() + "/minutes/items/" + c.pastItem(),
                c -> Map.of("minutes", "<p>Referat</p>"),
                true,
                editors200);
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/send",
                "POST",
                c -> c.base() + "/meetings/" + c.heldMeeting() + "/minutes/send",
                c -> Map.of(
                        "commentDeadline", java.time.LocalDate.now().plusDays(7).toString()),
                true,
                editors200);
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/approve",
                "POST",
                c -> c.base() + "/meetings/" + c.commentedMeeting() + "/minutes/approve",
                c -> Map.of("atMeeting", true),
                true,
                editors200);
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/revise",
                "POST",
                c -> c.base() + "/meetings/" + c.commentedMeeting() + "/minutes/revise",
                null,
                true,
                editors200);
        // The secretariat marks the members' comments handled as it works them in.
        op(
                "PUT /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/comments/{commentId}/handled",
                "PUT",
                c -> c.base() + "/meetings/" + c.commentedMeeting() + "/minutes/comments/" + c.minutesComment()
                        + "/handled",
                null,
                false,
                editors200);
        op(
                "DELETE /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/comments/{commentId}/handled",
                "DELETE",
                c -> c.base() + "/meetings/" + c.commentedMeeting() + "/minutes/comments/" + c.minutesComment()
                        + "/handled",
                null,
                false,
                editors200);
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/publish",
                "POST",
                c -> c.base() + "/meetings/" + c.approvedMeeting() + "/minutes/publish",
                null,
                true,
                editors200);
        // Comments on draft minutes are the members': observers read only what is published.
        op(
                "GET /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/comments",
                "GET",
                c -> c.base() + "/meetings/" + c.commentedMeeting() + "/minutes/comments",
                null,
                false,
                statuses(200, 200, 200, 403, 404, 403, 403, 401));
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/comments",
                "POST",
                c -> c.base() + "/meetings/" + c.commentedMeeting() + "/minutes/comments",
                c -> Map.of("agendaItemId", c.commentedItem(), "text", "Kommentar"),
                false,
                statuses(201, 201, 201, 403, 404, 403, 403, 401));
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/decisions",
                "POST",
                c -> c.base() + "/meetings/" + c.pastMeeting() + "/minutes/decisions",
                c -> Map.of("agendaItemId", c.pastItem(), "text", "Ny beslutning"),
                false,
                editors201);
        op(
                "PUT /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/decisions/{decisionId}",
                "PUT",
                c -> c.base() + "/meetings/" + c.pastMeeting() + "/minutes/decisions/" + c.decision(),
                c -> Map.of("agendaItemId", c.pastItem(), "text", "Ændret beslutning"),
                true,
                editors200);
        op(
                "DELETE /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/decisions/{decisionId}",
                "DELETE",
                c -> c.base() + "/meetings/" + c.pastMeeting() + "/minutes/decisions/" + c.decision(),
                null,
                true,
                editors204);
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/follow-ups",
                "POST",
                c -> c.base() + "/meetings/" + c.pastMeeting() + "/minutes/follow-ups",
                c -> Map.of(
                        "agendaItemId",
                        c.pastItem(),
                        "title",
                        "Ny opgave",
                        "responsibleOrganisationId",
                        c.organisation()),
                false,
                editors201);
        op(
                "PUT /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/follow-ups/{followUpId}",
                "PUT",
                c -> c.base() + "/meetings/" + c.pastMeeting() + "/minutes/follow-ups/" + c.followUp(),
                c -> Map.of(
                        "agendaItemId",
                        c.pastItem(),
                        "title",
                        "Ændret opgave",
                        "responsibleOrganisationId",
                        c.organisation()),
                true,
                editors200);
        op(
                "DELETE /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/follow-ups/{followUpId}",
                "DELETE",
                c -> c.base() + "/meetings/" + c.pastMeeting() + "/minutes/follow-ups/" + c.followUp(),
                null,
                true,
                editors204);
        op(
                "GET /api/v1/partnerships/{partnershipId}/decisions",
                "GET",
                c -> c.base() + "/decisions",
                null,
                false,
                readers);
        op(
                "GET /api/v1/partnerships/{partnershipId}/follow-ups",
                "GET",
                c -> c.base() + "/follow-ups",
                null,
                false,
                readers);
        // The follow-up item is the member's own, so the member may close it; the observer may not.
        op(
                "POST /api/v1/partnerships/{partnershipId}/follow-ups/{followUpId}/status",
                "POST",
                c -> c.base() + "/follow-ups/" + c.followUp() + "/status",
                c -> Map.of("status", "DONE"),
                true,
                statuses(200, 200, 200, 403, 404, 403, 403, 401));
        op(
                "GET /api/v1/me/follow-ups",
                "GET",
                c -> "/api/v1/me/follow-ups",
                null,
                false,
                statuses(200, 200, 200, 200, 200, 403, 403, 401));
        op(
                "GET /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda.pdf",
                "GET",
                c -> c.meetingPath() + "/agenda.pdf",
                null,
                false,
                peopleReaders);
        op(
                "GET /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes.pdf",
                "GET",
                c -> c.base() + "/meetings/" + c.heldMeeting() + "/minutes.pdf",
                null,
                false,
                peopleReaders);
        op(
                "GET /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/calendar.ics",
                "GET",
                c -> c.meetingPath() + "/calendar.ics",
                null,
                false,
                readers);
        // The secret address is the credential: whoever holds it reads the feed, token or not. It
        // runs before the rows below, which replace the member's feed.
        op(
                "GET /api/v1/calendar-feeds/{token}.ics",
                "GET",
                Ctx::calendarFeed,
                null,
                false,
                statuses(200, 200, 200, 200, 200, 200, 200, 200));
        Map<Who, Integer> people = statuses(200, 200, 200, 200, 200, 403, 403, 401);
        op(
                "GET /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-suggestions",
                "GET",
                c -> c.meetingPath() + "/agenda-suggestions",
                null,
                false,
                editors200);
        // The meeting's one item is carried over from nowhere; a bogus source gets 400 from an
        // editor, which still proves who passes the access check.
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-suggestions",
                "POST",
                c -> c.meetingPath() + "/agenda-suggestions",
                c -> Map.of("kind", "FOLLOW_UP", "sourceId", c.followUp()),
                false,
                statuses(400, 400, 403, 403, 404, 403, 403, 401));
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/{itemId}/attachments",
                "POST",
                c -> c.meetingPath() + "/agenda-items/" + c.agendaItem() + "/attachments?filename=bilag.pdf",
                c -> PDF,
                true,
                editors201);
        op(
                "GET /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/{itemId}/attachments/{attachmentId}",
                "GET",
                c -> c.base() + "/meetings/" + c.pastMeeting() + "/agenda-items/" + c.pastItem() + "/attachments/"
                        + c.attachment(),
                null,
                false,
                peopleReaders);
        op(
                "DELETE /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/{itemId}/attachments/{attachmentId}",
                "DELETE",
                c -> c.base() + "/meetings/" + c.pastMeeting() + "/agenda-items/" + c.pastItem() + "/attachments/"
                        + c.attachment(),
                null,
                true,
                editors204);
        op(
                "POST /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/correction",
                "POST",
                c -> c.base() + "/meetings/" + c.publishedMeeting() + "/minutes/correction",
                c -> Map.of("reason", "Forkert dato i punkt 2"),
                true,
                editors200);
        op(
                "GET /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/versions",
                "GET",
                c -> c.base() + "/meetings/" + c.publishedMeeting() + "/minutes/versions",
                null,
                false,
                readers);
        op(
                "GET /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/versions/{number}",
                "GET",
                c -> c.base() + "/meetings/" + c.publishedMeeting() + "/minutes/versions/1",
                null,
                false,
                readers);
        op(
                "GET /api/v1/partnerships/{partnershipId}/indicators",
                "GET",
                c -> c.base() + "/indicators",
                null,
                false,
                readers);
        op(
                "POST /api/v1/partnerships/{partnershipId}/indicators",
                "POST",
                c -> c.base() + "/indicators",
                c -> indicatorIn("N-" + System.nanoTime()),
                false,
                editors201);
        op(
                "GET /api/v1/partnerships/{partnershipId}/indicators/{indicatorId}",
                "GET",
                c -> c.base() + "/indicators/" + c.indicator(),
                null,
                false,
                readers);
        op(
                "PUT /api/v1/partnerships/{partnershipId}/indicators/{indicatorId}",
                "PUT",
                c -> c.base() + "/indicators/" + c.indicator(),
                c -> indicatorIn("IND-1"),
                true,
                editors200);
        op(
                "GET /api/v1/partnerships/{partnershipId}/indicators/{indicatorId}/series",
                "GET",
                c -> c.base() + "/indicators/" + c.indicator() + "/series",
                null,
                false,
                readers);
        op(
                "GET /api/v1/partnerships/{partnershipId}/indicators/{indicatorId}/measurements",
                "GET",
                c -> c.base() + "/indicators/" + c.indicator() + "/measurements",
                null,
                false,
                readers);
        // The member in the matrix represents no organisation, so only the chair's side enters values;
        // the first call enters a value, the second corrects it (with its version).
        op(
                "PUT /api/v1/partnerships/{partnershipId}/indicators/{indicatorId}/measurements",
                "PUT",
                c -> c.base() + "/indicators/" + c.indicator() + "/measurements",
                c -> Map.of("areaId", c.indicatorArea(), "period", "2026", "value", System.nanoTime() % 1000),
                true,
                statuses(201, 200, 403, 403, 404, 403, 403, 401));
        op(
                "GET /api/v1/partnerships/{partnershipId}/indicators/{indicatorId}/measurements/{measurementId}/revisions",
                "GET",
                c -> c.base() + "/indicators/" + c.indicator() + "/measurements/" + c.measurement() + "/revisions",
                null,
                false,
                readers);
        op(
                "DELETE /api/v1/partnerships/{partnershipId}/indicators/{indicatorId}",
                "DELETE",
                c -> c.base() + "/indicators/" + c.indicator(),
                null,
                true,
                editors204);
        // A preview: only those who report values import, checked before the file is read; the
        // member here represents no organisation.
        op(
                "POST /api/v1/partnerships/{partnershipId}/measurements/import",
                "POST",
                c -> c.base() + "/measurements/import",
                c -> "indikator;område;periode;værdi\nIND-1;I alt;2024;3\n",
                false,
                statuses(200, 200, 403, 403, 404, 403, 403, 401));
        // Only those who report values see a period's form; the member here represents no organisation.
        op(
                "GET /api/v1/partnerships/{partnershipId}/reporting",
                "GET",
                c -> c.base() + "/reporting?period=2026",
                null,
                false,
                statuses(200, 200, 403, 403, 404, 403, 403, 401));
        // The body sends the version of the value as admin reads it, so each call corrects the last.
        op(
                "PUT /api/v1/partnerships/{partnershipId}/reporting",
                "PUT",
                c -> c.base() + "/reporting",
                c -> Map.of("period", "2026", "values", List.of(periodValue(c))),
                false,
                statuses(200, 200, 403, 403, 404, 403, 403, 401));
        op(
                "GET /api/v1/partnerships/{partnershipId}/measurements/export",
                "GET",
                c -> c.base() + "/measurements/export",
                null,
                false,
                readers);
        op(
                "GET /api/v1/partnerships/{partnershipId}/indicators/{indicatorId}/export",
                "GET",
                c -> c.base() + "/indicators/" + c.indicator() + "/export",
                null,
                false,
                readers);
        op(
                "GET /api/v1/partnerships/{partnershipId}/working-groups",
                "GET",
                c -> c.base() + "/working-groups",
                null,
                false,
                readers);
        op(
                "POST /api/v1/partnerships/{partnershipId}/working-groups",
                "POST",
                c -> c.base() + "/working-groups",
                c -> Map.of("name", "Ny gruppe"),
                false,
                editors201);
        // The group was set up by a decision in minutes not yet published: like the decision, it is the members' until
        // then.
        op(
                "GET /api/v1/partnerships/{partnershipId}/working-groups/{workingGroupId}",
                "GET",
                c -> c.base() + "/working-groups/" + c.workingGroup(),
                null,
                false,
                statuses(200, 200, 200, 404, 404, 404, 403, 401));
        op(
                "PUT /api/v1/partnerships/{partnershipId}/working-groups/{workingGroupId}",
                "PUT",
                c -> c.base() + "/working-groups/" + c.workingGroup(),
                c -> Map.of("name", "Omdøbt"),
                true,
                editors200);
        op(
                "POST /api/v1/partnerships/{partnershipId}/working-groups/{workingGroupId}/close",
                "POST",
                c -> c.base() + "/working-groups/" + c.workingGroup() + "/close",
                c -> Map.of("closingReport", "Færdig"),
                true,
                editors200);
        op("GET /api/v1/partnerships/{partnershipId}/goals", "GET", c -> c.base() + "/goals", null, false, readers);
        op(
                "POST /api/v1/partnerships/{partnershipId}/goals",
                "POST",
                c -> c.base() + "/goals",
                c -> Map.of("title", "Nyt mål"),
                false,
                editors201);
        op(
                "GET /api/v1/partnerships/{partnershipId}/goals/{goalId}",
                "GET",
                c -> c.base() + "/goals/" + c.goal(),
                null,
                false,
                readers);
        op(
                "PUT /api/v1/partnerships/{partnershipId}/goals/{goalId}",
                "PUT",
                c -> c.base() + "/goals/" + c.goal(),
                c -> Map.of("title", "Ændret mål"),
                true,
                editors200);
        op(
                "DELETE /api/v1/partnerships/{partnershipId}/goals/{goalId}",
                "DELETE",
                c -> c.base() + "/goals/" + c.goal(),
                null,
                true,
                editors204);
        op(
                "GET /api/v1/partnerships/{partnershipId}/dashboard",
                "GET",
                c -> c.base() + "/dashboard",
                null,
                false,
                readers);
        op("GET /api/v1/me/reporting", "GET", c -> "/api/v1/me/reporting", null, false, people);
        op(
                "GET /api/v1/partnerships/{partnershipId}/activities",
                "GET",
                c -> c.base() + "/activities",
                null,
                false,
                readers);
        op(
                "POST /api/v1/partnerships/{partnershipId}/activities",
                "POST",
                c -> c.base() + "/activities",
                c -> Map.of("title", "Kampagne", "kind", "CAMPAIGN"),
                false,
                editors201);
        op(
                "GET /api/v1/partnerships/{partnershipId}/activities/{activityId}",
                "GET",
                c -> c.base() + "/activities/" + c.activity(),
                null,
                false,
                readers);
        op(
                "PUT /api/v1/partnerships/{partnershipId}/activities/{activityId}",
                "PUT",
                c -> c.base() + "/activities/" + c.activity(),
                c -> Map.of("title", "Vandring", "kind", "SAFETY_WALK", "status", "ONGOING"),
                true,
                editors200);
        op(
                "PUT /api/v1/partnerships/{partnershipId}/activities/{activityId}/report",
                "PUT",
                c -> c.base() + "/activities/" + c.activity() + "/report?filename=ny.pdf",
                c -> PDF,
                true,
                editors200);
        op(
                "GET /api/v1/partnerships/{partnershipId}/activities/{activityId}/report",
                "GET",
                c -> c.base() + "/activities/" + c.activity() + "/report",
                null,
                false,
                readers);
        op(
                "DELETE /api/v1/partnerships/{partnershipId}/activities/{activityId}",
                "DELETE",
                c -> c.base() + "/activities/" + c.activity(),
                null,
                true,
                editors204);
        op(
                "GET /api/v1/partnerships/{partnershipId}/proposals",
                "GET",
                c -> c.base() + "/proposals",
                null,
                false,
                peopleReaders);
        // Proposals come from members and observers; an administrator outside the partnership has none to make.
        op(
                "POST /api/v1/partnerships/{partnershipId}/proposals",
                "POST",
                c -> c.base() + "/proposals",
                c -> Map.of("kind", "FOCUS_AREA", "title", "Nyt indsatsområde"),
                false,
                statuses(403, 201, 201, 201, 404, 403, 403, 401));
        op(
                "POST /api/v1/partnerships/{partnershipId}/proposals/{proposalId}/agenda",
                "POST",
                c -> c.base() + "/proposals/" + c.proposal() + "/agenda",
                c -> Map.of("meetingId", c.meeting()),
                true,
                editors200);
        op(
                "POST /api/v1/partnerships/{partnershipId}/proposals/{proposalId}/answer",
                "POST",
                c -> c.base() + "/proposals/" + c.proposal() + "/answer",
                c -> Map.of("outcome", "ACCEPTED", "reason", "Godt forslag"),
                true,
                editors200);
        op("GET /api/v1/search", "GET", c -> "/api/v1/search?q=tryghed", null, false, people);
        op("GET /api/v1/me/calendar-feed", "GET", c -> "/api/v1/me/calendar-feed", null, false, people);
        op(
                "POST /api/v1/me/calendar-feed",
                "POST",
                c -> "/api/v1/me/calendar-feed",
                null,
                false,
                statuses(201, 201, 201, 201, 201, 403, 403, 401));
        op(
                "DELETE /api/v1/me/calendar-feed",
                "DELETE",
                c -> "/api/v1/me/calendar-feed",
                null,
                false,
                statuses(204, 204, 204, 204, 204, 403, 403, 401));
    }

    private static void op(
            String key,
            String method,
            Function<Ctx, String> path,
            Function<Ctx, Object> body,
            boolean ifMatch,
            Map<Who, Integer> expected) {
        OPERATIONS.put(key, new Operation(method, path, body, ifMatch, expected));
    }

    private static Map<Who, Integer> statuses(
            int admin,
            int secretariat,
            int member,
            int observer,
            int otherMember,
            int integration,
            int noRole,
            int anonymous) {
        Map<Who, Integer> map = new EnumMap<>(Who.class);
        map.put(Who.ADMIN, admin);
        map.put(Who.SECRETARIAT, secretariat);
        map.put(Who.MEMBER, member);
        map.put(Who.OBSERVER, observer);
        map.put(Who.OTHER_MEMBER, otherMember);
        map.put(Who.INTEGRATION, integration);
        map.put(Who.NO_ROLE, noRole);
        map.put(Who.ANONYMOUS, anonymous);
        return map;
    }

    @Test
    void everyOperationIsCovered() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("..", "openapi.yaml").toFile())
                .get("paths");
        TreeSet<String> published = new TreeSet<>();
        paths.fields()
                .forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                    if (List.of("get", "put", "post", "delete", "patch").contains(method)) {
                        published.add(method.toUpperCase() + " " + path.getKey());
                    }
                }));
        assertEquals(
                published,
                new TreeSet<>(OPERATIONS.keySet()),
                "every operation in openapi.yaml needs a row in the authorization matrix");
    }

    /**
     * Whether a successful call leaves the state so that the same call succeeds again (edits with
     * the current ETag, creations of new things, marking a comment handled or not); deletions,
     * restores, status moves and adding the same party or period again (overlap) do not.
     */
    private static boolean repeatable(String key) {
        return !((key.startsWith("DELETE") && !key.endsWith("/me/calendar-feed") && !key.endsWith("/handled"))
                || key.endsWith("/restore")
                || key.endsWith("/status")
                || key.endsWith("/parties")
                || key.endsWith("/terms")
                || key.endsWith("/chair-periods")
                || key.endsWith("/cancel")
                || key.endsWith("/publish")
                || key.endsWith("/held")
                || key.endsWith("/minutes/send")
                || key.endsWith("/minutes/approve")
                || key.endsWith("/minutes/revise")
                || key.endsWith("/minutes/correction")
                || key.endsWith("/close")
                || key.endsWith("/agenda")
                || key.endsWith("/answer"));
    }

    /** Reused until a write that cannot be repeated succeeds: refused calls change nothing. */
    private static Ctx current;

    @TestFactory
    Stream<DynamicTest> everyPersonaGetsTheExpectedStatus() {
        List<DynamicTest> tests = new ArrayList<>();
        OPERATIONS.forEach((key, op) -> op.expected()
                .forEach((who, status) -> tests.add(DynamicTest.dynamicTest(key + " as " + who + " → " + status, () -> {
                    if (current == null) {
                        current = Ctx.fresh();
                    }
                    Ctx ctx = current;
                    RequestSpecification request = request(who).contentType(ContentType.JSON);
                    String path = op.path().apply(ctx);
                    if (op.ifMatch()) {
                        request.header("If-Match", currentEtag(op, ctx, path));
                    }
                    if (op.body() != null) {
                        Object body = op.body().apply(ctx);
                        if (body instanceof byte[] bytes) {
                            request.contentType("application/pdf").body(bytes);
                        } else if (body instanceof String text) {
                            request.contentType("text/csv; charset=UTF-8")
                                    .body(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        } else {
                            request.body(body);
                        }
                    }
                    int actual =
                            request.request(op.method(), path).then().extract().statusCode();
                    if (actual < 300 && !repeatable(key)) {
                        current = null;
                    }
                    assertEquals(status, actual, key + " as " + who);
                }))));
        return tests.stream();
    }

    /** The realm roles of the operations in openapi.yaml, by "METHOD path". */
    private static Map<String, List<String>> realmRoles() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("..", "openapi.yaml").toFile())
                .get("paths");
        Map<String, List<String>> roles = new LinkedHashMap<>();
        paths.fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    List<String> allowed = new ArrayList<>();
                    JsonNode security = operation.getValue().get("security");
                    if (security != null) {
                        security.forEach(
                                requirement -> requirement.path("bearer").forEach(role -> allowed.add(role.asText())));
                    }
                    roles.put(operation.getKey().toUpperCase() + " " + path.getKey(), allowed);
                }));
        return roles;
    }

    private static final Map<Who, List<String>> PERSONA_ROLES = Map.of(
            Who.ADMIN,
            List.of("admin", "user"),
            Who.SECRETARIAT,
            List.of("user"),
            Who.MEMBER,
            List.of("user"),
            Who.OBSERVER,
            List.of("user"),
            Who.OTHER_MEMBER,
            List.of("user"),
            Who.INTEGRATION,
            List.of("integration"));

    /**
     * What a persona gets for a partnership or child that is not there: 401 without a token, 403
     * when the realm role may not use the operation at all, 404 for everyone else.
     */
    private static int absent(Who who, List<String> operationRoles) {
        if (who == Who.ANONYMOUS) {
            return 401;
        }
        if (who == Who.NO_ROLE) {
            return 403;
        }
        return PERSONA_ROLES.get(who).stream().anyMatch(operationRoles::contains) ? 404 : 403;
    }

    /**
     * Operations whose refusal depends on the child itself (whose answer, whose follow-up item, whose
     * indicator): another partnership's child is not found before that question is asked.
     */
    private static final java.util.Set<String> REFUSED_BY_THE_CHILD = java.util.Set.of(
            "PUT /api/v1/partnerships/{partnershipId}/meetings/{meetingId}/attendance/{attendanceId}",
            "POST /api/v1/partnerships/{partnershipId}/follow-ups/{followUpId}/status",
            "PUT /api/v1/partnerships/{partnershipId}/indicators/{indicatorId}/measurements");

    private static boolean underAPartnership(String key) {
        return key.contains(" /api/v1/partnerships/{");
    }

    private static boolean hasChildId(String key) {
        return underAPartnership(key)
                && key.substring(key.indexOf("/partnerships/{") + 15).contains("{");
    }

    /** The fixtures of a partnership with another partnership's id: its children under another partnership's URL. */
    private static Ctx movedTo(Ctx ctx, String partnership) throws ReflectiveOperationException {
        java.lang.reflect.RecordComponent[] components = Ctx.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getAccessor().invoke(ctx);
            types[i] = components[i].getType();
        }
        values[0] = partnership;
        return Ctx.class.getDeclaredConstructor(types).newInstance(values);
    }

    private static Ctx home;
    private static Ctx foreign;

    /**
     * Every operation under a partnership, for a partnership id that does not exist: 404 for every
     * persona whose realm role may use the operation, admins and integrations included.
     */
    @TestFactory
    Stream<DynamicTest> aPartnershipThatDoesNotExistAnswers404() throws IOException {
        Map<String, List<String>> roles = realmRoles();
        List<DynamicTest> tests = new ArrayList<>();
        OPERATIONS.forEach((key, op) -> {
            if (!underAPartnership(key)) {
                return;
            }
            for (Who who : Who.values()) {
                int expected = absent(who, roles.get(key));
                tests.add(DynamicTest.dynamicTest(key + " in no partnership as " + who + " → " + expected, () -> {
                    if (home == null) {
                        home = Ctx.fresh();
                    }
                    Ctx nowhere = movedTo(home, java.util.UUID.randomUUID().toString());
                    assertEquals(expected, call(who, op, nowhere, home), key + " in no partnership as " + who);
                }));
            }
        });
        return tests.stream();
    }

    /**
     * Every operation with a child id, with another partnership's child under this partnership's
     * URL: never the child (404), also for admins and integrations and for the personas who are
     * members of both; a persona refused the operation here anyway keeps that answer.
     */
    @TestFactory
    Stream<DynamicTest> anotherPartnershipsChildAnswers404() throws IOException {
        Map<String, List<String>> roles = realmRoles();
        List<DynamicTest> tests = new ArrayList<>();
        OPERATIONS.forEach((key, op) -> {
            if (!hasChildId(key)) {
                return;
            }
            op.expected().forEach((who, status) -> {
                boolean childsRule =
                        status == 403 && REFUSED_BY_THE_CHILD.contains(key) && absent(who, roles.get(key)) == 404;
                int expected = (status == 401 || status == 403) && !childsRule ? status : absent(who, roles.get(key));
                tests.add(DynamicTest.dynamicTest(
                        key + " with another partnership's child as " + who + " → " + expected, () -> {
                            if (home == null) {
                                home = Ctx.fresh();
                            }
                            if (foreign == null) {
                                foreign = Ctx.fresh();
                            }
                            assertEquals(
                                    expected,
                                    call(who, op, movedTo(foreign, home.partnership()), foreign),
                                    key + " with another partnership's child as " + who);
                        }));
            });
        });
        return tests.stream();
    }

    /**
     * One call to {@code op} at {@code at}'s path, with a body made from {@code from}'s fixtures (a
     * valid body, so nothing but the path decides the answer) and any version as If-Match.
     */
    private static int call(Who who, Operation op, Ctx at, Ctx from) {
        RequestSpecification request = request(who).contentType(ContentType.JSON);
        if (op.ifMatch()) {
            request.header("If-Match", "\"0\"");
        }
        if (op.body() != null) {
            Object body = op.body().apply(from);
            if (body instanceof byte[] bytes) {
                request.contentType("application/pdf").body(bytes);
            } else if (body instanceof String text) {
                request.contentType("text/csv; charset=UTF-8")
                        .body(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else {
                request.body(body);
            }
        }
        return request.request(op.method(), op.path().apply(at))
                .then()
                .extract()
                .statusCode();
    }

    /** The If-Match a well-behaved client would send: the version it last read, as admin sees it. */
    private static String currentEtag(Operation op, Ctx ctx, String path) {
        if (path.endsWith("/measurements")) {
            // The value the operation's body enters, if it is there yet; a new one needs no version.
            Integer version = as(Persona.ADMIN)
                    .get(path + "?from=2026&to=2026")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("find { it.areaId == '" + ctx.indicatorArea() + "' }.version");
            return "\"" + (version == null ? 0 : version) + "\"";
        }
        if (path.startsWith("/api/v1/organisations/")) {
            return as(Persona.ADMIN).get(path).then().statusCode(200).extract().header("ETag");
        }
        if (path.contains("/signatories/")) {
            String id = path.substring(path.lastIndexOf('/') + 1);
            Integer version = as(Persona.ADMIN)
                    .get(ctx.base())
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("parties.signatories.flatten().find { it.id == '" + id + "' }.version");
            return "\"" + version + "\"";
        }
        if (path.contains("/parties/")) {
            String id = path.substring(path.lastIndexOf('/') + 1);
            Integer version = as(Persona.ADMIN)
                    .get(ctx.base())
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("parties.find { it.id == '" + id + "' }.version");
            return "\"" + version + "\"";
        }
        if (path.contains("/follow-ups/") && path.endsWith("/status")) {
            String id = path.substring(0, path.lastIndexOf('/'));
            id = id.substring(id.lastIndexOf('/') + 1);
            Integer version = as(Persona.ADMIN)
                    .get(ctx.base() + "/follow-ups?size=100")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.find { it.id == '" + id + "' }.version");
            return "\"" + version + "\"";
        }
        if (path.contains("/meetings/")) {
            String meetingPath = path.replaceAll("(/meetings/[^/]+).*", "$1");
            if (path.contains("/attendance/")) {
                String id = path.substring(path.lastIndexOf('/') + 1);
                Integer version = as(Persona.ADMIN)
                        .get(meetingPath + "/attendance")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.find { it.id == '" + id + "' }.version");
                return "\"" + version + "\"";
            }
            if (path.contains("/minutes/items/")
                    || path.contains("/minutes/decisions/")
                    || path.contains("/minutes/follow-ups/")) {
                String id = path.substring(path.lastIndexOf('/') + 1);
                String list = path.contains("/minutes/items/")
                        ? "agenda"
                        : path.contains("/decisions/") ? "agenda.decisions.flatten()" : "agenda.followUps.flatten()";
                Integer version = as(Persona.ADMIN)
                        .get(meetingPath)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path(list + ".find { it.id == '" + id + "' }.version");
                return "\"" + version + "\"";
            }
            if (path.contains("/attachments")) {
                String id = path.replaceAll(".*/agenda-items/([^/]+)/attachments.*", "$1");
                Integer version = as(Persona.ADMIN)
                        .get(meetingPath)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("agenda.find { it.id == '" + id + "' }.version");
                return "\"" + version + "\"";
            }
            if (path.contains("/agenda-items/") && !path.endsWith("/order")) {
                String id = path.substring(path.lastIndexOf('/') + 1);
                Integer version = as(Persona.ADMIN)
                        .get(meetingPath)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("agenda.find { it.id == '" + id + "' }.version");
                return "\"" + version + "\"";
            }
            return as(Persona.ADMIN)
                    .get(meetingPath)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
        }
        if (path.contains("/proposals/")) {
            String id = path.replaceAll(".*/proposals/([^/]+)/.*", "$1");
            Integer version = as(Persona.ADMIN)
                    .get(ctx.base() + "/proposals")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.find { it.id == '" + id + "' }.version");
            return "\"" + version + "\"";
        }
        if (path.contains("/activities/")) {
            String activityPath = path.replaceAll("(/activities/[^/?]+).*", "$1");
            return as(Persona.ADMIN)
                    .get(activityPath)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
        }
        if (path.contains("/indicators/") || path.contains("/working-groups/") || path.contains("/goals/")) {
            if (path.endsWith("/close")) {
                return as(Persona.ADMIN)
                        .get(path.substring(0, path.length() - "/close".length()))
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
            }
            return as(Persona.ADMIN).get(path).then().statusCode(200).extract().header("ETag");
        }
        if (path.endsWith("/focus-areas/order")) {
            return as(Persona.ADMIN)
                    .get(ctx.base())
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
        }
        if (path.contains("/agreement")) {
            String term = path.substring(path.indexOf("/terms/") + "/terms/".length(), path.indexOf("/agreement"));
            Integer version = as(Persona.ADMIN)
                    .get(ctx.base())
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("terms.find { it.id == '" + term + "' }.version");
            return "\"" + version + "\"";
        }
        if (path.contains("/focus-areas/")
                || path.contains("/members/")
                || path.contains("/terms/")
                || path.contains("/chair-periods/")) {
            String list = path.contains("/members/") ? ctx.base() + "/members" : ctx.base();
            String field = path.contains("/members/")
                    ? "items"
                    : path.contains("/terms/")
                            ? "terms"
                            : path.contains("/chair-periods/") ? "chairPeriods" : "focusAreas";
            String id = path.substring(path.lastIndexOf('/') + 1);
            Integer version = as(Persona.ADMIN)
                    .get(list)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path(field + ".find { it.id == '" + id + "' }.version");
            return "\"" + version + "\"";
        }
        return as(Persona.ADMIN)
                .get(ctx.base())
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static RequestSpecification request(Who who) {
        return switch (who) {
            case ANONYMOUS -> given();
            case ADMIN -> given().auth().oauth2(Persona.ADMIN.token());
            case SECRETARIAT -> given().auth().oauth2(Persona.SECRETARIAT.token());
            case MEMBER -> given().auth().oauth2(Persona.MEMBER.token());
            case OBSERVER -> given().auth().oauth2(Persona.OBSERVER.token());
            case OTHER_MEMBER -> given().auth().oauth2(Persona.OTHER_MEMBER.token());
            case INTEGRATION -> given().auth().oauth2(Persona.INTEGRATION.token());
            case NO_ROLE -> given().auth().oauth2(Persona.NO_ROLE.token());
        };
    }
}
