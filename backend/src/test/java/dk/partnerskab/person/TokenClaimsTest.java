package dk.partnerskab.person;

import static dk.partnerskab.testing.Api.partnershipInput;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Whatever the identity provider lets its users type, their requests work. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class TokenClaimsTest {

    // 300 characters, the last 102 outside the Basic Multilingual Plane (two UTF-16 units each).
    static final String LONG_NAME = "Å".repeat(198) + "😀".repeat(102);
    // 199 characters and an ellipsis: the emoji at the cut stays whole.
    static final String CUT_NAME = "Å".repeat(198) + "😀" + "…";

    static String token(String subject) {
        return Persona.ADMIN
                .claims()
                .subject(subject)
                .claim("preferred_username", "u".repeat(300))
                .claim("name", LONG_NAME)
                .claim("email", "a".repeat(320) + "@test.example")
                .claim("organization", "O".repeat(300))
                .sign();
    }

    @Test
    void aThreeHundredCharacterNameIsCutToTheColumnWithoutSplittingACharacter() {
        String token = token("langt-navn-" + System.nanoTime());
        given().auth()
                .oauth2(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("name", equalTo(CUT_NAME))
                .body("username", equalTo("u".repeat(254) + "…"))
                .body("organisation", equalTo("O".repeat(199) + "…"))
                .body("email", nullValue());
        // The second request finds the person by subject and refreshes the profile from the same claims.
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).body("name", equalTo(CUT_NAME));
    }

    @Test
    void aCallerWithALongNameWritesAndIsRecordedByTheCutName() {
        String token = token("langt-navn-" + System.nanoTime());
        String id = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(partnershipInput("Lange navne " + System.nanoTime()))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(token)
                .get("/api/v1/partnerships/" + id + "/history")
                .then()
                .statusCode(200)
                .body("items[0].actorName", equalTo(CUT_NAME));
    }
}
