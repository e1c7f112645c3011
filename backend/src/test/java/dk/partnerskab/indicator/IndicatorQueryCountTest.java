package dk.partnerskab.indicator;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The indicator list and the dashboard read each indicator's headline (newest value, its
 * completeness, the status of the newest complete period) in a constant number of statements
 * however many indicators they show (no N+1).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class IndicatorQueryCountTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void sixIndicatorsWithHeadlinesCostAsManyStatementsAsOne() {
        String one = partnershipWithIndicators(1);
        String six = partnershipWithIndicators(6);
        // The caller's first request registers them as a person; measure after that.
        as(Persona.MEMBER).get("/api/v1/me").then().statusCode(200);

        for (String path : List.of("/indicators", "/dashboard")) {
            long forOne = statementsFor(one, path, 1);
            long forSix = statementsFor(six, path, 6);
            assertTrue(forOne > 0, "statistics must be on for this test to mean anything");
            assertEquals(forOne, forSix, "statements for 1 indicator vs 6 on " + path);
        }
    }

    /** Indicators in three areas, each with a complete January and a February from one area. */
    private static String partnershipWithIndicators(int count) {
        String partnership = newPartnership("Tælling " + System.nanoTime());
        String base = "/api/v1/partnerships/" + partnership + "/indicators";
        for (int i = 0; i < count; i++) {
            Map<String, Object> body = new HashMap<>();
            body.put("code", "T-" + i);
            body.put("name", "Indbrud " + i);
            body.put("unit", "antal");
            body.put("upIsGood", false);
            body.put("frequency", "MONTH");
            body.put("aggregation", "SUM");
            body.put("baselineValue", 60);
            body.put("baselinePeriod", "2025-12");
            body.put("targetValue", 30);
            body.put("targetPeriod", "2026-12");
            body.put("areas", List.of("Herlev", "Gladsaxe", "Gentofte"));
            String id = as(Persona.SECRETARIAT)
                    .body(body)
                    .post(base)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            List<String> areas = as(Persona.SECRETARIAT)
                    .get(base + "/" + id)
                    .then()
                    .extract()
                    .path("areas.id");
            for (String area : areas) {
                enter(base + "/" + id, area, "2026-01", 20);
            }
            enter(base + "/" + id, areas.get(0), "2026-02", 18);
        }
        return partnership;
    }

    private static void enter(String indicator, String area, String period, int value) {
        as(Persona.SECRETARIAT)
                .body(Map.of("areaId", area, "period", period, "value", value))
                .put(indicator + "/measurements")
                .then()
                .statusCode(201);
    }

    private long statementsFor(String partnership, String path, int indicators) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        var response = as(Persona.MEMBER)
                .get("/api/v1/partnerships/" + partnership + path)
                .then()
                .statusCode(200);
        if (path.equals("/indicators")) {
            response.body("items", hasSize(indicators))
                    .body("items[0].completeness.areasReported", equalTo(1))
                    .body("items[0].statusPeriod", equalTo("2026-01"));
        } else {
            response.body("indicators", hasSize(indicators));
        }
        return statistics.getPrepareStatementCount();
    }
}
