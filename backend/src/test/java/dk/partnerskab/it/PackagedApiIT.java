package dk.partnerskab.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs against the packaged API started by scripts/test.sh (demo data on), with access tokens
 * issued by the real Keycloak: password grants on partnerskab-cli and the integration's client
 * credentials. Nothing here is mocked.
 */
class PackagedApiIT {

    private static final String HBG =
            "Partnerskabsaftale for forebyggelse af bandekriminalitet og øget tryghed i Herlev, Ballerup og Gladsaxe";
    private static final String HBG_ID = "20000000-0000-4000-8000-000000000001";
    private static final String FURESOE_ID = "20000000-0000-4000-8000-000000000003";

    private static String keycloak;
    private static String management;

    @BeforeAll
    static void configure() {
        RestAssured.baseURI = System.getProperty("it.api-url", "http://localhost:8080");
        keycloak = System.getProperty("it.keycloak-url", "http://localhost:8180");
        management = System.getProperty("it.management-url", "http://localhost:9000");
    }

    /** A token from the real Keycloak for a demo login, whose password is its name. */
    static String passwordToken(String clientId, String user) {
        return given().baseUri(System.getProperty("it.keycloak-url", "http://localhost:8180"))
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", user)
                .formParam("password", user)
                .post("/realms/partnerskab/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(passwordToken("partnerskab-cli", user));
    }

    @Test
    void herlevSeesTheirPartnershipsButNotFuresoe() {
        as("herlev")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .body("items.name", containsInAnyOrder(HBG, "Herlev passer på Herlev"))
                .body("items.name", not(hasItem("Trygt Furesø")));
    }

    @Test
    void furesoeSeesOnlyTrygtFuresoe() {
        as("furesoe")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("Trygt Furesø")));
    }

    @Test
    void anotherPartnershipAnswers404Problem() {
        as("herlev")
                .get("/api/v1/partnerships/" + FURESOE_ID)
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://partnerskabsportalen.dk/problems/not-found"));
    }

    @Test
    void meCarriesTheOrganisationFromTheTokenAndTheDemoMemberships() {
        as("sekretariat")
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("sekretariat"))
                .body("organisation", equalTo("Herlev Kommune"))
                .body("roles", equalTo(List.of("user")))
                .body("memberships.role", equalTo(List.of("SECRETARIAT", "SECRETARIAT")));
    }

    @Test
    void observerReadsTheSeedAgreement() {
        as("lokalraad")
                .get("/api/v1/partnerships/" + HBG_ID)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("myRole", equalTo("OBSERVER"))
                .body("principles", equalTo(List.of("Mobilitet", "Tilgængelighed", "Synlighed")))
                .body("terms[0].startDate", equalTo("2013-09-01"))
                .body("terms[0].endDate", equalTo("2015-12-31"))
                .body("focusAreas.size()", equalTo(6))
                .body(
                        "parties.organisation.name",
                        equalTo(List.of(
                                "Københavns Vestegns Politi",
                                "Herlev Kommune",
                                "Ballerup Kommune",
                                "Gladsaxe Kommune")));
    }

    @Test
    void adminSeesEveryPartnership() {
        as("admin").get("/api/v1/partnerships").then().statusCode(200).body("totalItems", equalTo(3));
    }

    @Test
    void integrationClientCredentialsReadAllPartnerships() {
        String token = given().baseUri(keycloak)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "partnerskab-integration")
                .formParam("client_secret", "partnerskab-integration-dev-secret")
                .post("/realms/partnerskab/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        given().auth()
                .oauth2(token)
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3));
        given().auth()
                .oauth2(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", equalTo(List.of("integration")));
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() {
        // admin-cli is Keycloak's own client in every realm; its tokens are not meant for this API.
        String token = passwordToken("admin-cli", "herlev");
        given().auth()
                .oauth2(token)
                .get("/api/v1/partnerships")
                .then()
                .statusCode(401)
                .body("type", equalTo("https://partnerskabsportalen.dk/problems/unauthenticated"));
    }

    @Test
    void noTokenIs401AndMalformedIdIs400() {
        given().get("/api/v1/partnerships")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType(startsWith("application/problem+json"));
        as("herlev").get("/api/v1/partnerships/123").then().statusCode(400).body("violations[0].field", equalTo("id"));
    }

    @Test
    void operationalEndpointsAnswerOnTheManagementPortOnly() {
        given().baseUri(management)
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
        given().baseUri(management).get("/q/metrics").then().statusCode(200);
        given().baseUri(management)
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("/api/v1/partnerships/{id}"));
        for (String path : List.of("/q/health/ready", "/q/metrics", "/q/openapi")) {
            given().get(path).then().statusCode(404);
        }
    }
}
