package dk.partnerskab.workinggroup;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class WorkingGroupAndGoalTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    String base;
    String decision;
    String member;

    /** A partnership whose meeting yesterday decided to set up a working group. */
    @BeforeEach
    void aDecisionToSetUpAGroup() {
        String partnership = newPartnership("Arbejdsgrupper " + System.nanoTime());
        dk.partnerskab.testing.Api.addFixtureParties(partnership);
        base = "/api/v1/partnerships/" + partnership;
        String meeting = base + "/meetings/"
                + as(Persona.SECRETARIAT)
                        .body(Map.of(
                                "title",
                                "Forårsmøde",
                                "startsAt",
                                TODAY.minusDays(1) + "T13:00:00+01:00",
                                "durationMinutes",
                                60))
                        .post(base + "/meetings")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        String item = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Tryghedsvandringer", "kind", "DECISION"))
                .post(meeting + "/agenda-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .post(meeting + "/publish")
                .then()
                .statusCode(200);
        decision = as(Persona.SECRETARIAT)
                .body(Map.of("agendaItemId", item, "text", "Der nedsættes en arbejdsgruppe om vandringer."))
                .post(meeting + "/minutes/decisions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        member = as(Persona.MEMBER)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    Map<String, Object> group(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("mandate", "<p>Planlægge <b>tre</b> vandringer.</p><script>x()</script>");
        body.put("deadline", TODAY.plusMonths(6).toString());
        body.put("memberIds", List.of(member));
        body.put("leadOrganisationId", "00000000-0000-4000-a000-000000000001");
        return body;
    }

    @Test
    void aGroupIsSetUpFromADecisionAndClosedWithAReport() {
        Map<String, Object> body = group("Vandringsgruppen");
        body.put("decisionId", decision);
        String id = as(Persona.SECRETARIAT)
                .body(body)
                .post(base + "/working-groups")
                .then()
                .statusCode(201)
                .body("decision.text", equalTo("Der nedsættes en arbejdsgruppe om vandringer."))
                .body("decision.meetingTitle", equalTo("Forårsmøde"))
                .body("mandate", equalTo("<p>Planlægge <strong>tre</strong> vandringer.</p>"))
                .body("members.name", contains("Test medlem"))
                .body("leadOrganisation.name", equalTo("Alfa Kommune"))
                .body("status", equalTo("ACTIVE"))
                .extract()
                .path("id");
        as(Persona.MEMBER)
                .get(base + "/working-groups")
                .then()
                .statusCode(200)
                .body("items.name", contains("Vandringsgruppen"))
                .body("items[0].canEdit", equalTo(false));
        // Set up by a decision in minutes not yet published: observers see the group once they are.
        as(Persona.OBSERVER)
                .get(base + "/working-groups")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        assertProblem(
                as(Persona.SECRETARIAT)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("closingReport", " "))
                        .post(base + "/working-groups/" + id + "/close")
                        .then(),
                400,
                "validation-failed");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(Map.of("closingReport", "<p>Tre vandringer gennemført.</p>"))
                .post(base + "/working-groups/" + id + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .header("ETag", equalTo("\"1\""));
        assertProblem(
                as(Persona.SECRETARIAT)
                        .header("If-Match", "\"1\"")
                        .body(Map.of("closingReport", "Igen"))
                        .post(base + "/working-groups/" + id + "/close")
                        .then(),
                409,
                "invalid-state-transition");
    }

    @Test
    void onlyTheSecretariatSetsUpGroupsOfTheirOwnPartnersAndDecisions() {
        Map<String, Object> foreign = group("Forkert");
        foreign.put("decisionId", "00000000-0000-4000-a000-000000000009");
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(foreign)
                                .post(base + "/working-groups")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("decisionId"));
        Map<String, Object> outsider = group("Forkert");
        String stranger =
                as(Persona.OTHER_MEMBER).get("/api/v1/me").then().extract().path("id");
        outsider.put("memberIds", List.of(stranger));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(outsider)
                                .post(base + "/working-groups")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("memberIds"));
        assertProblem(
                as(Persona.MEMBER)
                        .body(group("Min gruppe"))
                        .post(base + "/working-groups")
                        .then(),
                403,
                "forbidden");
        assertProblem(as(Persona.OTHER_MEMBER).get(base + "/working-groups").then(), 404, "not-found");
    }

    Map<String, Object> indicator(String code, int target) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Indbrud " + code);
        body.put("unit", "antal");
        body.put("upIsGood", false);
        body.put("frequency", "YEAR");
        body.put("aggregation", "SUM");
        body.put("baselineValue", 100);
        body.put("baselinePeriod", "2024");
        body.put("targetValue", target);
        body.put("targetPeriod", "2028");
        return body;
    }

    String indicatorWithValue(String code, int value) {
        String id = as(Persona.SECRETARIAT)
                .body(indicator(code, 60))
                .post(base + "/indicators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String area = as(Persona.SECRETARIAT)
                .get(base + "/indicators/" + id)
                .then()
                .extract()
                .path("areas[0].id");
        as(Persona.SECRETARIAT)
                .body(Map.of("areaId", area, "period", "2026", "value", value))
                .put(base + "/indicators/" + id + "/measurements")
                .then()
                .statusCode(201);
        return id;
    }

    @Test
    void aGoalIsAsGoodAsItsWorstIndicator() {
        String group = as(Persona.SECRETARIAT)
                .body(group("Indbrudsgruppen"))
                .post(base + "/working-groups")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String onTrack = indicatorWithValue("A", 78);
        String offTrack = indicatorWithValue("B", 104);
        Map<String, Object> goal = new HashMap<>();
        goal.put("title", "Færre indbrud");
        goal.put("successCriterion", "40 % færre indbrud fra 2024 til 2028");
        goal.put("workingGroupId", group);
        goal.put("indicatorIds", List.of(offTrack, onTrack));
        String id = as(Persona.SECRETARIAT)
                .body(goal)
                .post(base + "/goals")
                .then()
                .statusCode(201)
                .body("indicators.code", contains("A", "B"))
                .body("indicators.status", contains("ON_TRACK", "OFF_TRACK"))
                .body("indicatorStatus", equalTo("OFF_TRACK"))
                .body("workingGroup.name", equalTo("Indbrudsgruppen"))
                .body("status", equalTo("ACTIVE"))
                .extract()
                .path("id");
        as(Persona.OBSERVER)
                .queryParam("workingGroup", group)
                .get(base + "/goals")
                .then()
                .statusCode(200)
                .body("items.title", contains("Færre indbrud"));
        goal.put("indicatorIds", List.of(onTrack));
        goal.put("status", "ACHIEVED");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(goal)
                .put(base + "/goals/" + id)
                .then()
                .statusCode(200)
                .body("indicatorStatus", equalTo("ON_TRACK"))
                .body("status", equalTo("ACHIEVED"));
        goal.put("indicatorIds", List.of("00000000-0000-4000-a000-000000000009"));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .header("If-Match", "\"1\"")
                                .body(goal)
                                .put(base + "/goals/" + id)
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("indicatorIds"));
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"1\"")
                .delete(base + "/goals/" + id)
                .then()
                .statusCode(204);
        as(Persona.SECRETARIAT).get(base + "/goals").then().body("totalItems", equalTo(0));
    }

    @Test
    void aWorkingGroupMeetsWithItsOwnMembers() {
        String group = as(Persona.SECRETARIAT)
                .body(group("Vandringsgruppen"))
                .post(base + "/working-groups")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("title", "Gruppemøde");
        meeting.put("startsAt", TODAY.plusDays(7) + "T10:00:00+01:00");
        meeting.put("durationMinutes", 60);
        meeting.put("workingGroupId", group);
        String id = as(Persona.SECRETARIAT)
                .body(meeting)
                .post(base + "/meetings")
                .then()
                .statusCode(201)
                .body("workingGroup.name", equalTo("Vandringsgruppen"))
                .extract()
                .path("id");
        as(Persona.MEMBER)
                .queryParam("workingGroup", group)
                .get(base + "/meetings")
                .then()
                .statusCode(200)
                .body("items.title", contains("Gruppemøde"))
                .body("items[0].workingGroupId", equalTo(group));
        as(Persona.SECRETARIAT)
                .body(Map.of("title", "Ruter", "kind", "DISCUSSION"))
                .post(base + "/meetings/" + id + "/agenda-items")
                .then()
                .statusCode(201);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .post(base + "/meetings/" + id + "/publish")
                .then()
                .statusCode(200);
        // The group's member and the secretariat are invited; the observer, who is not in the group, is not.
        as(Persona.SECRETARIAT)
                .get(base + "/meetings/" + id + "/attendance")
                .then()
                .statusCode(200)
                .body("items.name", org.hamcrest.Matchers.containsInAnyOrder("Test medlem", "Test sekretariat"));
        meeting.put("workingGroupId", "00000000-0000-4000-a000-000000000009");
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(meeting)
                                .post(base + "/meetings")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("workingGroupId"));
    }
}
