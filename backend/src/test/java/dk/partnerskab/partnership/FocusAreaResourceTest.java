package dk.partnerskab.partnership;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class FocusAreaResourceTest {

    String partnership;
    String base;

    @BeforeEach
    void freshPartnership() {
        partnership = newPartnership("Fokus " + System.nanoTime());
        base = "/api/v1/partnerships/" + partnership + "/focus-areas";
    }

    Response create(Persona persona, String title) {
        return as(persona)
                .body(Map.of("title", title, "description", "Aggregeret"))
                .post(base);
    }

    List<String> titles() {
        return as(Persona.MEMBER)
                .get("/api/v1/partnerships/" + partnership)
                .then()
                .statusCode(200)
                .extract()
                .path("focusAreas.title");
    }

    @Nested
    class Secretariat {

        @Test
        void addsNumberedFocusAreasWithLocationAndEtag() {
            create(Persona.SECRETARIAT, "Risikoprofiler")
                    .then()
                    .statusCode(201)
                    .header("Location", org.hamcrest.Matchers.containsString(base + "/"))
                    .body("number", equalTo(1));
            create(Persona.SECRETARIAT, "Dialog")
                    .then()
                    .statusCode(201)
                    .header("ETag", equalTo("\"0\""))
                    .body("number", equalTo(2))
                    .body("retired", equalTo(false));
            org.junit.jupiter.api.Assertions.assertEquals(List.of("Risikoprofiler", "Dialog"), titles());
        }

        @Test
        void changesWithIfMatchAndDetectsStaleVersions() {
            String id = create(Persona.SECRETARIAT, "Dialog").then().extract().path("id");
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("title", "Dialog og kommunikation", "retired", true))
                    .put(base + "/" + id)
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("title", equalTo("Dialog og kommunikation"))
                    .body("description", nullValue())
                    .body("retired", equalTo(true));
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"0\"")
                            .body(Map.of("title", "Overskrevet"))
                            .put(base + "/" + id)
                            .then(),
                    412,
                    "version-mismatch");
            org.junit.jupiter.api.Assertions.assertEquals(List.of("Dialog og kommunikation"), titles());
        }

        @Test
        void editsWithoutIfMatchAreRefused() {
            String id = create(Persona.SECRETARIAT, "Dialog").then().extract().path("id");
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .body(Map.of("title", "X"))
                            .put(base + "/" + id)
                            .then(),
                    428,
                    "precondition-required");
            assertProblem(as(Persona.SECRETARIAT).delete(base + "/" + id).then(), 428, "precondition-required");
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .header("If-Match", "nonsense")
                                    .body(Map.of("title", "X"))
                                    .put(base + "/" + id)
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("If-Match"));
        }

        @Test
        void deletesAndRestoresKeepingTheHistory() {
            String id = create(Persona.SECRETARIAT, "Hotspot").then().extract().path("id");
            as(Persona.SECRETARIAT)
                    .header("If-Match", "\"0\"")
                    .delete(base + "/" + id)
                    .then()
                    .statusCode(204);
            org.junit.jupiter.api.Assertions.assertEquals(List.of(), titles());
            create(Persona.SECRETARIAT, "Nabohjælp").then().body("number", equalTo(1));

            as(Persona.SECRETARIAT)
                    .post(base + "/" + id + "/restore")
                    .then()
                    .statusCode(200)
                    .body("title", equalTo("Hotspot"))
                    .body("number", equalTo(2));
            assertProblem(
                    as(Persona.SECRETARIAT).post(base + "/" + id + "/restore").then(), 404, "not-found");

            as(Persona.MEMBER)
                    .get("/api/v1/partnerships/" + partnership + "/history")
                    .then()
                    .statusCode(200)
                    .body(
                            "items.action",
                            contains(
                                    "RESTORED",
                                    "CREATED",
                                    "DELETED",
                                    "CREATED",
                                    "CREATED",
                                    "CREATED",
                                    "CREATED",
                                    "CREATED"))
                    .body("items[0].actorName", equalTo("Test sekretariat"))
                    .body("items[0].after.title", equalTo("Hotspot"))
                    .body("items[2].before.title", equalTo("Hotspot"))
                    .body("items[2].after", nullValue());
        }

        @Test
        void reordersByRenumberingAndMovesThePartnershipVersion() {
            String first = create(Persona.SECRETARIAT, "A").then().extract().path("id");
            String second = create(Persona.SECRETARIAT, "B").then().extract().path("id");
            String etag = partnershipEtag();
            String newEtag = as(Persona.SECRETARIAT)
                    .header("If-Match", etag)
                    .body(Map.of("ids", List.of(second, first)))
                    .put(base + "/order")
                    .then()
                    .statusCode(200)
                    .body("title", contains("B", "A"))
                    .body("number", contains(1, 2))
                    .extract()
                    .header("ETag");
            assertEquals(partnershipEtag(), newEtag);
            assertNotEquals(etag, newEtag);
            as(Persona.MEMBER)
                    .get("/api/v1/partnerships/" + partnership + "/history")
                    .then()
                    .statusCode(200)
                    .body("items[0].entityType", equalTo("PARTNERSHIP"))
                    .body("items[0].before.focusAreas.title", contains("A", "B"))
                    .body("items[0].after.focusAreas.title", contains("B", "A"));
        }

        @Test
        void reorderRefusesAListThatIsNotTheCurrentSet() {
            String first = create(Persona.SECRETARIAT, "A").then().extract().path("id");
            create(Persona.SECRETARIAT, "B");
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .header("If-Match", partnershipEtag())
                                    .body(Map.of("ids", List.of(first)))
                                    .put(base + "/order")
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("ids"));
            as(Persona.MEMBER)
                    .get("/api/v1/partnerships/" + partnership)
                    .then()
                    .body("focusAreas.title", contains("A", "B"));
        }

        @Test
        void reorderNeedsTheCurrentPartnershipVersion() {
            String first = create(Persona.SECRETARIAT, "A").then().extract().path("id");
            String second = create(Persona.SECRETARIAT, "B").then().extract().path("id");
            Map<String, Object> order = Map.of("ids", List.of(second, first));
            assertProblem(
                    as(Persona.SECRETARIAT).body(order).put(base + "/order").then(), 428, "precondition-required");
            String stale = partnershipEtag();
            as(Persona.SECRETARIAT)
                    .header("If-Match", stale)
                    .body(dk.partnerskab.testing.Api.partnershipInput("Omdøbt"))
                    .put("/api/v1/partnerships/" + partnership)
                    .then()
                    .statusCode(200);
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", stale)
                            .body(order)
                            .put(base + "/order")
                            .then(),
                    412,
                    "version-mismatch");
            as(Persona.MEMBER)
                    .get("/api/v1/partnerships/" + partnership)
                    .then()
                    .body("focusAreas.title", contains("A", "B"));
        }

        private String partnershipEtag() {
            return as(Persona.MEMBER)
                    .get("/api/v1/partnerships/" + partnership)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
        }
    }

    @Nested
    class BadInput {

        @Test
        void rejectsACprNumberNamingTheField() {
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .body(Map.of("title", "Samtaler", "description", "Drengen 010203-1234 følges"))
                                    .post(base)
                                    .then(),
                            400,
                            "personal-data-rejected")
                    .body("violations[0].field", equalTo("description"))
                    .body("violations[0].in", equalTo("body"));
            org.junit.jupiter.api.Assertions.assertEquals(List.of(), titles());
        }

        @Test
        void rejectsMissingTooLongUnknownAndMistypedFields() {
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .body(Map.of("description", "x"))
                                    .post(base)
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("title"));
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .body(Map.of("title", "x".repeat(301)))
                                    .post(base)
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("title"));
            Map<String, Object> unknown = new HashMap<>(Map.of("title", "x", "number", 7));
            assertProblem(as(Persona.SECRETARIAT).body(unknown).post(base).then(), 400, "validation-failed")
                    .body("violations[0].field", equalTo("number"));
            assertProblem(
                            as(Persona.SECRETARIAT)
                                    .body(Map.of("title", "x", "retired", "maybe"))
                                    .post(base)
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("retired"));
            assertProblem(as(Persona.SECRETARIAT).body("{not json").post(base).then(), 400, "validation-failed");
            assertProblem(as(Persona.SECRETARIAT).post(base).then(), 400, "validation-failed");
            org.junit.jupiter.api.Assertions.assertEquals(List.of(), titles());
        }
    }

    @Nested
    class Others {

        @Test
        void membersAndObserversCannotChangeFocusAreas() {
            assertProblem(create(Persona.MEMBER, "X").then(), 403, "forbidden");
            assertProblem(create(Persona.OBSERVER, "X").then(), 403, "forbidden");
            String id = create(Persona.SECRETARIAT, "Dialog").then().extract().path("id");
            assertProblem(
                    as(Persona.MEMBER)
                            .header("If-Match", "\"0\"")
                            .body(Map.of("title", "Y"))
                            .put(base + "/" + id)
                            .then(),
                    403,
                    "forbidden");
            assertProblem(
                    as(Persona.OBSERVER)
                            .header("If-Match", "\"0\"")
                            .delete(base + "/" + id)
                            .then(),
                    403,
                    "forbidden");
            org.junit.jupiter.api.Assertions.assertEquals(List.of("Dialog"), titles());
        }

        @Test
        void anotherPartnershipsMemberGets404() {
            assertProblem(create(Persona.OTHER_MEMBER, "X").then(), 404, "not-found");
            assertProblem(
                    as(Persona.OTHER_MEMBER)
                            .get("/api/v1/partnerships/" + partnership + "/history")
                            .then(),
                    404,
                    "not-found");
        }

        @Test
        void integrationsAndAnonymousCannotWrite() {
            assertProblem(create(Persona.INTEGRATION, "X").then(), 403, "forbidden");
            assertProblem(
                    given().contentType("application/json")
                            .body(Map.of("title", "X"))
                            .post(base)
                            .then(),
                    401,
                    "unauthenticated");
        }

        @Test
        void aFocusAreaOfAnotherPartnershipIs404() {
            String foreign = "00000000-0000-4000-f100-000000000001";
            assertProblem(
                    as(Persona.SECRETARIAT)
                            .header("If-Match", "\"0\"")
                            .body(Map.of("title", "Y"))
                            .put(base + "/" + foreign)
                            .then(),
                    404,
                    "not-found");
            as(Persona.ADMIN)
                    .get("/api/v1/partnerships/" + Persona.ALFA)
                    .then()
                    .body("focusAreas.title", hasItem("Dialog"))
                    .body("focusAreas.title", not(hasItem("Y")));
        }
    }
}
