package dk.partnerskab.partnership;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

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
class PartyResourceTest {

    private static final String ALFA_KOMMUNE = "00000000-0000-4000-a000-000000000001";
    private static final String ALFA_POLITI = "00000000-0000-4000-a000-000000000002";

    String partnership;
    String base;

    @BeforeEach
    void freshPartnership() {
        partnership = newPartnership("Parter " + System.nanoTime());
        base = "/api/v1/partnerships/" + partnership;
    }

    @Test
    void partiesAndSignatoriesAreAddedChangedRemovedAndRestored() {
        String party = as(Persona.SECRETARIAT)
                .body(Map.of("organisationId", ALFA_POLITI))
                .post(base + "/parties")
                .then()
                .statusCode(201)
                .body("organisation.name", equalTo("Alfa Politi"))
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .body(Map.of("organisationId", ALFA_KOMMUNE))
                .post(base + "/parties")
                .then()
                .statusCode(201);
        String term = as(Persona.SECRETARIAT)
                .body(Map.of("startDate", "2013-09-01", "endDate", "2015-12-31", "kind", "INITIAL"))
                .post(base + "/terms")
                .then()
                .extract()
                .path("id");
        String signatory = as(Persona.SECRETARIAT)
                .body(Map.of("name", "Kim Christiansen", "title", "Politidirektør", "termId", term))
                .post(base + "/parties/" + party + "/signatories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "Kim Christiansen", "title", "Politidirektør (fhv.)"))
                .put(base + "/parties/" + party + "/signatories/" + signatory)
                .then()
                .statusCode(200)
                .body("title", equalTo("Politidirektør (fhv.)"))
                .body("termId", equalTo(null));
        as(Persona.MEMBER)
                .get(base)
                .then()
                .body("parties.organisation.name", contains("Alfa Politi", "Alfa Kommune"))
                .body("parties[0].signatories.name", contains("Kim Christiansen"));

        as(Persona.SECRETARIAT)
                .header("If-Match", "\"1\"")
                .delete(base + "/parties/" + party + "/signatories/" + signatory)
                .then()
                .statusCode(204);
        as(Persona.MEMBER).get(base).then().body("parties[0].signatories", empty());
        // The history shows the removal with the party, which is what a restore needs.
        as(Persona.MEMBER).get(base + "/history").then().body("items[0].before.partyId", equalTo(party));
        as(Persona.SECRETARIAT)
                .post(base + "/parties/" + party + "/signatories/" + signatory + "/restore")
                .then()
                .statusCode(200)
                .body("partyId", equalTo(party));

        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .delete(base + "/parties/" + party)
                .then()
                .statusCode(204);
        as(Persona.MEMBER).get(base).then().body("parties.organisation.name", contains("Alfa Kommune"));
        as(Persona.SECRETARIAT)
                .post(base + "/parties/" + party + "/restore")
                .then()
                .statusCode(200)
                .body("signatories.name", contains("Kim Christiansen"));
    }

    @Test
    void refusesDuplicatesUnknownTermsPersonalDataAndOutsiders() {
        String party = as(Persona.SECRETARIAT)
                .body(Map.of("organisationId", ALFA_POLITI))
                .post(base + "/parties")
                .then()
                .extract()
                .path("id");
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(Map.of("organisationId", ALFA_POLITI))
                                .post(base + "/parties")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("organisationId"));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(Map.of("name", "X", "termId", "00000000-0000-4000-c000-000000000001"))
                                .post(base + "/parties/" + party + "/signatories")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations[0].field", equalTo("termId"));
        assertProblem(
                        as(Persona.SECRETARIAT)
                                .body(Map.of("name", "Borger 121212-1212"))
                                .post(base + "/parties/" + party + "/signatories")
                                .then(),
                        400,
                        "personal-data-rejected")
                .body("violations[0].field", equalTo("name"));
        assertProblem(
                as(Persona.MEMBER)
                        .body(Map.of("organisationId", ALFA_KOMMUNE))
                        .post(base + "/parties")
                        .then(),
                403,
                "forbidden");
        assertProblem(
                as(Persona.OTHER_MEMBER)
                        .body(Map.of("name", "X"))
                        .post(base + "/parties/" + party + "/signatories")
                        .then(),
                404,
                "not-found");
        as(Persona.MEMBER)
                .get(base)
                .then()
                .body("parties[0].signatories", empty())
                .body("parties.size()", equalTo(1));
    }
}
