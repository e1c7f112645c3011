package dk.partnerskab.security;

import static dk.partnerskab.testing.Api.addParty;
import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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

/**
 * What each persona finds in the bodies, not only the statuses: the history, a meeting, the
 * decisions register, the follow-ups, attendance and members, while an agenda and minutes are drafts
 * and after they are published. Observers and integrations never get draft agendas, draft minutes,
 * comments, apology reasons or e-mail addresses; members get what members see elsewhere.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class VisibilityByPersonaTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    static final String ALFA_KOMMUNE = "00000000-0000-4000-a000-000000000001";
    static final String DRAFT_ITEM = "Hemmeligt udkast til punkt";
    static final String DRAFT_MINUTES = "Udkast til referat om vandringer";
    static final String DRAFT_DECISION = "Beslutning i udkastet";
    static final String DRAFT_FOLLOW_UP = "Opgave i udkastet";
    static final String COMMENT = "Min kommentar til udkastet";
    static final String APOLOGY = "Lægebesøg";
    static final String EMAIL = "medlem@test.example";
    static final String DRAFT_GROUP = "Gruppe fra udkastet";
    static final String OBSERVERS_TASK = "Observatørens opgave i udkastet";

    String base;
    String planned;
    String plannedItem;
    String held;
    String heldItem;
    String followUp;

    /**
     * A planned meeting with a draft agenda, and yesterday's meeting with draft minutes out for
     * comments: an item's minutes, a decision, a follow-up item, a member's comment, and the member's
     * apologies with a reason.
     */
    @BeforeEach
    void draftsInTheMaking() {
        String partnership = newPartnership("Synlighed " + System.nanoTime());
        addParty(partnership, ALFA_KOMMUNE);
        base = "/api/v1/partnerships/" + partnership;
        planned = base + "/meetings/" + meeting(TODAY.plusDays(30));
        plannedItem = as(Persona.SECRETARIAT)
                .body(Map.of("title", DRAFT_ITEM, "kind", "DISCUSSION"))
                .post(planned + "/agenda-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        held = base + "/meetings/" + meeting(TODAY.minusDays(1));
        heldItem = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Tryghedsvandringer", "kind", "DECISION"))
                .post(held + "/agenda-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .post(held + "/publish")
                .then()
                .statusCode(200);
        String invitation = as(Persona.MEMBER)
                .get(held + "/attendance")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.me }.id");
        as(Persona.MEMBER)
                .header("If-Match", "\"0\"")
                .body(Map.of("response", "APOLOGIES", "reason", APOLOGY))
                .put(held + "/attendance/" + invitation)
                .then()
                .statusCode(200);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(Map.of("minutes", "<p>" + DRAFT_MINUTES + "</p>"))
                .put(held + "/minutes/items/" + heldItem)
                .then()
                .statusCode(200);
        String decision = as(Persona.SECRETARIAT)
                .body(Map.of("agendaItemId", heldItem, "text", DRAFT_DECISION))
                .post(held + "/minutes/decisions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // On the meeting's day the agenda still changes while the minutes are written.
        int itemVersion = as(Persona.SECRETARIAT).get(held).then().extract().path("agenda[0].version");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"" + itemVersion + "\"")
                .body(Map.of("title", "Tryghedsvandringer", "kind", "DECISION", "presenter", "Formanden"))
                .put(held + "/agenda-items/" + heldItem)
                .then()
                .statusCode(200);
        String group = as(Persona.SECRETARIAT)
                .body(Map.of("name", DRAFT_GROUP, "decisionId", decision))
                .post(base + "/working-groups")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .body(Map.of("title", "Tre vandringer", "workingGroupId", group))
                .post(base + "/goals")
                .then()
                .statusCode(201);
        String observer = as(Persona.OBSERVER)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .body(Map.of("agendaItemId", heldItem, "title", OBSERVERS_TASK, "responsiblePersonId", observer))
                .post(held + "/minutes/follow-ups")
                .then()
                .statusCode(201);
        String proposal = as(Persona.OBSERVER)
                .body(Map.of("kind", "ACTIVITY", "title", "Vandringer i Hjortegården"))
                .post(base + "/proposals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .body(Map.of("outcome", "ACCEPTED", "reason", "Vi gør det", "decisionId", decision))
                .post(base + "/proposals/" + proposal + "/answer")
                .then()
                .statusCode(200);
        String member = as(Persona.MEMBER)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        followUp = as(Persona.SECRETARIAT)
                .body(Map.of(
                        "agendaItemId",
                        heldItem,
                        "title",
                        DRAFT_FOLLOW_UP,
                        "responsibleOrganisationId",
                        ALFA_KOMMUNE,
                        "responsiblePersonId",
                        member))
                .post(held + "/minutes/follow-ups")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"1\"")
                .post(held + "/held")
                .then()
                .statusCode(200);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"2\"")
                .body(Map.of("commentDeadline", TODAY.plusDays(7).toString()))
                .post(held + "/minutes/send")
                .then()
                .statusCode(200);
        as(Persona.MEMBER)
                .body(Map.of("agendaItemId", heldItem, "text", COMMENT))
                .post(held + "/minutes/comments")
                .then()
                .statusCode(201);
    }

    String meeting(LocalDate day) {
        return as(Persona.SECRETARIAT)
                .body(Map.of("title", "Partnerskabsmøde", "startsAt", day + "T13:00:00+01:00", "durationMinutes", 120))
                .post(base + "/meetings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    String history(Persona persona) {
        return as(persona)
                .get(base + "/history?size=100")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    static void hasAll(String body, String... texts) {
        for (String text : texts) {
            assertThat(body, containsString(text));
        }
    }

    static void hasNone(String body, String... texts) {
        for (String text : texts) {
            assertThat(body, not(containsString(text)));
        }
    }

    @Test
    void theHistoryShowsEachPersonaWhatItsViewsShow() {
        hasAll(
                history(Persona.SECRETARIAT),
                DRAFT_ITEM,
                DRAFT_MINUTES,
                DRAFT_DECISION,
                DRAFT_FOLLOW_UP,
                COMMENT,
                APOLOGY,
                EMAIL);
        hasAll(history(Persona.ADMIN), DRAFT_ITEM, DRAFT_MINUTES, COMMENT, APOLOGY, EMAIL);

        String member = history(Persona.MEMBER);
        hasNone(member, DRAFT_ITEM);
        hasAll(member, DRAFT_MINUTES, DRAFT_DECISION, DRAFT_FOLLOW_UP, COMMENT, APOLOGY, EMAIL);

        String observer = history(Persona.OBSERVER);
        hasNone(
                observer,
                DRAFT_ITEM,
                DRAFT_MINUTES,
                DRAFT_DECISION,
                DRAFT_FOLLOW_UP,
                COMMENT,
                APOLOGY,
                EMAIL,
                DRAFT_GROUP,
                OBSERVERS_TASK);
        // Observers see who takes part, without how to reach them or why they stay away.
        as(Persona.OBSERVER)
                .get(base + "/history?size=100")
                .then()
                .body("items.entityType", hasItem("MEMBER"))
                .body("items.entityType", hasItem("ATTENDANCE"))
                .body("items.find { it.entityType == 'MEMBER' }.after.email", nullValue())
                .body("items.find { it.entityType == 'MEMBER' }.after.role", org.hamcrest.Matchers.notNullValue());

        String integration = history(Persona.INTEGRATION);
        hasNone(
                integration,
                DRAFT_ITEM,
                DRAFT_MINUTES,
                DRAFT_DECISION,
                DRAFT_FOLLOW_UP,
                COMMENT,
                APOLOGY,
                EMAIL,
                DRAFT_GROUP,
                OBSERVERS_TASK);
        as(Persona.INTEGRATION)
                .get(base + "/history?size=100")
                .then()
                .body("items.entityType", not(hasItem("MEMBER")))
                .body("items.entityType", not(hasItem("ATTENDANCE")))
                .body("items.entityType", hasItem("MEETING"));
    }

    @Test
    void draftsStayWithTheirAuthorsUntilPublished() {
        as(Persona.SECRETARIAT).get(planned).then().body("agenda.title", hasItem(DRAFT_ITEM));
        // What a decision in draft minutes set up or answered is as unpublished as the decision.
        as(Persona.MEMBER).get(base + "/working-groups").then().body("items.name", hasItem(DRAFT_GROUP));
        as(Persona.MEMBER).get(base + "/goals").then().body("items[0].workingGroup.name", equalTo(DRAFT_GROUP));
        as(Persona.MEMBER).get(base + "/proposals").then().body("items[0].decision.text", equalTo(DRAFT_DECISION));
        for (Persona outside : List.of(Persona.OBSERVER, Persona.INTEGRATION)) {
            as(outside).get(base + "/working-groups").then().statusCode(200).body("items", empty());
            as(outside).get(base + "/goals").then().statusCode(200).body("items[0].workingGroup", nullValue());
        }
        as(Persona.OBSERVER).get(base + "/proposals").then().statusCode(200).body("items[0].decision", nullValue());
        as(Persona.OBSERVER)
                .get("/api/v1/me/follow-ups?size=100")
                .then()
                .statusCode(200)
                .body("items.title", not(hasItem(OBSERVERS_TASK)));
        for (Persona reader : List.of(Persona.MEMBER, Persona.OBSERVER, Persona.INTEGRATION)) {
            as(reader).get(planned).then().statusCode(200).body("agenda", empty());
        }

        for (Persona insider : List.of(Persona.SECRETARIAT, Persona.MEMBER)) {
            as(insider)
                    .get(held)
                    .then()
                    .body("agenda[0].minutes", containsString(DRAFT_MINUTES))
                    .body("agenda[0].decisions.text", hasItem(DRAFT_DECISION))
                    .body("agenda[0].followUps.title", hasItem(DRAFT_FOLLOW_UP));
            as(insider).get(base + "/decisions").then().body("items.text", hasItem(DRAFT_DECISION));
            as(insider).get(base + "/follow-ups").then().body("items.title", hasItem(DRAFT_FOLLOW_UP));
            as(insider)
                    .get(held + "/attendance")
                    .then()
                    .body("items.find { it.response == 'APOLOGIES' }.reason", equalTo(APOLOGY));
            as(insider).get(held + "/minutes/comments").then().statusCode(200).body("text", hasItem(COMMENT));
        }
        for (Persona outside : List.of(Persona.OBSERVER, Persona.INTEGRATION)) {
            as(outside)
                    .get(held)
                    .then()
                    .statusCode(200)
                    .body("agenda[0].title", equalTo("Tryghedsvandringer"))
                    .body("agenda[0].minutes", nullValue())
                    .body("agenda[0].decisions", empty())
                    .body("agenda[0].followUps", empty());
            as(outside)
                    .get(base + "/decisions")
                    .then()
                    .statusCode(200)
                    .body("items", empty())
                    .body("totalItems", equalTo(0));
            as(outside)
                    .get(base + "/follow-ups")
                    .then()
                    .statusCode(200)
                    .body("items", empty())
                    .body("totalItems", equalTo(0));
            as(outside).get(held + "/minutes/comments").then().statusCode(403);
        }
        as(Persona.OBSERVER)
                .get(held + "/attendance")
                .then()
                .statusCode(200)
                .body("items.find { it.response == 'APOLOGIES' }.reason", nullValue());
        as(Persona.OBSERVER)
                .get(base + "/members")
                .then()
                .statusCode(200)
                .body("items.find { it.role == 'MEMBER' }.email", nullValue());
        as(Persona.MEMBER)
                .get(base + "/members")
                .then()
                .body("items.find { it.role == 'OBSERVER' }.email", notNullOrEmpty());
    }

    @Test
    void publishedAgendasAndMinutesAreEveryonesAndSoIsWhatHappensAfter() {
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .post(planned + "/publish")
                .then()
                .statusCode(200);
        int itemVersion = as(Persona.SECRETARIAT).get(planned).then().extract().path("agenda[0].version");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"" + itemVersion + "\"")
                .body(Map.of("title", "Offentligt punkt", "kind", "DISCUSSION"))
                .put(planned + "/agenda-items/" + plannedItem)
                .then()
                .statusCode(200);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"3\"")
                .body(Map.of("atMeeting", true))
                .post(held + "/minutes/approve")
                .then()
                .statusCode(200);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"4\"")
                .post(held + "/minutes/publish")
                .then()
                .statusCode(200);
        int followUpVersion =
                as(Persona.MEMBER).get(base + "/follow-ups").then().extract().path("items[0].version");
        as(Persona.MEMBER)
                .header("If-Match", "\"" + followUpVersion + "\"")
                .body(Map.of("status", "DONE"))
                .post(base + "/follow-ups/" + followUp + "/status")
                .then()
                .statusCode(200);

        as(Persona.OBSERVER).get("/api/v1/me/follow-ups?size=100").then().body("items.title", hasItem(OBSERVERS_TASK));
        as(Persona.OBSERVER).get(base + "/proposals").then().body("items[0].decision.text", equalTo(DRAFT_DECISION));
        for (Persona reader : List.of(Persona.MEMBER, Persona.OBSERVER, Persona.INTEGRATION)) {
            as(reader).get(base + "/working-groups").then().body("items.name", hasItem(DRAFT_GROUP));
            as(reader).get(planned).then().body("agenda.title", hasItem("Offentligt punkt"));
            as(reader)
                    .get(held)
                    .then()
                    .body("agenda[0].minutes", containsString(DRAFT_MINUTES))
                    .body("agenda[0].decisions.text", hasItem(DRAFT_DECISION));
            as(reader).get(base + "/decisions").then().body("items", hasSize(1));
            as(reader).get(base + "/follow-ups").then().body("items.title", hasItem(DRAFT_FOLLOW_UP));
            // What was published is in the history for everyone; what was a draft stays as it was.
            String history = history(reader);
            hasAll(history, "Offentligt punkt", DRAFT_FOLLOW_UP);
        }
        // The item's title was published with the agenda; its minutes, decision and comment were drafts when written.
        hasNone(history(Persona.INTEGRATION), DRAFT_MINUTES, DRAFT_DECISION, COMMENT, APOLOGY, EMAIL);
        hasNone(history(Persona.OBSERVER), DRAFT_MINUTES, DRAFT_DECISION, COMMENT, APOLOGY, EMAIL);
    }

    static org.hamcrest.Matcher<Object> notNullOrEmpty() {
        return org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.notNullValue(), not(equalTo("")));
    }
}
