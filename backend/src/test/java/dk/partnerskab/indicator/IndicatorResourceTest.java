package dk.partnerskab.indicator;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dk.partnerskab.testing.Api;
import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class IndicatorResourceTest {

    static final String ALFA_KOMMUNE = "00000000-0000-4000-a000-000000000001";

    String indicators;
    String indicator;
    List<String> areas;

    /** A partnership where the member represents Alfa Kommune, which owns a monthly burglary count in three areas. */
    @BeforeEach
    void burglariesInThreeAreas() {
        String partnership = as(Persona.ADMIN)
                .body(Api.partnershipInput("Indikatorer " + System.nanoTime()))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.addMember(partnership, "sekretariat@test.example", "SECRETARIAT");
        Api.addFixtureParties(partnership);
        as(Persona.ADMIN)
                .body(Map.of("email", "medlem@test.example", "role", "MEMBER", "organisationId", ALFA_KOMMUNE))
                .post("/api/v1/partnerships/" + partnership + "/members")
                .then()
                .statusCode(201);
        Api.addMember(partnership, "observator@test.example", "OBSERVER");
        indicators = "/api/v1/partnerships/" + partnership + "/indicators";
        indicator = indicators + "/"
                + as(Persona.SECRETARIAT)
                        .body(burglaries())
                        .post(indicators)
                        .then()
                        .statusCode(201)
                        .body("areas.name", contains("Herlev", "Ballerup", "Gladsaxe"))
                        .body("status", equalTo("NO_DATA"))
                        .body("canEdit", equalTo(true))
                        .body("ownerOrganisation.name", equalTo("Alfa Kommune"))
                        .extract()
                        .path("id");
        areas = as(Persona.MEMBER)
                .get(indicator)
                .then()
                .statusCode(200)
                .body("canReport", equalTo(true))
                .body("canEdit", equalTo(false))
                .extract()
                .path("areas.id");
    }

    static Map<String, Object> burglaries() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "IND-01");
        body.put("name", "Anmeldte indbrud i private hjem");
        body.put("unit", "anmeldelser");
        body.put("upIsGood", false);
        body.put("frequency", "MONTH");
        body.put("aggregation", "SUM");
        body.put("baselineValue", 60);
        body.put("baselinePeriod", "2025-12");
        body.put("targetValue", 30);
        body.put("targetPeriod", "2026-12");
        body.put("ownerOrganisationId", ALFA_KOMMUNE);
        body.put("areas", List.of("Herlev", "Ballerup", "Gladsaxe"));
        return body;
    }

    /** The version of each value entered here, by area and period: a correction sends it. */
    final Map<String, Integer> versions = new java.util.HashMap<>();

    ValidatableResponse enter(Persona persona, int area, String period, Object value) {
        var request = as(persona).body(Map.of("areaId", areas.get(area), "period", period, "value", value));
        // Periods are compared as the API normalises them ("2026-1" is "2026-01").
        String key = area + "|" + period.replaceAll("-(\\d)$", "-0$1");
        Integer version = versions.get(key);
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        ValidatableResponse response = request.put(indicator + "/measurements").then();
        Integer now = response.extract().statusCode() < 300 ? response.extract().path("version") : null;
        if (now != null) {
            versions.put(key, now);
        }
        return response;
    }

    @Test
    void aCorrectionNeedsTheVersionItIsBasedOn() {
        enter(Persona.MEMBER, 0, "2026-05", 20).statusCode(201).header("ETag", "\"0\"");
        Map<String, Object> correction = Map.of("areaId", areas.get(0), "period", "2026-05", "value", 21);
        assertProblem(
                as(Persona.MEMBER)
                        .body(correction)
                        .put(indicator + "/measurements")
                        .then(),
                428,
                "precondition-required");
        enter(Persona.SECRETARIAT, 0, "2026-05", 22).statusCode(200).header("ETag", "\"1\"");
        assertProblem(
                as(Persona.MEMBER)
                        .header("If-Match", "\"0\"")
                        .body(correction)
                        .put(indicator + "/measurements")
                        .then(),
                412,
                "version-mismatch");
        as(Persona.MEMBER)
                .get(indicator + "/measurements?from=2026-05&to=2026-05")
                .then()
                .body("value", contains(22))
                .body("revisions", contains(1));
    }

    @Test
    void theOwningOrganisationsMemberEntersAndCorrectsValuesWithHistory() {
        String id = enter(Persona.MEMBER, 0, "2026-01", 20)
                .statusCode(201)
                .body("value", equalTo(20))
                .body("revisions", equalTo(0))
                .extract()
                .path("id");
        enter(Persona.MEMBER, 0, "2026-01", 20).statusCode(200).body("revisions", equalTo(0));
        enter(Persona.SECRETARIAT, 0, "2026-1", 22)
                .statusCode(200)
                .body("id", equalTo(id))
                .body("revisions", equalTo(1))
                .body("enteredBy", equalTo("Test sekretariat"));
        as(Persona.OBSERVER)
                .get(indicator + "/measurements/" + id + "/revisions")
                .then()
                .statusCode(200)
                .body("oldValue", contains(20))
                .body("oldEnteredBy", contains("Test medlem"))
                .body("revisedBy", contains("Test sekretariat"));
        assertProblem(enter(Persona.OBSERVER, 0, "2026-02", 5), 403, "forbidden");
        assertProblem(enter(Persona.OTHER_MEMBER, 0, "2026-02", 5), 404, "not-found");
    }

    @Test
    void periodsValuesAndAreasAreChecked() {
        assertProblem(enter(Persona.MEMBER, 0, "2026-Q1", 5), 400, "validation-failed")
                .body("violations[0].field", equalTo("period"));
        assertProblem(enter(Persona.MEMBER, 0, "2026-02", -1), 400, "validation-failed")
                .body("violations[0].field", equalTo("value"));
        assertProblem(
                        as(Persona.MEMBER)
                                .body(Map.of(
                                        "areaId",
                                        "00000000-0000-4000-a000-000000000009",
                                        "period",
                                        "2026-02",
                                        "value",
                                        1))
                                .put(indicator + "/measurements")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("areaId"));
        Map<String, Object> bad = burglaries();
        bad.put("code", "IND-02");
        bad.put("baselinePeriod", "2025");
        assertProblem(as(Persona.SECRETARIAT).body(bad).post(indicators).then(), 400, "validation-failed")
                .body("violations[0].field", equalTo("baselinePeriod"));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(burglaries())
                                .post(indicators)
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("code"));
        assertProblem(as(Persona.MEMBER).body(burglaries()).post(indicators).then(), 403, "forbidden");
    }

    @Test
    void aValueFarAboveTheRecentOnesNeedsConfirming() {
        enter(Persona.MEMBER, 1, "2026-01", 10).statusCode(201);
        enter(Persona.MEMBER, 1, "2026-02", 12).statusCode(201);
        enter(Persona.MEMBER, 1, "2026-03", 11).statusCode(201);
        assertProblem(enter(Persona.MEMBER, 1, "2026-04", 110), 409, "confirmation-required");
        as(Persona.MEMBER)
                .body(Map.of("areaId", areas.get(1), "period", "2026-04", "value", 110, "confirmed", true))
                .put(indicator + "/measurements")
                .then()
                .statusCode(201);
    }

    @Test
    void theSeriesAddsUpAndTheStatusFollowsTheLatestTotal() {
        int[][] values = {{20, 18, 15}, {10, 9, 7}, {30, 25, 20}};
        for (int area = 0; area < 3; area++) {
            for (int month = 0; month < 3; month++) {
                if (!(area == 2 && month == 1)) {
                    enter(Persona.SECRETARIAT, area, "2026-0" + (month + 1), values[area][month])
                            .statusCode(201);
                }
            }
        }
        as(Persona.INTEGRATION)
                .queryParam("aggregate", "QUARTER")
                .get(indicator + "/series")
                .then()
                .statusCode(200)
                .body("frequency", equalTo("QUARTER"))
                .body("areas[0].points[0].value", equalTo(53))
                .body("areas[0].points[0].complete", equalTo(true))
                .body("areas[2].points[0].value", equalTo(50))
                .body("areas[2].points[0].complete", equalTo(false))
                .body("total[0].period", equalTo("2026-Q1"))
                .body("total[0].value", equalTo(129))
                .body("total[0].complete", equalTo(false))
                .body("targetValue", equalTo(30));
        as(Persona.MEMBER)
                .get(indicator + "/series")
                .then()
                .statusCode(200)
                .body("total.period", contains("2026-01", "2026-02", "2026-03"))
                .body("total.value", contains(60, 27, 42))
                .body("total.complete", contains(true, false, true));
        // March in total 42 against a plan line from 60 (2025-12) to 30 (2026-12): 52.5 expected, so on track.
        as(Persona.MEMBER)
                .get(indicator)
                .then()
                .body("latestPeriod", equalTo("2026-03"))
                .body("latestValue", equalTo(42))
                .body("status", equalTo("ON_TRACK"));
        enter(Persona.SECRETARIAT, 0, "2026-04", 25).statusCode(201);
        // April: only Herlev has reported, 25 against 50 expected: the total is a part, says so, and the status
        // stays March's.
        as(Persona.MEMBER)
                .get(indicators)
                .then()
                .statusCode(200)
                .body("items[0].latestPeriod", equalTo("2026-04"))
                .body("items[0].completeness.areasReported", equalTo(1))
                .body("items[0].statusPeriod", equalTo("2026-03"));
        assertProblem(
                as(Persona.MEMBER)
                        .queryParam("aggregate", "WEEK")
                        .get(indicator + "/series")
                        .then(),
                400,
                "validation-failed");
    }

    @Test
    void anIncompleteMonthSaysHowManyAreasItHasAndTheStatusWaitsForAWholeOne() {
        // January in all three: 25 + 15 + 25 = 65, worse than the baseline of 60: off track.
        enter(Persona.SECRETARIAT, 0, "2026-01", 25).statusCode(201);
        enter(Persona.SECRETARIAT, 1, "2026-01", 15).statusCode(201);
        enter(Persona.SECRETARIAT, 2, "2026-01", 25).statusCode(201);
        // February from Herlev and Ballerup: 18 + 9 = 27 would pass the target of 30 if read as the whole.
        enter(Persona.SECRETARIAT, 0, "2026-02", 18).statusCode(201);
        enter(Persona.SECRETARIAT, 1, "2026-02", 9).statusCode(201);
        as(Persona.OBSERVER)
                .get(indicator)
                .then()
                .statusCode(200)
                .body("latestPeriod", equalTo("2026-02"))
                .body("latestValue", equalTo(27))
                .body("completeness.areasReported", equalTo(2))
                .body("completeness.areasExpected", equalTo(3))
                .body("completeness.complete", equalTo(false))
                .body("status", equalTo("OFF_TRACK"))
                .body("statusPeriod", equalTo("2026-01"))
                .body("preliminaryStatus", nullValue());
        as(Persona.MEMBER)
                .get(indicators)
                .then()
                .statusCode(200)
                .body("items[0].completeness.areasReported", equalTo(2))
                .body("items[0].status", equalTo("OFF_TRACK"))
                .body("items[0].statusPeriod", equalTo("2026-01"));
        // Gladsaxe's 30 completes February at 57: 3 better than the baseline where the plan line asks 5,
        // within the tolerance of 3: on track.
        enter(Persona.SECRETARIAT, 2, "2026-02", 30).statusCode(201);
        as(Persona.MEMBER)
                .get(indicator)
                .then()
                .body("latestValue", equalTo(57))
                .body("completeness.areasReported", equalTo(3))
                .body("completeness.complete", equalTo(true))
                .body("status", equalTo("ON_TRACK"))
                .body("statusPeriod", equalTo("2026-02"));
    }

    @Test
    void anAveragedIndicatorShowsAPreliminaryStatusFromTheAreasThatReported() {
        Map<String, Object> safety = burglaries();
        safety.put("code", "IND-02");
        safety.put("name", "Tryghedsindeks");
        safety.put("unit", "indeks");
        safety.put("upIsGood", true);
        safety.put("aggregation", "AVERAGE");
        safety.put("baselineValue", 60);
        safety.put("targetValue", 84);
        String id = as(Persona.SECRETARIAT)
                .body(safety)
                .post(indicators)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<String> safetyAreas = as(Persona.SECRETARIAT)
                .get(indicators + "/" + id)
                .then()
                .extract()
                .path("areas.id");
        // March, Herlev alone at 70: 10 up where the line from 60 (2025-12) to 84 (2026-12) asks 6.
        as(Persona.SECRETARIAT)
                .body(Map.of("areaId", safetyAreas.get(0), "period", "2026-03", "value", 70))
                .put(indicators + "/" + id + "/measurements")
                .then()
                .statusCode(201);
        as(Persona.MEMBER)
                .get(indicators + "/" + id)
                .then()
                .statusCode(200)
                .body("latestValue", equalTo(70))
                .body("completeness.areasReported", equalTo(1))
                .body("status", equalTo("NO_DATA"))
                .body("statusPeriod", nullValue())
                .body("preliminaryStatus", equalTo("ON_TRACK"));
    }

    @Test
    void theDefinitionKeepsWhatTheValuesNeed() {
        enter(Persona.SECRETARIAT, 2, "2026-01", 5).statusCode(201);
        Map<String, Object> change = burglaries();
        change.put("frequency", "QUARTER");
        change.put("baselinePeriod", "2025-Q4");
        change.put("targetPeriod", "2026-Q4");
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .header("If-Match", "\"0\"")
                                .body(change)
                                .put(indicator)
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("frequency"));
        Map<String, Object> fewerAreas = burglaries();
        fewerAreas.put("areas", List.of("Herlev", "Ballerup"));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .header("If-Match", "\"0\"")
                                .body(fewerAreas)
                                .put(indicator)
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("areas"));
        Map<String, Object> renamed = burglaries();
        renamed.put("areas", List.of("Herlev", "Ballerup", "Gladsaxe", "Furesø"));
        renamed.put("targetValue", null);
        renamed.put("targetPeriod", null);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(renamed)
                .put(indicator)
                .then()
                .statusCode(200)
                .body("areas.name", contains("Herlev", "Ballerup", "Gladsaxe", "Furesø"))
                .body("targetValue", nullValue())
                .body("status", equalTo("NO_DATA"));
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"1\"")
                .delete(indicator)
                .then()
                .statusCode(204);
        assertProblem(as(Persona.SECRETARIAT).get(indicator).then(), 404, "not-found");
        as(Persona.SECRETARIAT).get(indicators).then().body("totalItems", equalTo(0));
    }
}
