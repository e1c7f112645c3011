package dk.partnerskab.organisation;

import static dk.partnerskab.testing.Api.addParty;
import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Whatever names an organisation as responsible, lead or owner in a partnership names one of its
 * parties, and an active one: a deactivated organisation, or one that is not a party, answers 400
 * {@code validation-failed} naming the field.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class ResponsibleOrganisationTest {

    String partnership;
    String base;
    String party;
    String deactivatedParty;
    String outsider;

    @BeforeEach
    void aPartyAnOrganisationThatLeftAndOneThatNeverJoined() {
        partnership = newPartnership("Ansvar " + System.nanoTime());
        base = "/api/v1/partnerships/" + partnership;
        party = organisation("Part");
        addParty(partnership, party);
        deactivatedParty = organisation("Nedlagt");
        addParty(partnership, deactivatedParty);
        as(Persona.ADMIN)
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "Nedlagt " + System.nanoTime(), "kind", "FORENING", "active", false))
                .put("/api/v1/organisations/" + deactivatedParty)
                .then()
                .statusCode(200);
        outsider = organisation("Udenfor");
    }

    static String organisation(String name) {
        return as(Persona.ADMIN)
                .body(Map.of("name", name + " " + System.nanoTime(), "kind", "FORENING"))
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The feature's create call for a body naming {@code organisation} in {@code field}. */
    void refusesAllButAnActiveParty(String path, String field, Function<String, Map<String, Object>> body) {
        as(Persona.SECRETARIAT)
                .body(body.apply(party))
                .post(path)
                .then()
                .statusCode(201)
                .body(field.replace("Id", "") + ".id", equalTo(party));
        for (String refused : new String[] {deactivatedParty, outsider}) {
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .body(body.apply(refused))
                                    .post(path)
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo(field))
                    .body("violations[0].in", equalTo("body"));
        }
    }

    static Map<String, Object> with(String field, String organisation, Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        body.put(field, organisation);
        return body;
    }

    @Nested
    class Goals {
        @Test
        void aGoalIsTheResponsibilityOfAnActiveParty() {
            refusesAllButAnActiveParty(
                    base + "/goals",
                    "responsibleOrganisationId",
                    o -> with("responsibleOrganisationId", o, "title", "Færre indbrud"));
        }
    }

    @Nested
    class Activities {
        @Test
        void anActivityIsTheResponsibilityOfAnActiveParty() {
            refusesAllButAnActiveParty(
                    base + "/activities",
                    "responsibleOrganisationId",
                    o -> with("responsibleOrganisationId", o, "title", "Tryghedsvandring", "kind", "SAFETY_WALK"));
        }
    }

    @Nested
    class WorkingGroups {
        @Test
        void aWorkingGroupIsLedByAnActiveParty() {
            refusesAllButAnActiveParty(
                    base + "/working-groups",
                    "leadOrganisationId",
                    o -> with("leadOrganisationId", o, "name", "Gruppe " + System.nanoTime()));
        }
    }

    @Nested
    class Indicators {
        @Test
        void anIndicatorIsOwnedByAnActiveParty() {
            refusesAllButAnActiveParty(
                    base + "/indicators",
                    "ownerOrganisationId",
                    o -> with(
                            "ownerOrganisationId",
                            o,
                            "code",
                            "I-" + System.nanoTime(),
                            "name",
                            "Indbrud",
                            "unit",
                            "antal",
                            "upIsGood",
                            false,
                            "frequency",
                            "YEAR",
                            "aggregation",
                            "SUM"));
        }
    }

    @Nested
    class FollowUps {
        @Test
        void aFollowUpItemIsTheResponsibilityOfAnActiveParty() {
            String meeting = base + "/meetings/"
                    + as(Persona.SECRETARIAT)
                            .body(Map.of(
                                    "title", "Møde", "startsAt", "2024-03-05T13:00:00+01:00", "durationMinutes", 60))
                            .post(base + "/meetings")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id");
            String item = as(Persona.SECRETARIAT)
                    .body(Map.of("title", "Status", "kind", "DISCUSSION"))
                    .post(meeting + "/agenda-items")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"0\"")
                    .post(meeting + "/publish")
                    .then()
                    .statusCode(200);
            refusesAllButAnActiveParty(
                    meeting + "/minutes/follow-ups",
                    "responsibleOrganisationId",
                    o -> with("responsibleOrganisationId", o, "agendaItemId", item, "title", "Opgave"));
        }
    }
}
