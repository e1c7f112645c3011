package dk.partnerskab.audit;

import static dk.partnerskab.testing.Api.addMember;
import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who was given access, and how, is in the audit trail: invitations, calendar feeds, bound logins. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class AccessTrailTest {

    @Inject
    AgroalDataSource db;

    @Test
    void invitationsToAMeetingAreInThePartnershipsHistoryForThoseWhoSeePeople() {
        String partnership = newPartnership("Invitationer " + System.nanoTime());
        String base = "/api/v1/partnerships/" + partnership;
        String meeting = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Kvartalsmøde", "startsAt", "2031-03-05T13:00:00+01:00", "durationMinutes", 60))
                .post(base + "/meetings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .post(base + "/meetings/" + meeting + "/attendance/invite")
                .then()
                .statusCode(200);

        String invitation = "items.find { it.entityType == 'ATTENDANCE_INVITATION' }";
        as(Persona.OBSERVER)
                .get(base + "/history")
                .then()
                .statusCode(200)
                .body(invitation + ".summary", org.hamcrest.Matchers.equalTo("Kvartalsmøde"))
                .body(invitation + ".after.invited", hasItem("Test observator"));
        as(Persona.INTEGRATION)
                .get(base + "/history")
                .then()
                .statusCode(200)
                .body("items.entityType", not(hasItem("ATTENDANCE_INVITATION")));
    }

    @Test
    void aCalendarFeedMadeAndRevokedIsRecordedWithoutItsSecret() throws SQLException {
        String person = as(Persona.OBSERVER).get("/api/v1/me").then().extract().path("id");
        String url = as(Persona.OBSERVER)
                .post("/api/v1/me/calendar-feed")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        as(Persona.OBSERVER).delete("/api/v1/me/calendar-feed").then().statusCode(204);

        List<String> rows = entries("CALENDAR_FEED", UUID.fromString(person));
        assertEquals("CREATED", rows.get(rows.size() - 2).split("\\|")[0]);
        assertEquals("DELETED", rows.get(rows.size() - 1).split("\\|")[0]);
        String secret = url.substring(url.lastIndexOf('/') + 1).replace(".ics", "");
        rows.forEach(row -> org.junit.jupiter.api.Assertions.assertFalse(row.contains(secret), row));
    }

    @Test
    void theFirstLoginOfAnInvitedPersonIsRecorded() throws SQLException {
        String email = "inviteret-" + System.nanoTime() + "@test.example";
        String partnership = newPartnership("Bundet " + System.nanoTime());
        addMember(partnership, email, "MEMBER");
        String subject = "first-login-" + System.nanoTime();
        String person = given().auth()
                .oauth2(Persona.OTHER_MEMBER.token(subject, email, true))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");

        List<String> rows = entries("PERSON", UUID.fromString(person));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("UPDATED|Login bound to an invited person|" + subject, rows.get(0));
    }

    /** The entity's entries, oldest first, as action|summary|the login bound, or what was recorded after. */
    private List<String> entries(String type, UUID entity) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select action, summary, coalesce(after ->> 'login', cast(after as text), '') from audit_event "
                                + "where entity_type = ? and entity_id = ? order by occurred_at, id")) {
            s.setString(1, type);
            s.setObject(2, entity);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3));
                }
            }
        }
        return rows;
    }
}
