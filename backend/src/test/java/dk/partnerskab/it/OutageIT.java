package dk.partnerskab.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarts while a client writes: meanwhile the API says it is unavailable (503 with
 * Retry-After, readiness down), afterwards it recovers by itself, and every write it acknowledged
 * is there. Then Keycloak stops, and a token it issued before still works. Runs last in
 * scripts/test.sh, against the packaged API, since it takes the database and Keycloak away.
 */
class OutageIT {

    private static String management;
    private static String restart;
    private static String stopKeycloak;

    @BeforeAll
    static void configure() {
        RestAssured.baseURI = System.getProperty("it.api-url", "http://localhost:8080");
        management = System.getProperty("it.management-url", "http://localhost:9000");
        restart = System.getProperty("it.restart-postgres", "");
        stopKeycloak = System.getProperty("it.stop-keycloak", "");
    }

    @Test
    void aRestartOfPostgresAnswers503MeanwhileLosesNoAcknowledgedWriteAndKeycloakIsNotNeededForIssuedTokens()
            throws Exception {
        assertFalse(restart.isBlank(), "set it.restart-postgres to the command that restarts the test database");
        assertFalse(stopKeycloak.isBlank(), "set it.stop-keycloak to the command that stops the test Keycloak");
        String admin = PackagedApiIT.passwordToken("partnerskab-cli", "admin");
        String partnership = given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(Map.of(
                        "name",
                        "Udfald " + System.nanoTime(),
                        "description",
                        "Skrives til, mens databasen genstarter",
                        "purposes",
                        List.of("Øge trygheden"),
                        "principles",
                        List.of("Synlighed"),
                        "minMeetingsPerYear",
                        4))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String base = "/api/v1/partnerships/" + partnership;

        List<String> acknowledged = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        boolean retryAfter = false;
        boolean notReady = false;
        CompletableFuture<Integer> restarted = null;
        int afterRestart = 0;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        for (int n = 1; afterRestart < 10; n++) {
            assertTrue(Instant.now().isBefore(deadline), "the API did not recover: " + statuses);
            if (n == 10) {
                restarted = CompletableFuture.supplyAsync(() -> run(restart));
            }
            Response response = given().auth()
                    .oauth2(admin)
                    .contentType("application/json")
                    .body(Map.of("title", "Skrevet " + n))
                    .post(base + "/focus-areas");
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 201) {
                acknowledged.add(response.path("id"));
                if (restarted != null && restarted.isDone()) {
                    afterRestart++;
                }
            } else if (response.statusCode() == 503) {
                retryAfter |= response.header("Retry-After") != null
                        && response.contentType().startsWith("application/problem+json");
                notReady |= given().baseUri(management).get("/q/health/ready").statusCode() == 503;
            }
            Thread.sleep(50);
        }
        assertEquals(0, restarted.get(), "the restart command failed");

        assertEquals(Set.of(201, 503), statuses.keySet(), "only acknowledged writes and 503s: " + statuses);
        assertTrue(retryAfter, "503 is problem+json with Retry-After");
        assertTrue(notReady, "readiness was down during the outage");
        List<String> stored = given().auth()
                .oauth2(admin)
                .get(base)
                .then()
                .statusCode(200)
                .extract()
                .path("focusAreas.id");
        assertTrue(stored.containsAll(acknowledged), "every acknowledged write is stored");
        given().baseUri(management).get("/q/health/ready").then().statusCode(200);

        // Tokens are checked against the keys the API already holds: with Keycloak gone, the
        // token issued before still works.
        assertEquals(0, run(stopKeycloak), "stopping Keycloak failed");
        given().auth().oauth2(admin).get(base).then().statusCode(200);
    }

    private static int run(String command) {
        try {
            Process process =
                    new ProcessBuilder("bash", "-c", command).inheritIO().start();
            return process.waitFor(90, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
