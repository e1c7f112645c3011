package dk.partnerskab.partnership;

import static dk.partnerskab.testing.Api.addMember;
import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class MemberResourceTest {

    private static final String ALFA_KOMMUNE = "00000000-0000-4000-a000-000000000001";

    String partnership;
    String base;

    @BeforeEach
    void freshPartnership() {
        partnership = newPartnership("Medlemmer " + System.nanoTime());
        base = "/api/v1/partnerships/" + partnership + "/members";
    }

    @Test
    void everyMemberReadsTheListByName() {
        as(Persona.OBSERVER)
                .get(base)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.role", hasItem("SECRETARIAT"));
        assertProblem(as(Persona.OTHER_MEMBER).get(base).then(), 404, "not-found");
        assertProblem(as(Persona.MEMBER).get(base + "?size=0").then(), 400, "validation-failed");
    }

    @Test
    void anInvitedPersonGetsAccessAtFirstLoginWithThatEmail() {
        as(Persona.SECRETARIAT)
                .body(Map.of(
                        "email",
                        "Ny.Konsulent@Test.example",
                        "name",
                        "Ny SSP-konsulent",
                        "role",
                        "MEMBER",
                        "organisationId",
                        ALFA_KOMMUNE))
                .post(base)
                .then()
                .statusCode(201)
                .body("invited", equalTo(true))
                .body("email", equalTo("ny.konsulent@test.example"))
                .body("organisation.name", equalTo("Alfa Kommune"));

        String token = Persona.MEMBER.token("ny-konsulent-subject", "ny.konsulent@test.example", true);
        given().auth()
                .oauth2(token)
                .get("/api/v1/partnerships/" + partnership)
                .then()
                .statusCode(200)
                .body("myRole", equalTo("MEMBER"));
        as(Persona.MEMBER)
                .get(base)
                .then()
                .body("items.find { it.email == 'ny.konsulent@test.example' }.invited", equalTo(false));
    }

    @Test
    void addingSomeoneTwiceOrWithAnUnknownOrganisationIsRefused() {
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(Map.of("email", "medlem@test.example", "role", "OBSERVER"))
                                .post(base)
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("email"));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(Map.of(
                                        "email",
                                        "x@test.example",
                                        "role",
                                        "MEMBER",
                                        "organisationId",
                                        "00000000-0000-4000-a000-0000000000ff"))
                                .post(base)
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("organisationId"));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(Map.of("email", "not-an-email", "role", "MEMBER"))
                                .post(base)
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("email"));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(Map.of("email", "x@test.example", "role", "KING"))
                                .post(base)
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("role"));
        as(Persona.MEMBER).get(base).then().body("totalItems", equalTo(3));
    }

    @Test
    void rolesChangeWithIfMatchAndRemovedMembersLoseAccessUntilRestored() {
        String memberId = as(Persona.SECRETARIAT)
                .get(base)
                .then()
                .extract()
                .path("items.find { it.email == 'medlem@test.example' }.id");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(Map.of("role", "OBSERVER"))
                .put(base + "/" + memberId)
                .then()
                .statusCode(200)
                .body("role", equalTo("OBSERVER"))
                .header("ETag", equalTo("\"1\""));
        assertProblem(
                as(Persona.SECRETARIAT)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("role", "CHAIR"))
                        .put(base + "/" + memberId)
                        .then(),
                412,
                "version-mismatch");
        as(Persona.MEMBER).get("/api/v1/partnerships/" + partnership).then().body("myRole", equalTo("OBSERVER"));

        as(Persona.SECRETARIAT)
                .header("If-Match", "\"1\"")
                .delete(base + "/" + memberId)
                .then()
                .statusCode(204);
        assertProblem(
                as(Persona.MEMBER).get("/api/v1/partnerships/" + partnership).then(), 404, "not-found");
        as(Persona.MEMBER).get("/api/v1/me").then().body("memberships.partnershipId", not(hasItem(partnership)));

        as(Persona.SECRETARIAT)
                .post(base + "/" + memberId + "/restore")
                .then()
                .statusCode(200)
                .body("role", equalTo("OBSERVER"));
        as(Persona.MEMBER).get("/api/v1/partnerships/" + partnership).then().statusCode(200);
    }

    @Test
    void onlyEditorsChangeMembers() {
        String memberId = as(Persona.MEMBER).get(base).then().extract().path("items[0].id");
        assertProblem(
                as(Persona.MEMBER)
                        .body(Map.of("email", "x@test.example", "role", "MEMBER"))
                        .post(base)
                        .then(),
                403,
                "forbidden");
        assertProblem(
                as(Persona.OBSERVER)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("role", "CHAIR"))
                        .put(base + "/" + memberId)
                        .then(),
                403,
                "forbidden");
        assertProblem(
                as(Persona.OTHER_MEMBER)
                        .header("If-Match", "\"0\"")
                        .delete(base + "/" + memberId)
                        .then(),
                404,
                "not-found");
        assertProblem(as(Persona.INTEGRATION).get(base).then(), 403, "forbidden");
        as(Persona.MEMBER).get(base).then().body("totalItems", equalTo(3));
    }

    @Test
    void theLastChairOrSecretariatMemberCannotBeRemovedOrDemoted() {
        String secretariat = memberWithRole("SECRETARIAT");
        assertProblem(
                as(Persona.ADMIN)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("role", "MEMBER"))
                        .put(base + "/" + secretariat)
                        .then(),
                409,
                "last-steward");
        assertProblem(
                as(Persona.SECRETARIAT)
                        .header("If-Match", "\"0\"")
                        .delete(base + "/" + secretariat)
                        .then(),
                409,
                "last-steward");
        as(Persona.MEMBER).get(base).then().body("totalItems", equalTo(3)).body("items.role", hasItem("SECRETARIAT"));

        // Nobody changes their own role, so another steward (here an admin) does.
        as(Persona.ADMIN)
                .header("If-Match", "\"0\"")
                .body(Map.of("role", "CHAIR"))
                .put(base + "/" + secretariat)
                .then()
                .statusCode(200);
        String chair = addMember(partnership, "formand@test.example", "CHAIR");
        as(Persona.ADMIN)
                .header("If-Match", "\"1\"")
                .body(Map.of("role", "MEMBER"))
                .put(base + "/" + secretariat)
                .then()
                .statusCode(200);
        assertProblem(
                as(Persona.ADMIN)
                        .header("If-Match", "\"0\"")
                        .delete(base + "/" + chair)
                        .then(),
                409,
                "last-steward");
    }

    private String memberWithRole(String role) {
        return as(Persona.MEMBER)
                .get(base)
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.role == '" + role + "' }.id");
    }
}
