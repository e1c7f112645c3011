package dk.partnerskab.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.partnerskab.testing.Persona;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** The list reads a constant number of statements however long the page is (no N+1). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PartnershipQueryCountTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void listingOneHundredCostsAsManyStatementsAsListingOne() {
        String token = Persona.ADMIN.token();
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);

        long one = statementsFor(token, "/api/v1/partnerships?size=1", 1);
        long many = statementsFor(token, "/api/v1/partnerships?size=100", 25);
        assertTrue(one > 0, "statistics must be on for this test to mean anything");
        assertEquals(one, many, "statements for 1 item vs 25 items");
    }

    private long statementsFor(String token, String path, int items) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        given().auth().oauth2(token).get(path).then().statusCode(200).body("items", hasSize(items));
        return statistics.getPrepareStatementCount();
    }
}
