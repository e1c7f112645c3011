package dk.partnerskab.common;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

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
class CachingTest {

    @Test
    void apiAnswersAreNotStoredAndStillCarryTheirVersion() {
        String id = newPartnership("Cache " + System.nanoTime());

        as(Persona.MEMBER)
                .get("/api/v1/partnerships/" + id)
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("ETag", notNullValue());
        as(Persona.MEMBER)
                .get("/api/v1/partnerships?page=0&size=5")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
        as(Persona.SECRETARIAT)
                .body(Map.of("title", "Kvartalsmøde", "startsAt", "2031-03-04T13:00:00+01:00", "durationMinutes", 90))
                .post("/api/v1/partnerships/" + id + "/meetings")
                .then()
                .statusCode(201)
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void problemsAreNotStoredEither() {
        given().get("/api/v1/partnerships")
                .then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("Cache-Control", equalTo("no-store"));
        as(Persona.MEMBER)
                .get("/api/v1/partnerships/00000000-0000-4000-8000-00000000dead")
                .then()
                .statusCode(404)
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void theCalendarFeedKeepsItsOwnCaching() {
        String url = as(Persona.MEMBER)
                .post("/api/v1/me/calendar-feed")
                .then()
                .statusCode(201)
                .header("Cache-Control", equalTo("no-store"))
                .extract()
                .path("url");

        given().get(URI.create(url).getPath())
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("private, max-age=900"));
    }
}
