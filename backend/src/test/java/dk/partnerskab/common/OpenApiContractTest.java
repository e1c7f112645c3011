package dk.partnerskab.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The published contract (openapi.yaml at the repository root) must be exactly what the API serves. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OpenApiContractTest {

    @Test
    void committedContractEqualsServedContract() throws IOException {
        String served = given().get("/q/openapi?format=yaml")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Path committed = Path.of("..", "openapi.yaml");
        String message = "openapi.yaml differs from what the API serves; regenerate it with `make openapi` "
                + "and commit it together with frontend/src/api/schema.d.ts";
        assertEquals(true, Files.exists(committed), message);
        // Compared as documents: the build and the running app may order keys differently.
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode servedTree = yaml.readTree(served);
        JsonNode committedTree = yaml.readTree(Files.readString(committed));
        assertEquals(committedTree, servedTree, message);
    }
}
