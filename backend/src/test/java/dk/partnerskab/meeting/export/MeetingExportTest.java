package dk.partnerskab.meeting.export;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class MeetingExportTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    static final String ALFA_KOMMUNE = "00000000-0000-4000-a000-000000000001";

    String name;
    String base;
    String item;

    @BeforeEach
    void meetingYesterdayWithMinutes() {
        name = "Tryghed Nord " + System.nanoTime();
        String partnership = newPartnership(name);
        dk.partnerskab.testing.Api.addFixtureParties(partnership);
        String meetings = "/api/v1/partnerships/" + partnership + "/meetings";
        String meeting = as(Persona.SECRETARIAT)
                .body(Map.of(
                        "title",
                        "Partnerskabsmøde",
                        "startsAt",
                        TODAY.minusDays(1) + "T13:00:00+01:00",
                        "durationMinutes",
                        120,
                        "place",
                        "Rådhuset, mødelokale 2"))
                .post(meetings)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        base = meetings + "/" + meeting;
        item = as(Persona.SECRETARIAT)
                .body(
                        Map.of(
                                "title",
                                "Tryghedsvandringer i Sydby",
                                "kind",
                                "DECISION",
                                "background",
                                "<p>Politiet foreslår <strong>tre</strong> vandringer.</p><ul><li>Marts</li><li>April</li></ul>"))
                .post(base + "/agenda-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .post(base + "/publish")
                .then()
                .statusCode(200);
        String mine = as(Persona.MEMBER)
                .get(base + "/attendance")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.me }.id");
        as(Persona.MEMBER)
                .header("If-Match", "\"0\"")
                .body(Map.of("response", "APOLOGIES", "reason", "Kursus"))
                .put(base + "/attendance/" + mine)
                .then()
                .statusCode(200);
    }

    void holdWithMinutes() {
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"1\"")
                .post(base + "/held")
                .then()
                .statusCode(200);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(Map.of("minutes", "<p>Punktet blev drøftet grundigt.</p>"))
                .put(base + "/minutes/items/" + item)
                .then()
                .statusCode(200);
        as(Persona.SECRETARIAT)
                .body(Map.of("agendaItemId", item, "text", "Partnerskabet gennemfører tre tryghedsvandringer."))
                .post(base + "/minutes/decisions")
                .then()
                .statusCode(201);
        as(Persona.SECRETARIAT)
                .body(Map.of(
                        "agendaItemId",
                        item,
                        "title",
                        "Planlæg ruterne",
                        "responsibleOrganisationId",
                        ALFA_KOMMUNE,
                        "dueDate",
                        TODAY.plusDays(30).toString()))
                .post(base + "/minutes/follow-ups")
                .then()
                .statusCode(201);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theAgendaPdfHasThePartnershipTheItemsAndTheApologies() throws IOException {
        byte[] pdf = as(Persona.MEMBER)
                .accept("application/pdf")
                .get(base + "/agenda.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment; filename=\"Dagsorden_Partnerskabsmoede_"))
                .extract()
                .asByteArray();
        String text = text(pdf);
        assertTrue(text.contains(name), text);
        assertTrue(text.contains("Dagsorden: Partnerskabsmøde"), text);
        assertTrue(text.contains("Rådhuset, mødelokale 2"), text);
        assertTrue(text.contains("1. Tryghedsvandringer i Sydby"), text);
        assertTrue(text.contains("Politiet foreslår tre vandringer."), text);
        assertTrue(text.contains("• Marts"), text);
        assertTrue(text.contains("Afbud: Test medlem") && text.contains("Kursus"), text);
    }

    @Test
    void theMinutesPdfHasTheMinutesDecisionsAndFollowUps() throws IOException {
        assertProblem(
                as(Persona.MEMBER)
                        .accept("application/pdf")
                        .get(base + "/minutes.pdf")
                        .then(),
                409,
                "invalid-state-transition");
        holdWithMinutes();
        String text = text(as(Persona.MEMBER)
                .accept("application/pdf")
                .get(base + "/minutes.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray());
        assertTrue(text.contains("Referat: Partnerskabsmøde"), text);
        assertTrue(text.contains("Referatet Udkast"), text);
        assertTrue(text.contains("Punktet blev drøftet grundigt."), text);
        assertTrue(text.contains("Beslutning: Partnerskabet gennemfører tre tryghedsvandringer."), text);
        assertTrue(text.contains("Planlæg ruterne – ansvarlig: Alfa Kommune"), text);
        // The agenda's background gives way to the minutes once they are written.
        assertFalse(text.contains("Politiet foreslår"), text);
    }

    @Test
    void onlyPeopleWhoSeeTheMeetingGetItsDocuments() {
        assertProblem(
                as(Persona.OTHER_MEMBER)
                        .accept("application/pdf")
                        .get(base + "/agenda.pdf")
                        .then(),
                404,
                "not-found");
        assertProblem(
                as(Persona.INTEGRATION)
                        .accept("application/pdf")
                        .get(base + "/agenda.pdf")
                        .then(),
                403,
                "forbidden");
        assertProblem(
                as(Persona.OTHER_MEMBER)
                        .accept("text/calendar")
                        .get(base + "/calendar.ics")
                        .then(),
                404,
                "not-found");
    }

    @Test
    void theMeetingIsAnICalendarEvent() {
        as(Persona.OBSERVER)
                .accept("text/calendar")
                .get(base + "/calendar.ics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/calendar"))
                .body(containsString("BEGIN:VCALENDAR\r\n"))
                .body(containsString("SUMMARY:Partnerskabsmøde\r\n"))
                .body(containsString("DTSTART:" + TODAY.minusDays(1).toString().replace("-", "") + "T120000Z\r\n"))
                .body(containsString("DTEND:" + TODAY.minusDays(1).toString().replace("-", "") + "T140000Z\r\n"))
                .body(containsString("LOCATION:Rådhuset\\, mødelokale 2\r\n"))
                .body(containsString("STATUS:CONFIRMED"));
    }
}
