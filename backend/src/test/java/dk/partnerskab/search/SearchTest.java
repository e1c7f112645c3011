package dk.partnerskab.search;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class SearchTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    String partnership;
    String held;
    String planned;

    @BeforeEach
    void meetings() {
        partnership = newPartnership("Søg " + System.nanoTime());
        dk.partnerskab.testing.Api.addFixtureParties(partnership);
        String meetings = "/api/v1/partnerships/" + partnership + "/meetings";
        held = as(Persona.SECRETARIAT)
                .body(Map.of(
                        "title",
                        "Forårsmøde",
                        "startsAt",
                        TODAY.minusDays(1) + "T13:00:00+01:00",
                        "durationMinutes",
                        120))
                .post(meetings)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String item = as(Persona.SECRETARIAT)
                .body(Map.of(
                        "title",
                        "Tryghedsvandring i Sydby",
                        "kind",
                        "DECISION",
                        "background",
                        "<p>Politiet og kommunen går <em>natteruten</em> sammen.</p>"))
                .post(meetings + "/" + held + "/agenda-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .post(meetings + "/" + held + "/publish")
                .then()
                .statusCode(200);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(Map.of("minutes", "<p>Boligselskabet deltager med viceværter.</p>"))
                .put(meetings + "/" + held + "/minutes/items/" + item)
                .then()
                .statusCode(200);
        as(Persona.SECRETARIAT)
                .body(Map.of("agendaItemId", item, "text", "Partnerskabet afholder to sommervandringer."))
                .post(meetings + "/" + held + "/minutes/decisions")
                .then()
                .statusCode(201);
        as(Persona.SECRETARIAT)
                .body(Map.of(
                        "agendaItemId",
                        item,
                        "title",
                        "Bestil gadebelysning ved stationen",
                        "responsibleOrganisationId",
                        "00000000-0000-4000-a000-000000000001"))
                .post(meetings + "/" + held + "/minutes/follow-ups")
                .then()
                .statusCode(201);
        planned = as(Persona.SECRETARIAT)
                .body(Map.of(
                        "title",
                        "Hemmeligt udkast",
                        "startsAt",
                        TODAY.plusDays(30) + "T13:00:00+01:00",
                        "durationMinutes",
                        60))
                .post(meetings)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .body(Map.of("title", "Tryghedsmåling i udkast", "kind", "INFORMATION"))
                .post(meetings + "/" + planned + "/agenda-items")
                .then()
                .statusCode(201);
    }

    List<String> kinds(Persona persona, String q) {
        return as(persona)
                .queryParam("q", q)
                .queryParam("partnership", partnership)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .path("items.kind");
    }

    @Test
    void partsOfCompoundsAndInflectionsAreFound() {
        assertEquals(
                List.of("AGENDA_ITEM", "AGREEMENT"),
                kinds(Persona.MEMBER, "tryghed").stream().sorted().toList(),
                "the fixture agreement's purpose is \"Øge trygheden\"");
        assertEquals(List.of("AGENDA_ITEM"), kinds(Persona.MEMBER, "vandring sydby"));
        assertEquals(List.of("AGENDA_ITEM"), kinds(Persona.MEMBER, "tryghedsvandringer"));
        assertEquals(List.of("MINUTES"), kinds(Persona.MEMBER, "vicevært"));
        assertEquals(List.of("DECISION"), kinds(Persona.MEMBER, "sommervandringer"));
        assertEquals(List.of("FOLLOW_UP"), kinds(Persona.MEMBER, "belysning"));
        assertEquals(
                List.of(), kinds(Persona.MEMBER, "tryghed belysning"), "every word must be found in the same text");
        as(Persona.MEMBER)
                .queryParam("q", "natteruten")
                .queryParam("partnership", partnership)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items[0].meetingTitle", equalTo("Forårsmøde"))
                .body("items[0].title", equalTo("Tryghedsvandring i Sydby"))
                .body(
                        "items[0].excerpt",
                        equalTo("Tryghedsvandring i Sydby Politiet og kommunen går natteruten sammen."))
                .body("totalItems", equalTo(1));
    }

    @Test
    void membersFindOnlyWhatTheyMaySee() {
        // The draft agenda of a meeting not yet published is the secretariat's; members do not find it.
        assertEquals(List.of(), kinds(Persona.MEMBER, "tryghedsmåling"));
        assertEquals(List.of("AGENDA_ITEM"), kinds(Persona.ADMIN, "tryghedsmåling"));
        as(Persona.OTHER_MEMBER)
                .queryParam("q", "sommervandringer")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.partnershipId", not(hasItem(partnership)));
        assertProblem(
                as(Persona.OTHER_MEMBER)
                        .queryParam("q", "tryghed")
                        .queryParam("partnership", partnership)
                        .get("/api/v1/search")
                        .then(),
                404,
                "not-found");
        assertProblem(
                as(Persona.INTEGRATION)
                        .queryParam("q", "tryghed")
                        .get("/api/v1/search")
                        .then(),
                403,
                "forbidden");
    }

    @Test
    void aQueryWithoutWordsIsRefused() {
        assertProblem(
                        as(Persona.MEMBER)
                                .queryParam("q", " - ")
                                .get("/api/v1/search")
                                .then(),
                        400,
                        "validation-failed")
                .body("violations.field", contains("q"));
        assertProblem(as(Persona.MEMBER).get("/api/v1/search").then(), 400, "validation-failed");
        as(Persona.MEMBER)
                .queryParam("q", "'); drop table meeting; --")
                .get("/api/v1/search")
                .then()
                .statusCode(200);
    }

    @Test
    void theExcerptIsCutAtWords() {
        String body = "a ".repeat(100) + "målet er tryghedsvandringer i hele byen " + "b ".repeat(200);
        String excerpt = SearchService.excerpt(body, List.of("tryghed"));
        org.junit.jupiter.api.Assertions.assertTrue(excerpt.startsWith("…a ") && excerpt.endsWith("…"), excerpt);
        org.junit.jupiter.api.Assertions.assertTrue(excerpt.contains("tryghedsvandringer i hele byen"), excerpt);
        assertEquals("A &amp; B", SearchService.excerpt("A &amp;amp; B", List.of("b")));
    }
}
