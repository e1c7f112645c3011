package dk.partnerskab.notification;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class NotificationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    @Inject
    MockMailbox mailbox;

    @Inject
    FollowUpReminders reminders;

    String partnership;
    String base;
    String item;

    @BeforeEach
    void meetingYesterday() {
        mailbox.clear();
        partnership = newPartnership("Mail " + System.nanoTime());
        dk.partnerskab.testing.Api.addFixtureParties(partnership);
        String meetings = "/api/v1/partnerships/" + partnership + "/meetings";
        base = meetings + "/"
                + as(Persona.SECRETARIAT)
                        .body(Map.of(
                                "title",
                                "Kvartalsmøde",
                                "startsAt",
                                TODAY.minusDays(1) + "T13:00:00+01:00",
                                "durationMinutes",
                                120,
                                "place",
                                "Politigården"))
                        .post(meetings)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
    }

    void addItem() {
        item = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Status på tryghedsvandringer", "kind", "INFORMATION"))
                .post(base + "/agenda-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    List<Mail> to(Persona persona) {
        return mailbox.getMailsSentTo(persona.username() + "@test.example");
    }

    @Test
    void publishingTheAgendaMailsEachMemberOnce() {
        // A refused publish (no items) tells no one.
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .post(base + "/publish")
                .then()
                .statusCode(409);
        assertEquals(0, mailbox.getTotalMessagesSent());

        addItem();
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .post(base + "/publish")
                .then()
                .statusCode(200);
        List<Mail> mails = to(Persona.MEMBER);
        assertEquals(1, mails.size());
        Mail mail = mails.get(0);
        assertEquals("Dagsorden: Kvartalsmøde", mail.getSubject());
        assertTrue(mail.getText().contains("1. Status på tryghedsvandringer"), mail.getText());
        assertTrue(mail.getText().contains("Sted: Politigården"), mail.getText());
        assertTrue(mail.getText().contains("/partnerskaber/" + partnership + "/moeder/"), mail.getText());
        assertEquals(1, mail.getTo().size(), "one recipient per mail");
        assertEquals(1, to(Persona.OBSERVER).size());
        assertEquals(1, to(Persona.SECRETARIAT).size());
        assertEquals(0, to(Persona.OTHER_MEMBER).size());
    }

    @Test
    void sendingAndApprovingTheMinutesMailTheMembers() {
        addItem();
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .post(base + "/publish")
                .then()
                .statusCode(200);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"1\"")
                .post(base + "/held")
                .then()
                .statusCode(200);
        mailbox.clear();
        LocalDate deadline = TODAY.plusDays(14);
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"2\"")
                .body(Map.of("commentDeadline", deadline.toString()))
                .post(base + "/minutes/send")
                .then()
                .statusCode(200);
        Mail sent = to(Persona.MEMBER).get(0);
        assertEquals("Referat til kommentering: Kvartalsmøde", sent.getSubject());
        assertTrue(sent.getText().contains("til og med " + deadline.getDayOfMonth() + "."), sent.getText());

        as(Persona.SECRETARIAT)
                .header("If-Match", "\"3\"")
                .body(Map.of("atMeeting", true))
                .post(base + "/minutes/approve")
                .then()
                .statusCode(200);
        assertEquals(
                List.of("Referat til kommentering: Kvartalsmøde", "Referat godkendt: Kvartalsmøde"),
                to(Persona.MEMBER).stream().map(Mail::getSubject).toList());
        // Draft minutes are the members': observers hear of the minutes once they are published.
        assertEquals(0, to(Persona.OBSERVER).size());
    }

    @Test
    void aFollowUpDueInThreeDaysIsRemindedOfOnce() {
        addItem();
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"0\"")
                .post(base + "/publish")
                .then()
                .statusCode(200);
        String member = as(Persona.MEMBER)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        String title = "Tjek belysningen " + System.nanoTime();
        as(Persona.SECRETARIAT)
                .body(Map.of(
                        "agendaItemId",
                        item,
                        "title",
                        title,
                        "responsiblePersonId",
                        member,
                        "dueDate",
                        TODAY.plusDays(3).toString()))
                .post(base + "/minutes/follow-ups")
                .then()
                .statusCode(201);
        as(Persona.SECRETARIAT)
                .body(Map.of(
                        "agendaItemId",
                        item,
                        "title",
                        "Senere " + title,
                        "responsiblePersonId",
                        member,
                        "dueDate",
                        TODAY.plusDays(4).toString()))
                .post(base + "/minutes/follow-ups")
                .then()
                .statusCode(201);

        reminders.sendDue();
        List<String> subjects = to(Persona.MEMBER).stream()
                .map(Mail::getSubject)
                .filter(s -> s.contains(title))
                .toList();
        assertEquals(1, subjects.size(), subjects.toString());
        assertTrue(subjects.get(0).startsWith("Opfølgning forfalder "), subjects.get(0));
        assertTrue(subjects.stream().noneMatch(s -> s.contains("Senere")), "not yet: due in four days");

        reminders.sendDue();
        assertEquals(
                1,
                to(Persona.MEMBER).stream()
                        .filter(m -> m.getSubject().contains(title))
                        .count(),
                "sent once");
    }
}
