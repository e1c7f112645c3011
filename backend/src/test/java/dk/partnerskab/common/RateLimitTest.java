package dk.partnerskab.common;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.partnerskab.testing.Api;
import dk.partnerskab.testing.Persona;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One caller cannot make the service read files or serve a feed without end. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(RateLimitTest.FewAllowed.class)
class RateLimitTest {

    /** Three of each per hour, so that the fourth is refused within the test. */
    public static class FewAllowed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "partnerskab.rate-limit.imports", "3",
                    "partnerskab.rate-limit.uploads", "3",
                    "partnerskab.rate-limit.calendar-feed", "3",
                    "partnerskab.rate-limit.period", "1H");
        }
    }

    ValidatableResponse preview(Persona persona, String base) {
        return given().auth()
                .oauth2(persona.token())
                .contentType("text/csv")
                .body("indikator;område;periode;værdi\nIND-1;Herlev;2026;1\n".getBytes(StandardCharsets.UTF_8))
                .post(base + "/measurements/import")
                .then();
    }

    @Test
    void theFourthImportWithinTheHourWaitsAndOthersAreNotHeldUp() {
        String base = "/api/v1/partnerships/" + Api.newPartnership("Grænser " + System.nanoTime());
        for (int i = 0; i < 3; i++) {
            preview(Persona.SECRETARIAT, base).statusCode(200);
        }
        String retryAfter = assertProblem(preview(Persona.SECRETARIAT, base), 429, "too-many-requests")
                .body("detail", containsString("try again in"))
                .extract()
                .header("Retry-After");
        int seconds = Integer.parseInt(retryAfter);
        // A token comes back every 20 minutes when three are allowed an hour.
        assertTrue(seconds > 1_100 && seconds <= 1_200, retryAfter);
        preview(Persona.ADMIN, base).statusCode(200);
    }

    @Test
    void uploadsCountPerCallerAcrossDocuments() {
        String base = "/api/v1/partnerships/" + Api.newPartnership("Filer " + System.nanoTime());
        String term = as(Persona.SECRETARIAT)
                .body(Map.of("startDate", "2013-09-01", "endDate", "2015-12-31", "kind", "INITIAL"))
                .post(base + "/terms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        byte[] pdf = "%PDF-1.4\n%\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        int status = 0;
        for (int i = 0; i < 3; i++) {
            status = given().auth()
                    .oauth2(Persona.OBSERVER.token())
                    .contentType("application/pdf")
                    .body(pdf)
                    .queryParam("filename", "aftale.pdf")
                    .put(base + "/terms/" + term + "/agreement")
                    .then()
                    .extract()
                    .statusCode();
        }
        // Uploads refused for what they are count too: receiving them is the cost.
        assertProblem(
                given().auth()
                        .oauth2(Persona.OBSERVER.token())
                        .contentType("application/pdf")
                        .body(pdf)
                        .queryParam("filename", "aftale.pdf")
                        .put(base + "/terms/" + term + "/agreement")
                        .then(),
                429,
                "too-many-requests");
        assertTrue(status != 429, "refused for what was sent (" + status + "), yet counted");
    }

    @Test
    void aCalendarFeedIsServedThreeTimesAnHour() {
        String url = as(Persona.MEMBER)
                .post("/api/v1/me/calendar-feed")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        String path = url.substring(url.indexOf("/api/v1/"));
        for (int i = 0; i < 3; i++) {
            given().get(path).then().statusCode(200);
        }
        assertProblem(given().get(path).then(), 429, "too-many-requests");
    }
}
