package dk.partnerskab.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production realm is imported once, by an operator, long after anyone reads it again: what
 * makes it safe (no demo logins, no password grant, brute-force protection, rotating refresh tokens,
 * addresses and secrets from the environment) is held here, and so is what it must keep from the
 * development realm for the API to accept its tokens.
 */
class ProductionRealmTest {

    private static final Path ROOT = Path.of("..");
    private static final Path PRODUCTION = ROOT.resolve("keycloak/production/partnerskab-realm.json");
    private static final Path DEVELOPMENT = ROOT.resolve("keycloak/partnerskab-realm.json");
    /** Keycloak resolves these from its environment at import; lower-case ones are its message keys. */
    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    private static String text;
    private static JsonNode realm;
    private static JsonNode dev;

    @BeforeAll
    static void read() throws IOException {
        text = Files.readString(PRODUCTION);
        ObjectMapper json = new ObjectMapper();
        realm = json.readTree(text);
        dev = json.readTree(DEVELOPMENT.toFile());
    }

    @Test
    void hasNoPeopleOnlyTheIntegrationsServiceAccount() {
        for (JsonNode user : realm.path("users")) {
            assertEquals(
                    "partnerskab-integration",
                    user.path("serviceAccountClientId").asText(),
                    "only the integration's service account may be imported, found " + user.path("username"));
            assertFalse(user.has("credentials"), "a service account has no password");
            assertEquals(List.of("integration"), texts(user.path("realmRoles")));
        }
        assertFalse(text.contains("\"credentials\""), "no credentials anywhere");
        assertFalse(text.contains("partnerskab.example"), "no demo addresses");
    }

    @Test
    void locksOutPasswordGuessing() {
        assertTrue(realm.path("bruteForceProtected").asBoolean());
        assertTrue(realm.path("failureFactor").asInt() > 0
                && realm.path("failureFactor").asInt() <= 10);
        assertEquals("all", realm.path("sslRequired").asText());
    }

    @Test
    void demandsLongPasswordsUnlikeTheUsernameAndNotReused() {
        String policy = realm.path("passwordPolicy").asText();
        Matcher length = Pattern.compile("\\blength\\((\\d+)\\)").matcher(policy);
        assertTrue(length.find(), policy);
        assertTrue(Integer.parseInt(length.group(1)) >= 12, policy);
        assertTrue(policy.contains("notUsername"), policy);
        Matcher history = Pattern.compile("\\bpasswordHistory\\((\\d+)\\)").matcher(policy);
        assertTrue(history.find() && Integer.parseInt(history.group(1)) > 0, policy);
    }

    @Test
    void noClientTakesPasswordsOrIssuesTokensInTheBrowserAddress() {
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(), id + " allows the password grant");
            assertFalse(client.path("implicitFlowEnabled").asBoolean(), id + " allows the implicit flow");
        }
        assertEquals(
                Set.of("partnerskab-spa", "partnerskab-api", "partnerskab-integration"),
                clients(realm).keySet(),
                "the development realm's password-grant client partnerskab-cli stays out");
        assertEquals(
                "S256",
                clients(realm)
                        .get("partnerskab-spa")
                        .at("/attributes/pkce.code.challenge.method")
                        .asText());
    }

    @Test
    void redirectsOnlyToTheExactSpaAddressFromTheEnvironment() {
        JsonNode spa = clients(realm).get("partnerskab-spa");
        assertEquals(List.of("${SPA_ORIGIN}/"), texts(spa.path("redirectUris")));
        assertEquals(List.of("${SPA_ORIGIN}"), texts(spa.path("webOrigins")));
        assertEquals(
                "${SPA_ORIGIN}/",
                spa.at("/attributes/post.logout.redirect.uris").asText());
        for (JsonNode client : realm.path("clients")) {
            List<String> addresses = new ArrayList<>(texts(client.path("redirectUris")));
            addresses.addAll(texts(client.path("webOrigins")));
            addresses.add(client.at("/attributes/post.logout.redirect.uris").asText(""));
            for (String address : addresses) {
                assertFalse(address.contains("*"), client.path("clientId") + " has a wildcard: " + address);
                assertFalse(address.equals("+"), client.path("clientId") + " derives its origins");
                assertFalse(address.contains("localhost"), client.path("clientId") + " names localhost");
            }
        }
    }

    @Test
    void secretsComeOnlyFromTheEnvironment() {
        walk(realm, (key, value) -> {
            if (key.equalsIgnoreCase("secret") || key.toLowerCase().endsWith("password")) {
                assertTrue(
                        ENV_PLACEHOLDER.matcher(value.asText()).matches(),
                        key + " must be an environment placeholder, not " + value);
            }
        });
        assertEquals(
                "${PARTNERSKAB_INTEGRATION_SECRET}",
                clients(realm).get("partnerskab-integration").path("secret").asText());
        assertFalse(text.contains(
                clients(dev).get("partnerskab-integration").path("secret").asText()));
    }

    @Test
    void refreshTokensAreSingleUse() {
        assertTrue(realm.path("revokeRefreshToken").asBoolean());
        assertEquals(0, realm.path("refreshTokenMaxReuse").asInt(-1));
    }

    @Test
    void nothingOffersOfflineTokensAndSessionsEndTheSameDay() {
        JsonNode defaultRoles = StreamSupport.stream(realm.at("/roles/realm").spliterator(), false)
                .filter(r -> r.path("name")
                        .asText()
                        .equals(realm.at("/defaultRole/name").asText()))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("user"), texts(defaultRoles.at("/composites/realm")));
        for (String id : List.of("partnerskab-spa", "partnerskab-integration")) {
            JsonNode client = clients(realm).get(id);
            assertTrue(client.has("optionalClientScopes"), id + " would get the realm's optional offline_access");
            assertFalse(texts(client.path("optionalClientScopes")).contains("offline_access"), id);
            assertFalse(texts(client.path("defaultClientScopes")).contains("offline_access"), id);
            assertTrue(texts(client.path("defaultClientScopes")).contains("roles"), id + " loses realm_access.roles");
        }
        int day = 24 * 60 * 60;
        assertTrue(realm.path("accessTokenLifespan").asInt() <= 300);
        assertTrue(realm.path("ssoSessionIdleTimeout").asInt() <= 3600);
        assertTrue(realm.path("ssoSessionMaxLifespan").asInt() <= 12 * 60 * 60);
        assertTrue(realm.path("offlineSessionIdleTimeout").asInt() <= day);
        assertTrue(realm.path("offlineSessionMaxLifespanEnabled").asBoolean());
        assertTrue(realm.path("offlineSessionMaxLifespan").asInt() <= day);
    }

    @Test
    void givesTheApiTheSameClaimsAsTheDevelopmentRealm() {
        assertEquals(dev.path("realm"), realm.path("realm"));
        assertEquals(dev.path("components"), realm.path("components"), "the user profile (organization attribute)");
        Set<String> roles = names(realm.at("/roles/realm"));
        assertTrue(roles.containsAll(Set.of("admin", "user", "integration")), roles.toString());
        Map<String, JsonNode> devClients = clients(dev);
        clients(realm).forEach((id, client) -> {
            assertEquals(devClients.get(id).path("protocolMappers"), client.path("protocolMappers"), id);
            assertEquals(devClients.get(id).path("publicClient"), client.path("publicClient"), id);
            assertEquals(devClients.get(id).path("bearerOnly"), client.path("bearerOnly"), id);
            assertEquals(devClients.get(id).path("serviceAccountsEnabled"), client.path("serviceAccountsEnabled"), id);
        });
    }

    @Test
    void everyEnvironmentVariableItNeedsIsDocumented() throws IOException {
        Set<String> variables = new TreeSet<>();
        ENV_PLACEHOLDER.matcher(text).results().forEach(m -> variables.add(m.group(1)));
        assertEquals(Set.of("PARTNERSKAB_INTEGRATION_SECRET", "SPA_ORIGIN"), variables);
        String operations = Files.readString(ROOT.resolve("docs/operations.md"));
        for (String variable : variables) {
            assertTrue(operations.contains(variable), "docs/operations.md does not mention " + variable);
        }
    }

    private static Map<String, JsonNode> clients(JsonNode realm) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .collect(Collectors.toMap(c -> c.path("clientId").asText(), c -> c));
    }

    private static Set<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.path("name").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    /** Every field in the document, at any depth, with its value. */
    private static void walk(JsonNode node, BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                visit.accept(field.getKey(), field.getValue());
                walk(field.getValue(), visit);
            });
        } else if (node.isArray()) {
            node.forEach(element -> walk(element, visit));
        }
    }
}
