package dk.partnerskab.common;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dk.partnerskab.testing.Api;
import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates and periods anywhere in a request are held to the years 1900 to 2200. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class DateBoundsTest {

    String base;

    @BeforeEach
    void freshPartnership() {
        String partnership = newPartnership("Datoer " + System.nanoTime());
        Api.addFixtureParties(partnership);
        base = "/api/v1/partnerships/" + partnership;
    }

    static Map<String, Object> term(String start, String end) {
        return new HashMap<>(Map.of("startDate", start, "endDate", end, "kind", "INITIAL"));
    }

    static Map<String, Object> meeting(Object startsAt) {
        return new HashMap<>(Map.of("title", "Møde", "startsAt", startsAt, "durationMinutes", 60));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "0000-01-01", "1899-12-31", "2201-01-01"})
    void aFarOffDateInTheQueryIsRefusedNamingTheParameter(String day) {
        assertProblem(
                        as(Persona.MEMBER)
                                .queryParam("to", day)
                                .get(base + "/meetings")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("to"))
                .body("violations[0].in", equalTo("query"))
                .body("violations[0].message", containsString("1900 to 2200"));
    }

    @Test
    void aLastDayOfAllTimeWrittenUnencodedIsRefusedToo() {
        assertProblem(
                        as(Persona.MEMBER)
                                .urlEncodingEnabled(false)
                                .get(base + "/meetings?from=1900-01-01&to=+999999999-12-31")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("to"));
    }

    @Test
    void theFirstAndLastAcceptedDaysFilterMeetings() {
        as(Persona.SECRETARIAT)
                .body(meeting("2200-12-31T20:00:00+01:00"))
                .post(base + "/meetings")
                .then()
                .statusCode(201);
        as(Persona.MEMBER)
                .get(base + "/meetings?from=1900-01-01&to=2200-12-31")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-01-01", "-0001-01-01", "1899-12-31", "2201-01-01"})
    void aFarOffDateInABodyIsRefusedNamingTheField(String day) {
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(term(day, "2025-12-31"))
                                .post(base + "/terms")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("startDate"))
                .body("violations[0].in", equalTo("body"))
                .body("violations[0].message", containsString("1900 to 2200"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31T10:00:00Z", "1899-12-31T10:00:00+01:00", "2201-01-01T00:00:00Z"})
    void aFarOffTimeInABodyIsRefusedNamingTheField(String time) {
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(meeting(time))
                                .post(base + "/meetings")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("startsAt"))
                .body("violations[0].in", equalTo("body"));
    }

    @Test
    void aDateGivenAsANumberIsHeldToTheSameYears() {
        // Epoch seconds and epoch days: a million years from now, and beyond what a date can hold.
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(meeting(1e15))
                                .post(base + "/meetings")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("startsAt"));
        Map<String, Object> term = term("2020-01-01", "2025-12-31");
        term.put("startDate", 1_000_000_000L);
        assertProblem(as(Persona.SECRETARIAT).body(term).post(base + "/terms").then(), 400, "validation-failed")
                .body("violations[0].field", equalTo("startDate"));
        term.put("startDate", Long.MAX_VALUE);
        assertProblem(as(Persona.SECRETARIAT).body(term).post(base + "/terms").then(), 400, "validation-failed")
                .body("violations[0].field", equalTo("startDate"));
    }

    @Test
    void theFirstAndLastAcceptedDaysAreStored() {
        as(Persona.SECRETARIAT)
                .body(term("1900-01-01", "2200-12-31"))
                .post(base + "/terms")
                .then()
                .statusCode(201)
                .body("startDate", equalTo("1900-01-01"))
                .body("endDate", equalTo("2200-12-31"));
    }

    @Test
    void indicatorPeriodsAreHeldToTheSameYears() {
        Map<String, Object> indicator = new HashMap<>();
        indicator.put("code", "IND-01");
        indicator.put("name", "Anmeldte indbrud");
        indicator.put("unit", "anmeldelser");
        indicator.put("upIsGood", false);
        indicator.put("frequency", "MONTH");
        indicator.put("aggregation", "SUM");
        indicator.put("baselineValue", 60);
        indicator.put("baselinePeriod", "1899-12");
        indicator.put("targetValue", 30);
        indicator.put("targetPeriod", "2200-12");
        indicator.put("areas", List.of("Herlev"));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(indicator)
                                .post(base + "/indicators")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("baselinePeriod"))
                .body("violations[0].message", containsString("1900 to 2200"));
        indicator.put("baselinePeriod", "1900-01");
        String id = as(Persona.SECRETARIAT)
                .body(indicator)
                .post(base + "/indicators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertProblem(
                        as(Persona.MEMBER)
                                .get(base + "/indicators/" + id + "/series?from=1899-12&to=2201-01")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations.field", org.hamcrest.Matchers.hasItem("from"));
    }
}
