package dk.partnerskab.notification;

import dk.partnerskab.meeting.dto.AgendaItemView;
import dk.partnerskab.partnership.PartnershipService;
import dk.partnerskab.partnership.members.MemberService;
import dk.partnerskab.person.PersonProfile;
import dk.partnerskab.person.PersonRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mails members get: the agenda is out, the minutes are out for comments, the minutes are
 * approved, a follow-up item is due in three days. Written in Danish, one mail per recipient so
 * that no one sees the others' addresses.
 */
@ApplicationScoped
public class Notifications {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", DANISH);

    private final PartnershipService partnerships;
    private final MemberService members;
    private final PersonRegistry people;
    private final Event<MailsToSend> outbox;
    private final Clock clock;
    private final String spaUrl;

    public Notifications(
            PartnershipService partnerships,
            MemberService members,
            PersonRegistry people,
            Event<MailsToSend> outbox,
            Clock clock,
            @ConfigProperty(name = "partnerskab.spa-url") String spaUrl) {
        this.partnerships = partnerships;
        this.members = members;
        this.people = people;
        this.outbox = outbox;
        this.clock = clock;
        this.spaUrl = spaUrl.replaceAll("/+$", "");
    }

    /** A member with an address, as the mails address them. */
    record Recipient(String email, String name) {}

    public void agendaPublished(MeetingNotice meeting, List<AgendaItemView> agenda) {
        String partnership = partnershipName(meeting.partnershipId());
        StringBuilder text = new StringBuilder();
        text.append("Dagsordenen til ")
                .append(meeting.title())
                .append(" i ")
                .append(partnership)
                .append(" er udsendt.\n\n");
        when(text, meeting);
        text.append("\nPunkter:\n");
        for (AgendaItemView item : agenda) {
            text.append("  ")
                    .append(item.number())
                    .append(". ")
                    .append(item.title())
                    .append('\n');
        }
        text.append("\nSe dagsordenen og svar, om du kommer, eller meld afbud:\n")
                .append(meetingUrl(meeting))
                .append('\n');
        toInvited(meeting, partnership, "Dagsorden: " + meeting.title(), text.toString());
    }

    public void minutesSent(MeetingNotice meeting) {
        String partnership = partnershipName(meeting.partnershipId());
        String text =
                "Udkastet til referat af " + meeting.title() + " i " + partnership + " er sendt til kommentering.\n\n"
                        + "Du kan kommentere punkterne til og med "
                        + meeting.commentDeadline().format(SHORT_DAY) + ":\n"
                        + meetingUrl(meeting) + "\n";
        toInvited(meeting, partnership, "Referat til kommentering: " + meeting.title(), text);
    }

    public void minutesApproved(MeetingNotice meeting) {
        String partnership = partnershipName(meeting.partnershipId());
        String text = "Referatet af " + meeting.title() + " i " + partnership + " er godkendt.\n\n"
                + "Læs referatet, beslutningerne og opfølgningspunkterne:\n" + meetingUrl(meeting) + "\n";
        toInvited(meeting, partnership, "Referat godkendt: " + meeting.title(), text);
    }

    public void minutesCorrected(MeetingNotice meeting, String reason) {
        String partnership = partnershipName(meeting.partnershipId());
        String text = "Det offentliggjorte referat af " + meeting.title() + " i " + partnership + " er rettet (version "
                + meeting.minutesVersion() + ").\n\n" + (reason == null ? "" : "Begrundelse: " + reason + "\n\n")
                + "Se rettelserne:\n" + meetingUrl(meeting) + "\n";
        toInvited(meeting, partnership, "Referat rettet: " + meeting.title(), text);
    }

    /**
     * Reminds whoever answers for an open follow-up item: the responsible person, or else the
     * members from the responsible organisation.
     */
    public void followUpDue(
            UUID partnershipId,
            UUID followUpId,
            String title,
            LocalDate due,
            UUID personId,
            UUID organisationId,
            boolean published) {
        String partnership = partnershipName(partnershipId);
        String text = "Opfølgningspunktet \"" + title + "\" i " + partnership + " skal være klaret senest "
                + due.format(SHORT_DAY) + ".\n\nMarkér det som udført, med en note om hvad der er gjort:\n"
                + spaUrl + "/opfoelgning\n";
        List<UUID> people =
                personId != null ? List.of(personId) : members.representativesOf(partnershipId, organisationId);
        // An item in draft minutes is the members' until the minutes are published: observers hear of it then.
        List<Recipient> recipients =
                recipients(published ? people : List.copyOf(members.insidersAmong(partnershipId, people)));
        send(recipients, partnership, "Opfølgning forfalder " + due.format(SHORT_DAY) + ": " + title, text);
    }

    /** The people the meeting feature named: those invited who are still members. */
    private void toInvited(MeetingNotice meeting, String partnership, String subject, String text) {
        send(recipients(meeting.recipients()), partnership, subject, text);
    }

    private void send(List<Recipient> recipients, String partnership, String subject, String text) {
        List<OutgoingMail> mails = new ArrayList<>();
        for (Recipient r : recipients) {
            mails.add(new OutgoingMail(
                    r.email(),
                    subject,
                    "Kære " + r.name() + "\n\n" + text + "\n-- \nDu får denne mail, fordi du er med i " + partnership
                            + " i Partnerskabsportalen.\n"));
        }
        if (!mails.isEmpty()) {
            outbox.fire(new MailsToSend(mails));
        }
    }

    private void when(StringBuilder text, MeetingNotice meeting) {
        ZonedDateTime start = meeting.startsAt().atZone(clock.getZone());
        String day = start.format(DAY);
        text.append("Tidspunkt: ")
                .append(Character.toUpperCase(day.charAt(0)))
                .append(day.substring(1))
                .append(", kl. ")
                .append(start.format(TIME))
                .append('–')
                .append(start.plusMinutes(meeting.durationMinutes()).format(TIME))
                .append('\n');
        if (meeting.place() != null) {
            text.append("Sted: ").append(meeting.place()).append('\n');
        }
        if (meeting.onlineUrl() != null) {
            text.append("Online: ").append(meeting.onlineUrl()).append('\n');
        }
    }

    private String meetingUrl(MeetingNotice meeting) {
        return spaUrl + "/partnerskaber/" + meeting.partnershipId() + "/moeder/" + meeting.id();
    }

    private String partnershipName(UUID partnershipId) {
        return partnerships.name(partnershipId);
    }

    /** The people with an address, by name. */
    private List<Recipient> recipients(java.util.Collection<UUID> personIds) {
        java.util.Map<UUID, PersonProfile> profiles = people.profiles(personIds);
        return people.byName(profiles.keySet(), 0, profiles.size()).stream()
                .map(profiles::get)
                .filter(p -> p.email() != null)
                .map(p -> new Recipient(p.email(), p.name()))
                .toList();
    }
}
