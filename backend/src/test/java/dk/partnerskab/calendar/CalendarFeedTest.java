package dk.partnerskab.calendar;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class CalendarFeedTest {

    static String meeting(String partnership, String title, String startsAt) {
        return as(Persona.SECRETARIAT)
                .body(Map.of("title", title, "startsAt", startsAt, "durationMinutes", 90))
                .post("/api/v1/partnerships/" + partnership + "/meetings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String path(String url) {
        return URI.create(url).getPath();
    }

    @Test
    void theFeedHoldsTheMeetingsOfMyPartnershipsOnly() {
        String mine = newPartnership("Feed " + System.nanoTime());
        meeting(mine, "Mit kvartalsmøde", "2031-03-04T13:00:00+01:00");
        String theirs = as(Persona.ADMIN)
                .body(dk.partnerskab.testing.Api.partnershipInput("Andet " + System.nanoTime()))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Persona.ADMIN)
                .body(Map.of("title", "Fremmed møde", "startsAt", "2031-03-05T13:00:00+01:00", "durationMinutes", 60))
                .post("/api/v1/partnerships/" + theirs + "/meetings")
                .then()
                .statusCode(201);

        String url = as(Persona.MEMBER)
                .post("/api/v1/me/calendar-feed")
                .then()
                .statusCode(201)
                .body("active", equalTo(true))
                .body("url", containsString("/api/v1/calendar-feeds/"))
                .extract()
                .path("url");
        // A calendar program sends no token: the secret in the address is what lets it in.
        given().get(path(url))
                .then()
                .statusCode(200)
                .contentType(containsString("text/calendar"))
                .body(containsString("SUMMARY:Mit kvartalsmøde"))
                .body(not(containsString("Fremmed møde")));
        as(Persona.MEMBER)
                .get("/api/v1/me/calendar-feed")
                .then()
                .statusCode(200)
                .body("active", equalTo(true))
                .body("url", nullValue())
                .body("lastUsedAt", notNullValue());
    }

    @Test
    void aNewAddressRevokesTheOldAndRevokingStopsIt() {
        newPartnership("Feed " + System.nanoTime());
        String first = as(Persona.OBSERVER)
                .post("/api/v1/me/calendar-feed")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        String second = as(Persona.OBSERVER)
                .post("/api/v1/me/calendar-feed")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        assertTrue(!first.equals(second));
        assertProblem(given().get(path(first)).then(), 404, "not-found");
        given().get(path(second)).then().statusCode(200);
        as(Persona.OBSERVER).delete("/api/v1/me/calendar-feed").then().statusCode(204);
        assertProblem(given().get(path(second)).then(), 404, "not-found");
        as(Persona.OBSERVER)
                .get("/api/v1/me/calendar-feed")
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        assertProblem(given().get("/api/v1/calendar-feeds/kort.ics").then(), 404, "not-found");
    }
}
