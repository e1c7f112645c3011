package dk.partnerskab.dashboard;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dk.partnerskab.testing.Api;
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
class DashboardAndReportingTest {

    static final String ALFA_KOMMUNE = "00000000-0000-4000-a000-000000000001";
    static final String BETA_KOMMUNE = "00000000-0000-4000-a000-000000000002";
    static final LocalDate LAST_MONTH =
            LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusMonths(1);

    String base;
    String name;
    String indicator;
    List<String> areas;

    @BeforeEach
    void aMonthlyIndicatorOwnedByTheMembersOrganisation() {
        name = "Overblik " + System.nanoTime();
        String partnership = as(Persona.ADMIN)
                .body(Api.partnershipInput(name))
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
        as(Persona.ADMIN)
                .body(Map.of("email", "observator@test.example", "role", "OBSERVER", "organisationId", ALFA_KOMMUNE))
                .post("/api/v1/partnerships/" + partnership + "/members")
                .then()
                .statusCode(201);
        base = "/api/v1/partnerships/" + partnership;
        indicator = as(Persona.SECRETARIAT)
                .body(indicator("M-1", "MONTH", ALFA_KOMMUNE, List.of("Herlev", "Ballerup")))
                .post(base + "/indicators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        areas = as(Persona.SECRETARIAT)
                .get(base + "/indicators/" + indicator)
                .then()
                .extract()
                .path("areas.id");
        as(Persona.SECRETARIAT)
                .body(indicator("Y-1", "YEAR", BETA_KOMMUNE, List.of()))
                .post(base + "/indicators")
                .then()
                .statusCode(201);
    }

    static Map<String, Object> indicator(String code, String frequency, String owner, List<String> areas) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Indbrud " + code);
        body.put("unit", "antal");
        body.put("upIsGood", false);
        body.put("frequency", frequency);
        body.put("aggregation", "SUM");
        body.put("ownerOrganisationId", owner);
        body.put("areas", areas);
        return body;
    }

    /** The version of each value entered here, by area and period: a correction sends it. */
    final Map<String, Integer> versions = new java.util.HashMap<>();

    void enter(int area, String period, int value) {
        var request = as(Persona.MEMBER).body(Map.of("areaId", areas.get(area), "period", period, "value", value));
        Integer version = versions.get(area + "|" + period);
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        versions.put(
                area + "|" + period,
                request.put(base + "/indicators/" + indicator + "/measurements")
                        .then()
                        .statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                        .extract()
                        .path("version"));
    }

    @Test
    void myReportingListsTheAreasMissingForLastMonth() {
        String period = String.format("%d-%02d", LAST_MONTH.getYear(), LAST_MONTH.getMonthValue());
        enter(0, period, 12);
        as(Persona.MEMBER)
                .get("/api/v1/me/reporting")
                .then()
                .statusCode(200)
                .body("findAll { it.partnershipName == '" + name + "' }.code", contains("M-1"))
                .body("find { it.partnershipName == '" + name + "' }.period", equalTo(period))
                .body("find { it.partnershipName == '" + name + "' }.missingAreas.name", contains("Ballerup"));
        enter(1, period, 4);
        as(Persona.MEMBER)
                .get("/api/v1/me/reporting")
                .then()
                .statusCode(200)
                .body("findAll { it.partnershipName == '" + name + "' }", hasSize(0));
        // Observers read; they owe nothing even when they come from the owning organisation.
        as(Persona.OBSERVER)
                .get("/api/v1/me/reporting")
                .then()
                .statusCode(200)
                .body("findAll { it.partnershipName == '" + name + "' }", hasSize(0));
    }

    @Test
    void theDashboardShowsGoalsIndicatorsWithRecentTotalsAndTheLatestValues() {
        as(Persona.SECRETARIAT)
                .body(Map.of("title", "Færre indbrud", "indicatorIds", List.of(indicator)))
                .post(base + "/goals")
                .then()
                .statusCode(201);
        as(Persona.SECRETARIAT)
                .body(Map.of("title", "Opgivet", "status", "DROPPED"))
                .post(base + "/goals")
                .then()
                .statusCode(201);
        enter(0, "2026-01", 10);
        enter(1, "2026-01", 5);
        enter(0, "2026-02", 8);
        enter(0, "2026-01", 11);
        as(Persona.OBSERVER)
                .get(base + "/dashboard")
                .then()
                .statusCode(200)
                .body("goals.title", contains("Færre indbrud"))
                .body("indicators.indicator.code", contains("M-1", "Y-1"))
                .body("indicators[0].recent.period", contains("2026-01", "2026-02"))
                .body("indicators[0].recent.value", contains(16, 8))
                .body("indicators[0].recent.complete", contains(true, false))
                .body("latestChanges[0].period", equalTo("2026-01"))
                .body("latestChanges[0].value", equalTo(11))
                .body("latestChanges[0].correction", equalTo(true))
                .body("latestChanges", hasSize(3))
                // February has Herlev's 8 alone: the value says so, and the status is January's.
                .body("indicators[0].indicator.latestPeriod", equalTo("2026-02"))
                .body("indicators[0].indicator.latestValue", equalTo(8))
                .body("indicators[0].indicator.completeness.areasReported", equalTo(1))
                .body("indicators[0].indicator.completeness.areasExpected", equalTo(2))
                .body("indicators[0].indicator.completeness.complete", equalTo(false))
                .body("indicators[0].indicator.statusPeriod", equalTo("2026-01"))
                .body("indicators[0].indicator.preliminaryStatus", nullValue())
                .body("indicators[1].indicator.completeness", nullValue())
                .body("goals[0].indicators[0].completeness.areasReported", equalTo(1))
                .body("goals[0].indicators[0].completeness.areasExpected", equalTo(2))
                .body("goals[0].indicators[0].statusPeriod", equalTo("2026-01"));
        assertProblem(as(Persona.OTHER_MEMBER).get(base + "/dashboard").then(), 404, "not-found");
    }
}
