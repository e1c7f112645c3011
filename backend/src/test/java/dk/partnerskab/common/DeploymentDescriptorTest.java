package dk.partnerskab.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so docker-compose.yml is checked as a document: it parses, describes
 * the four services on the ports the realm and the SPA expect, and everything it builds or mounts exists.
 */
class DeploymentDescriptorTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void composeFileDescribesTheWholeSystem() throws IOException {
        JsonNode compose = new ObjectMapper(new YAMLFactory())
                .readTree(ROOT.resolve("docker-compose.yml").toFile());
        JsonNode services = compose.get("services");
        List<String> names = new ArrayList<>();
        services.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("postgres", "keycloak", "backend", "frontend"), names);

        assertEquals("8180:8080", services.at("/keycloak/ports/0").asText());
        assertEquals("8080:8080", services.at("/backend/ports/0").asText());
        assertEquals("5173:80", services.at("/frontend/ports/0").asText(), "the realm only redirects to :5173");
        assertTrue(services.at("/keycloak/volumes/0").asText().startsWith("./keycloak:/opt/keycloak/data/import"));
        assertEquals(
                "http://keycloak:8080/realms/partnerskab",
                services.at("/backend/environment/OIDC_URL").asText());
        String health = services.at("/backend/healthcheck/test").toString();
        assertTrue(health.contains("/dev/tcp/127.0.0.1/9000") && health.contains("/q/health/ready"), health);
        assertEquals(
                "service_healthy",
                services.at("/frontend/depends_on/backend/condition").asText());
        assertEquals(1, services.at("/backend/ports").size(), "the management port stays inside the deployment");
        assertEquals("true", services.at("/backend/environment/MAIL_MOCK").asText(), "no SMTP server here");
    }

    @Test
    void theSpaIsServedWithItsSecurityHeadersOnEveryResponse() throws IOException {
        String nginx = Files.readString(ROOT.resolve("frontend/nginx.conf"));
        Matcher csp = Pattern.compile("add_header Content-Security-Policy \"([^\"]+)\" always;")
                .matcher(nginx);
        assertTrue(csp.find(), "no Content-Security-Policy for every response");
        List<String> policy = List.of(csp.group(1).split(";\\s*"));
        for (String directive : List.of(
                "default-src 'self'",
                "script-src 'self'",
                "frame-ancestors 'none'",
                "object-src 'none'",
                "base-uri 'self'",
                "connect-src 'self' ${API_ORIGIN} ${KEYCLOAK_ORIGIN}")) {
            assertTrue(policy.contains(directive), directive + " missing from " + policy);
        }
        for (String header : List.of("Strict-Transport-Security", "X-Content-Type-Options", "Referrer-Policy")) {
            assertTrue(
                    Pattern.compile("add_header " + header + " \"[^\"]+\" always;")
                            .matcher(nginx)
                            .find(),
                    header + " missing or not on every response");
        }
        // A location with an add_header of its own drops all of the server's.
        String[] locations = nginx.split("\\n\\s*location ");
        assertTrue(locations.length > 1);
        for (int i = 1; i < locations.length; i++) {
            assertFalse(locations[i].contains("add_header"), "add_header inside location " + locations[i]);
        }
        assertTrue(Files.readString(ROOT.resolve("frontend/Dockerfile"))
                .contains("COPY nginx.conf /etc/nginx/templates/default.conf.template"));
    }

    @Test
    void everythingTheComposeFileBuildsOrMountsExists() {
        for (String path : List.of(
                "backend/Dockerfile",
                "frontend/Dockerfile",
                "frontend/nginx.conf",
                "keycloak/partnerskab-realm.json")) {
            assertTrue(Files.isRegularFile(ROOT.resolve(path)), path + " is missing");
        }
    }
}
