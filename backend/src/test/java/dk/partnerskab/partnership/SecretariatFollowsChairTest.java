package dk.partnerskab.partnership;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class SecretariatFollowsChairTest {

    private static final String ALFA_KOMMUNE = "00000000-0000-4000-a000-000000000001";
    private static final String ALFA_POLITI = "00000000-0000-4000-a000-000000000002";

    @Test
    void secretariatRightsMoveWithTheChairUnlessKept() {
        String base = "/api/v1/partnerships/" + newPartnership("Formand " + System.nanoTime());
        String memberId = as(Persona.ADMIN)
                .get(base + "/members")
                .then()
                .extract()
                .path("items.find { it.email == 'sekretariat@test.example' }.id");
        as(Persona.ADMIN)
                .header("If-Match", "\"0\"")
                .body(Map.of("role", "SECRETARIAT", "organisationId", ALFA_KOMMUNE))
                .put(base + "/members/" + memberId)
                .then()
                .statusCode(200);
        LocalDate today = LocalDate.now();
        as(Persona.ADMIN)
                .body(Map.of(
                        "organisationId",
                        ALFA_KOMMUNE,
                        "startDate",
                        today.minusYears(1).toString(),
                        "endDate",
                        today.minusDays(1).toString()))
                .post(base + "/chair-periods")
                .then()
                .statusCode(201);
        as(Persona.SECRETARIAT)
                .body(Map.of("title", "Mens Alfa Kommune er formand"))
                .post(base + "/focus-areas")
                .then()
                .statusCode(201);

        as(Persona.ADMIN)
                .body(Map.of(
                        "organisationId",
                        ALFA_POLITI,
                        "startDate",
                        today.toString(),
                        "endDate",
                        today.plusYears(1).toString()))
                .post(base + "/chair-periods")
                .then()
                .statusCode(201);
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(Map.of("title", "Efter skiftet"))
                                .post(base + "/focus-areas")
                                .then(),
                        403,
                        "forbidden")
                .body("detail", containsString("Alfa Politi"));

        Map<String, Object> keep = new HashMap<>(
                Map.of("role", "SECRETARIAT", "organisationId", ALFA_KOMMUNE, "keepsSecretariatRights", true));
        as(Persona.ADMIN)
                .header("If-Match", "\"1\"")
                .body(keep)
                .put(base + "/members/" + memberId)
                .then()
                .statusCode(200);
        as(Persona.SECRETARIAT)
                .body(Map.of("title", "Fortsat sekretariat"))
                .post(base + "/focus-areas")
                .then()
                .statusCode(201);
    }
}
