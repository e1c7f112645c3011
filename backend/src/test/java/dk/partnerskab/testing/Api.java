package dk.partnerskab.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Builds state through the API itself, so each test owns a fresh partnership. */
public final class Api {

    private Api() {}

    public static RequestSpecification as(Persona persona) {
        return given().auth().oauth2(persona.token()).contentType(ContentType.JSON);
    }

    public static Map<String, Object> partnershipInput(String name) {
        return Map.of(
                "name",
                name,
                "description",
                "Test",
                "purposes",
                List.of("Øge trygheden"),
                "principles",
                List.of("Synlighed"),
                "minMeetingsPerYear",
                4);
    }

    /**
     * A new partnership where the SECRETARIAT, MEMBER and OBSERVER personas have those roles and
     * OTHER_MEMBER has none.
     *
     * @return its id
     */
    public static String newPartnership(String name) {
        String id = as(Persona.ADMIN)
                .body(partnershipInput(name))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        addMember(id, "sekretariat@test.example", "SECRETARIAT");
        addMember(id, "medlem@test.example", "MEMBER");
        addMember(id, "observator@test.example", "OBSERVER");
        return id;
    }

    public static String addMember(String partnershipId, String email, String role) {
        return as(Persona.ADMIN)
                .body(Map.of("email", email, "role", role))
                .post("/api/v1/partnerships/" + partnershipId + "/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * Makes the organisation a party to the partnership: only parties are responsible for, lead or
     * own things in it.
     */
    public static void addParty(String partnershipId, String organisationId) {
        as(Persona.ADMIN)
                .body(Map.of("organisationId", organisationId))
                .post("/api/v1/partnerships/" + partnershipId + "/parties")
                .then()
                .statusCode(201);
    }

    /** The organisations of the test fixtures: Alfa Kommune, Alfa Politi and Beta Kommune. */
    public static final List<String> FIXTURE_ORGANISATIONS = List.of(
            "00000000-0000-4000-a000-000000000001",
            "00000000-0000-4000-a000-000000000002",
            "00000000-0000-4000-a000-000000000003");

    /** Makes the fixtures' organisations parties to the partnership, so they may be named responsible or owner. */
    public static void addFixtureParties(String partnershipId) {
        FIXTURE_ORGANISATIONS.forEach(organisation -> addParty(partnershipId, organisation));
    }

    /** The ETag of a GET, to send back as If-Match. */
    public static String etag(Persona persona, String path) {
        return as(persona).get(path).then().statusCode(200).extract().header("ETag");
    }
}
