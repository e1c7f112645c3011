package dk.partnerskab.organisation;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.partnerskab.testing.Api;
import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class OrganisationResourceTest {

    static Map<String, Object> input(String name, String cvr) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "kind", "KOMMUNE"));
        if (cvr != null) {
            body.put("cvr", cvr);
        }
        return body;
    }

    @Test
    void cvrCheckDigitFollowsModulus11() {
        assertTrue(Cvr.isValid("63640719"));
        assertFalse(Cvr.isValid("63640718"));
        assertFalse(Cvr.isValid("06364071"));
        assertFalse(Cvr.isValid("6364071"));
    }

    @Test
    void everyUserListsAndFiltersOrganisations() {
        as(Persona.MEMBER)
                .get("/api/v1/organisations?kind=POLITIKREDS")
                .then()
                .statusCode(200)
                .body("items.kind", everyItem(equalTo("POLITIKREDS")))
                .body("items.name", hasItem("Alfa Politi"));
        as(Persona.INTEGRATION)
                .get("/api/v1/organisations?q=beta")
                .then()
                .statusCode(200)
                .body("items.name", hasItem("Beta Kommune"));
        assertProblem(as(Persona.MEMBER).get("/api/v1/organisations?kind=STAT").then(), 400, "validation-failed")
                .body("violations[0].field", equalTo("kind"));
        assertProblem(as(Persona.MEMBER).get("/api/v1/organisations?active=ja").then(), 400, "validation-failed")
                .body("violations[0].field", equalTo("active"));
    }

    @Test
    void adminCreatesChangesAndDeactivates() {
        String name = "Herlev Test " + System.nanoTime();
        String id = as(Persona.ADMIN)
                .body(input(name, "63640719"))
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("active", equalTo(true))
                .extract()
                .path("id");
        Map<String, Object> change = input(name, null);
        change.put("active", false);
        as(Persona.ADMIN)
                .header("If-Match", "\"0\"")
                .body(change)
                .put("/api/v1/organisations/" + id)
                .then()
                .statusCode(200)
                .body("active", equalTo(false))
                .body("cvr", equalTo(null));
        assertProblem(
                as(Persona.ADMIN)
                        .header("If-Match", "\"0\"")
                        .body(change)
                        .put("/api/v1/organisations/" + id)
                        .then(),
                412,
                "version-mismatch");
        as(Persona.MEMBER)
                .get("/api/v1/organisations?active=true&size=100")
                .then()
                .body("items.id", not(hasItem(id)));

        String partnership = Api.newPartnership("Org " + System.nanoTime());
        assertProblem(
                        as(Persona.ADMIN)
                                .body(Map.of("email", "o@test.example", "role", "MEMBER", "organisationId", id))
                                .post("/api/v1/partnerships/" + partnership + "/members")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("organisationId"));
    }

    @Test
    void rejectsBadInput() {
        assertProblem(
                        as(Persona.ADMIN)
                                .body(input("Ugyldig CVR " + System.nanoTime(), "63640718"))
                                .post("/api/v1/organisations")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("cvr"));
        assertProblem(
                        as(Persona.ADMIN)
                                .body(input("Kort CVR " + System.nanoTime(), "1234"))
                                .post("/api/v1/organisations")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("cvr"));
        assertProblem(
                        as(Persona.ADMIN)
                                .body(input("alfa kommune", null))
                                .post("/api/v1/organisations")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("name"));
        assertProblem(
                        as(Persona.ADMIN)
                                .body(input("Forening 010203-1234", null))
                                .post("/api/v1/organisations")
                                .then(),
                        400,
                        "personal-data-rejected")
                .body("violations[0].field", equalTo("name"));
        assertProblem(
                        as(Persona.ADMIN)
                                .body(Map.of("name", "Uden art"))
                                .post("/api/v1/organisations")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("kind"));
        as(Persona.ADMIN).get("/api/v1/organisations?q=Forening").then().body("totalItems", equalTo(0));
    }

    @Test
    void onlyAdminsMaintainOrganisations() {
        assertProblem(
                as(Persona.SECRETARIAT)
                        .body(input("Ny " + System.nanoTime(), null))
                        .post("/api/v1/organisations")
                        .then(),
                403,
                "forbidden");
        assertProblem(
                as(Persona.ADMIN)
                        .get("/api/v1/organisations/00000000-0000-4000-a000-0000000000ff")
                        .then(),
                404,
                "not-found");
        assertProblem(as(Persona.ADMIN).get("/api/v1/organisations/nope").then(), 400, "validation-failed");
    }
}
