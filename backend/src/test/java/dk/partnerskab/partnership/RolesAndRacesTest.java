package dk.partnerskab.partnership;

import static dk.partnerskab.testing.Api.addMember;
import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.partnerskab.testing.Api;
import dk.partnerskab.testing.AtOnce;
import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Rights are given by others, and the rules across a partnership's rows hold when requests meet. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class RolesAndRacesTest {

    private static final String ALFA_KOMMUNE = "00000000-0000-4000-a000-000000000001";

    String memberId(String base, String email) {
        return as(Persona.ADMIN)
                .get(base + "/members?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.email == '" + email + "' }.id");
    }

    @Test
    void theSecretariatCannotMakeItselfChairNorKeepItsRights() {
        String base = "/api/v1/partnerships/" + newPartnership("Selv " + System.nanoTime());
        Api.addFixtureParties(base.substring(base.lastIndexOf('/') + 1));
        String own = memberId(base, "sekretariat@test.example");

        assertProblem(
                        as(Persona.SECRETARIAT)
                                .header("If-Match", "\"0\"")
                                .body(Map.of("role", "CHAIR"))
                                .put(base + "/members/" + own)
                                .then(),
                        403,
                        "forbidden")
                .body(
                        "detail",
                        equalTo("Nobody changes their own role or secretariat rights. Ask the chair or another "
                                + "member of the secretariat."));
        assertProblem(
                as(Persona.SECRETARIAT)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("role", "SECRETARIAT", "keepsSecretariatRights", true))
                        .put(base + "/members/" + own)
                        .then(),
                403,
                "forbidden");
        // What they represent is theirs to say.
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(Map.of("role", "SECRETARIAT", "organisationId", ALFA_KOMMUNE))
                .put(base + "/members/" + own)
                .then()
                .statusCode(200)
                .body("role", equalTo("SECRETARIAT"))
                .body("keepsSecretariatRights", equalTo(false));
        // Someone else may give the role.
        as(Persona.ADMIN)
                .header("If-Match", "\"1\"")
                .body(Map.of("role", "SECRETARIAT", "organisationId", ALFA_KOMMUNE, "keepsSecretariatRights", true))
                .put(base + "/members/" + own)
                .then()
                .statusCode(200)
                .body("keepsSecretariatRights", equalTo(true));
    }

    @Test
    void twoStewardsRemovedAtOnceLeaveOne() throws Exception {
        String partnership = newPartnership("Sidste " + System.nanoTime());
        String base = "/api/v1/partnerships/" + partnership;
        String second = addMember(partnership, "anden-sekretær-" + System.nanoTime() + "@test.example", "SECRETARIAT");
        String first = memberId(base, "sekretariat@test.example");

        List<Callable<Integer>> removals = new ArrayList<>();
        for (String id : List.of(first, second)) {
            removals.add(() -> as(Persona.ADMIN)
                    .header("If-Match", "\"0\"")
                    .delete(base + "/members/" + id)
                    .then()
                    .extract()
                    .statusCode());
        }
        List<Integer> statuses = AtOnce.run(removals);

        assertEquals(1, statuses.stream().filter(s -> s == 204).count(), statuses.toString());
        assertEquals(1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        as(Persona.ADMIN)
                .get(base + "/members?size=100")
                .then()
                .body("items.findAll { it.role == 'SECRETARIAT' || it.role == 'CHAIR' }.size()", equalTo(1));
    }

    @Test
    void aFocusAreaDeletedByEightAtOnceIsDeletedOnceAndTheOthersAreToldItChanged() throws Exception {
        String base = "/api/v1/partnerships/" + newPartnership("Slet " + System.nanoTime());
        String focusArea = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Tryghed i nattelivet"))
                .post(base + "/focus-areas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<Integer> statuses = AtOnce.times(
                8,
                () -> as(Persona.SECRETARIAT)
                        .header("If-Match", "\"0\"")
                        .delete(base + "/focus-areas/" + focusArea)
                        .then()
                        .extract()
                        .statusCode());

        assertEquals(1, statuses.stream().filter(s -> s == 204).count(), statuses.toString());
        // Those who read it before the first deletion committed lost the race (412); later ones
        // no longer find it (404).
        assertTrue(statuses.stream().allMatch(s -> s == 204 || s == 412 || s == 404), statuses.toString());
    }

    @Test
    void overlappingTermsSentAtOnceStoreOne() throws Exception {
        String base = "/api/v1/partnerships/" + newPartnership("Perioder " + System.nanoTime());
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String start = "2020-0" + (i + 1) + "-01";
            calls.add(() -> as(Persona.SECRETARIAT)
                    .body(Map.of("startDate", start, "endDate", "2023-12-31", "kind", "INITIAL"))
                    .post(base + "/terms")
                    .then()
                    .extract()
                    .statusCode());
        }
        List<Integer> statuses = AtOnce.run(calls);

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 400), statuses.toString());
        as(Persona.MEMBER).get(base).then().body("terms.size()", equalTo(1));
    }

    @Test
    void overlappingChairPeriodsSentAtOnceStoreOne() throws Exception {
        String partnership = newPartnership("Formænd " + System.nanoTime());
        Api.addFixtureParties(partnership);
        String base = "/api/v1/partnerships/" + partnership;
        List<Integer> statuses = AtOnce.times(
                8,
                () -> as(Persona.SECRETARIAT)
                        .body(Map.of(
                                "organisationId", ALFA_KOMMUNE, "startDate", "2021-01-01", "endDate", "2021-12-31"))
                        .post(base + "/chair-periods")
                        .then()
                        .extract()
                        .statusCode());

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 400), statuses.toString());
    }
}
