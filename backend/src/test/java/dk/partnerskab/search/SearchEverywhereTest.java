package dk.partnerskab.search;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.Api.partnershipInput;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search beyond the meetings: each kind of thing, found by part of a word, once. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class SearchEverywhereTest {

    String partnership;
    String base;

    @BeforeEach
    void partnership() {
        partnership = newPartnership("Overalt " + System.nanoTime());
        base = "/api/v1/partnerships/" + partnership;
    }

    String create(String path, Map<String, Object> body) {
        return as(Persona.SECRETARIAT)
                .body(body)
                .post(base + path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    ValidatableResponse search(Persona persona, String q) {
        return as(persona)
                .queryParam("q", q)
                .queryParam("partnership", partnership)
                .get("/api/v1/search")
                .then()
                .statusCode(200);
    }

    List<String> kinds(String q) {
        return search(Persona.MEMBER, q).extract().path("items.kind");
    }

    /** The one hit for {@code q}, which must be of {@code kind} with {@code id} and {@code title}. */
    void found(String q, String kind, String id, String title) {
        search(Persona.MEMBER, q)
                .body("totalItems", equalTo(1))
                .body("items[0].kind", equalTo(kind))
                .body("items[0].id", equalTo(id))
                .body("items[0].title", equalTo(title))
                .body("items[0].partnershipId", equalTo(partnership))
                .body("items[0].meetingId", equalTo(null));
    }

    @Test
    void aGoalMatchingInTitleAndDescriptionIsOneHitFoundByPartOfAWord() {
        String id = create(
                "/goals",
                Map.of(
                        "title",
                        "Færre indbrud i Ærøskøbing",
                        "description",
                        "Indbrud i villaer skal falde",
                        "successCriterion",
                        "Halvt så mange indbrud"));
        found("indbr", "GOAL", id, "Færre indbrud i Ærøskøbing");
        found("INDBRUD", "GOAL", id, "Færre indbrud i Ærøskøbing");
        found("ærøsk", "GOAL", id, "Færre indbrud i Ærøskøbing");
        found("ÆRØSKØBING villaer", "GOAL", id, "Færre indbrud i Ærøskøbing");
        search(Persona.MEMBER, "halvt")
                .body(
                        "items[0].excerpt",
                        equalTo("Færre indbrud i Ærøskøbing Indbrud i villaer skal falde Halvt så mange indbrud"));
    }

    @Test
    void anIndicatorIsFoundByItsNameAndDescription() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "IND-07");
        body.put("name", "Anmeldte cykeltyverier");
        body.put("description", "Tyverier fra stationens cykelparkering");
        body.put("unit", "anmeldelser");
        body.put("upIsGood", false);
        body.put("frequency", "MONTH");
        body.put("aggregation", "SUM");
        body.put("areas", List.of("Hele kommunen"));
        String id = create("/indicators", body);
        found("cykeltyv", "INDICATOR", id, "Anmeldte cykeltyverier");
        found("parkering", "INDICATOR", id, "Anmeldte cykeltyverier");
    }

    @Test
    void anActivityIsFoundByAnyOfItsTexts() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Natteravne på havnen");
        body.put("kind", "OTHER");
        body.put("targetGroup", "Unge i nattelivet");
        body.put("intendedOutcome", "Færre slagsmål");
        body.put("status", "PLANNED");
        String id = create("/activities", body);
        found("nattel", "ACTIVITY", id, "Natteravne på havnen");
        found("slagsm", "ACTIVITY", id, "Natteravne på havnen");
    }

    @Test
    void aProposalIsFoundByItsDescription() {
        String id = create(
                "/proposals",
                Map.of(
                        "kind",
                        "ACTIVITY",
                        "title",
                        "Graffitifjernelse",
                        "description",
                        "Hurtig afrensning af tunnelerne"));
        found("afrens", "PROPOSAL", id, "Graffitifjernelse");
    }

    @Test
    void aWorkingGroupIsFoundByItsMandateWithoutItsTags() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Belysningsgruppen");
        body.put("mandate", "<p>Kortlægge <b>mørke</b> stier</p>");
        body.put("memberIds", List.of());
        String id = create("/working-groups", body);
        found("mørke stier", "WORKING_GROUP", id, "Belysningsgruppen");
        assertEquals(List.of(), kinds("strong"), "the tags are not searched");
    }

    @Test
    void aFocusAreaIsFoundByItsDescription() {
        String id =
                create("/focus-areas", Map.of("title", "Trafiksikkerhed", "description", "Skolevejene i Øster Hede"));
        search(Persona.MEMBER, "skolevej")
                .body("items.kind", equalTo(List.of("FOCUS_AREA")))
                .body("items[0].id", equalTo(id))
                .body("items[0].title", equalTo("1. Trafiksikkerhed"));
    }

    @Test
    void theAgreementIsOneHitForItsPurposesAndRulesOfProcedure() {
        Map<String, Object> body = new HashMap<>(partnershipInput("Aftalen " + System.nanoTime()));
        body.put("purposes", List.of("Forebygge hærværk ved skolerne", "Styrke naboskabet"));
        body.put("rulesOfProcedure", "<p>Formandskabet går på <b>omgang</b> mellem parterne.</p>");
        partnership = as(Persona.ADMIN)
                .body(body)
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String name = (String) body.get("name");
        search(Persona.ADMIN, "hærvær").body("items.kind", equalTo(List.of("AGREEMENT")));
        search(Persona.ADMIN, "omgang").body("items.kind", equalTo(List.of("AGREEMENT")));
        search(Persona.ADMIN, "nabo")
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(partnership))
                .body("items[0].title", equalTo(name))
                .body("items[0].partnershipName", equalTo(name));
    }

    @Test
    void aNonMemberFindsNothingFromAnotherPartnership() {
        String word = "kodeord" + System.nanoTime();
        create("/goals", Map.of("title", "Mål " + word));
        create("/focus-areas", Map.of("title", "Fokus " + word));
        create("/proposals", Map.of("kind", "FOCUS_AREA", "title", "Forslag " + word));
        as(Persona.MEMBER)
                .queryParam("q", word)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3));
        as(Persona.OTHER_MEMBER)
                .queryParam("q", word)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0))
                .body("items", equalTo(List.of()));
    }

    @Test
    void hitsOfEveryKindArePagedTogether() {
        String word = "sidetal" + System.nanoTime();
        create("/goals", Map.of("title", "Mål " + word));
        create("/focus-areas", Map.of("title", "Fokus " + word));
        create("/proposals", Map.of("kind", "FOCUS_AREA", "title", "Forslag " + word));
        List<String> first = as(Persona.MEMBER)
                .queryParam("q", word)
                .queryParam("size", 2)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .extract()
                .path("items.kind");
        List<String> second = as(Persona.MEMBER)
                .queryParam("q", word)
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .path("items.kind");
        assertEquals(2, first.size());
        assertEquals(1, second.size());
        assertEquals(
                List.of("FOCUS_AREA", "GOAL", "PROPOSAL"),
                java.util.stream.Stream.concat(first.stream(), second.stream())
                        .sorted()
                        .toList());
    }
}
