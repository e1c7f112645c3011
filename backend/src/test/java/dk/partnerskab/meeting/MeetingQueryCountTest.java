package dk.partnerskab.meeting;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A meeting with its agenda, minutes, decisions and follow-up items reads a constant number of
 * statements however many items it has (no N+1).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class MeetingQueryCountTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void aMeetingWithTwelveItemsCostsAsManyStatementsAsOneWithOne() {
        String partnership = newPartnership("Tælling " + System.nanoTime());
        dk.partnerskab.testing.Api.addFixtureParties(partnership);
        String small = meetingWithItems(partnership, 1);
        String large = meetingWithItems(partnership, 12);
        // The caller's first request registers them as a person; measure after that.
        as(Persona.MEMBER).get("/api/v1/me").then().statusCode(200);

        long one = statementsFor(partnership, small, 1);
        long twelve = statementsFor(partnership, large, 12);
        assertTrue(one > 0, "statistics must be on for this test to mean anything");
        assertEquals(one, twelve, "statements for 1 item vs 12 items");
    }

    /** A meeting yesterday, published, each item with a decision and a follow-up for an organisation. */
    private static String meetingWithItems(String partnership, int count) {
        String base = "/api/v1/partnerships/" + partnership + "/meetings";
        String day = LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(1).toString();
        String meeting = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Møde", "startsAt", day + "T13:00:00+01:00", "durationMinutes", 90))
                .post(base)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String focusArea = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Område " + count))
                .post("/api/v1/partnerships/" + partnership + "/focus-areas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (int i = 0; i < count; i++) {
            String item = as(Persona.SECRETARIAT)
                    .body(Map.of("title", "Punkt " + i, "kind", "DECISION", "focusAreaId", focusArea))
                    .post(base + "/" + meeting + "/agenda-items")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            if (i == 0) {
                as(Persona.SECRETARIAT)
                        .header("If-Match", "\"0\"")
                        .post(base + "/" + meeting + "/publish")
                        .then()
                        .statusCode(200);
            }
            as(Persona.SECRETARIAT)
                    .body(Map.of("agendaItemId", item, "text", "Beslutning " + i))
                    .post(base + "/" + meeting + "/minutes/decisions")
                    .then()
                    .statusCode(201);
            as(Persona.SECRETARIAT)
                    .body(Map.of(
                            "agendaItemId",
                            item,
                            "title",
                            "Opgave " + i,
                            "responsibleOrganisationId",
                            "00000000-0000-4000-a000-00000000000" + (1 + i % 3)))
                    .post(base + "/" + meeting + "/minutes/follow-ups")
                    .then()
                    .statusCode(201);
        }
        return meeting;
    }

    private long statementsFor(String partnership, String meeting, int items) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        as(Persona.MEMBER)
                .get("/api/v1/partnerships/" + partnership + "/meetings/" + meeting)
                .then()
                .statusCode(200)
                .body("agenda", hasSize(items))
                .body("agenda[0].followUps", hasSize(1));
        return statistics.getPrepareStatementCount();
    }
}
