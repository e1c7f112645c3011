package dk.partnerskab.person;

import static dk.partnerskab.testing.Persona.ALFA;
import static dk.partnerskab.testing.Persona.BETA;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dk.partnerskab.testing.Persona;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class MeResourceTest {

    @Test
    void memberSeesNameOrganisationRolesAndMemberships() {
        given().auth()
                .oauth2(Persona.MEMBER.token())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo("00000000-0000-4000-9000-000000000002"))
                .body("username", equalTo("medlem"))
                .body("name", equalTo("Test medlem"))
                .body("email", equalTo("medlem@test.example"))
                .body("organisation", equalTo("Alfa Kommune"))
                .body("roles", contains("user"))
                .body("memberships.partnershipId", contains(ALFA))
                .body("memberships[0].partnershipName", equalTo("Alfa-partnerskabet"))
                .body("memberships[0].role", equalTo("MEMBER"));
    }

    @Test
    void adminWithoutMembershipsHasAdminRoleAndNoMemberships() {
        given().auth()
                .oauth2(Persona.ADMIN.token())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", contains("admin", "user"))
                .body("memberships", empty());
    }

    @Test
    void integrationIsCreatedWithoutEmail() {
        given().auth()
                .oauth2(Persona.INTEGRATION.token())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", notNullValue())
                .body("email", nullValue())
                .body("roles", contains("integration"));
    }

    @ParameterizedTest
    @CsvSource({
        "SECRETARIAT, " + ALFA + ", SECRETARIAT",
        "OBSERVER, " + ALFA + ", OBSERVER",
        "OTHER_MEMBER, " + BETA + ", MEMBER"
    })
    void everyPersonaSeesTheirOwnMembershipOnly(Persona persona, String partnership, String role) {
        given().auth()
                .oauth2(persona.token())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo(persona.username()))
                .body("memberships.partnershipId", contains(partnership))
                .body("memberships[0].role", equalTo(role));
    }

    @Test
    void theFirstLoginWithAnInvitedEmailTakesOverTheInvitation() {
        String token = Persona.OTHER_MEMBER.token("first-login-of-invitee", "genbundet@test.example", true);
        given().auth()
                .oauth2(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo("00000000-0000-4000-9000-000000000005"))
                .body("memberships.partnershipId", contains(BETA));
    }

    @Test
    void aLoginCannotTakeOverSomeoneElsesBoundEmail() {
        given().auth().oauth2(Persona.MEMBER.token()).get("/api/v1/me").then().statusCode(200);
        String intruder = Persona.MEMBER.token("intruder-subject", "medlem@test.example", true);
        given().auth()
                .oauth2(intruder)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", not(equalTo("00000000-0000-4000-9000-000000000002")))
                .body("memberships", empty());
        given().auth()
                .oauth2(Persona.MEMBER.token())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo("00000000-0000-4000-9000-000000000002"))
                .body("memberships.partnershipId", contains(ALFA));
    }

    @Test
    void anUnverifiedEmailDoesNotBindAnInvitation() {
        String token = Persona.MEMBER.token("someone-else", "observator@test.example", false);
        given().auth()
                .oauth2(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("memberships", empty())
                .body("email", equalTo("observator@test.example"));
        given().auth()
                .oauth2(Persona.OBSERVER.token())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo("00000000-0000-4000-9000-000000000003"))
                .body("memberships[0].role", equalTo("OBSERVER"));
    }

    @Test
    void parallelFirstRequestsCreateOnePerson() {
        String token = Persona.MEMBER.token("brand-new-subject", "brand-new@test.example", true);
        var ids = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> given().auth()
                        .oauth2(token)
                        .get("/api/v1/me")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id")))
                .map(CompletableFuture::join)
                .distinct()
                .toList();
        org.junit.jupiter.api.Assertions.assertEquals(1, ids.size(), "one person for one subject, got " + ids);
    }

    @Test
    void withoutTokenIs401AndWithoutRoleIs403() {
        assertProblem(given().get("/api/v1/me").then(), 401, "unauthenticated");
        assertProblem(
                given().auth().oauth2(Persona.NO_ROLE.token()).get("/api/v1/me").then(), 403, "forbidden");
    }
}
