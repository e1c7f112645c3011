package dk.partnerskab.meeting.agenda;

import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.time.DbTimes;
import dk.partnerskab.meeting.Meeting;
import dk.partnerskab.meeting.MeetingRepository;
import dk.partnerskab.meeting.MeetingStatus;
import dk.partnerskab.meeting.dto.AgendaItemInput;
import dk.partnerskab.meeting.dto.AgendaItemView;
import dk.partnerskab.meeting.dto.AgendaSuggestion;
import dk.partnerskab.meeting.dto.SuggestionAcceptance;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.organisation.OrganisationService;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.person.PersonRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the secretariat may want on an agenda so that nothing agreed is forgotten: open follow-up
 * items due by the meeting, and items of the previous meeting that were not dealt with.
 */
@ApplicationScoped
public class AgendaSuggestionService {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));
    /** The standard items come back through the template; suggesting them again would be noise. */
    private static final Set<String> STANDARD_TITLES =
            AgendaService.TEMPLATE.stream().map(AgendaItemInput::title).collect(Collectors.toSet());

    private final EntityManager em;
    private final MeetingRepository meetings;
    private final AgendaService agenda;
    private final PartnershipAccess access;
    private final PersonRegistry people;
    private final OrganisationService organisations;
    private final Clock clock;

    public AgendaSuggestionService(
            EntityManager em,
            MeetingRepository meetings,
            AgendaService agenda,
            PartnershipAccess access,
            PersonRegistry people,
            OrganisationService organisations,
            Clock clock) {
        this.em = em;
        this.meetings = meetings;
        this.agenda = agenda;
        this.access = access;
        this.people = people;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Empty once the meeting is held or cancelled: its agenda no longer changes. */
    @Transactional
    public List<AgendaSuggestion> suggestions(UUID partnershipId, UUID meetingId) {
        access.requireEditor(partnershipId);
        Meeting meeting = require(partnershipId, meetingId);
        if (!meeting.status.isOpen()) {
            return List.of();
        }
        List<AgendaSuggestion> suggestions = new ArrayList<>(followUps(meeting));
        suggestions.addAll(carriedOver(meeting));
        return suggestions;
    }

    /**
     * Puts a suggestion on the agenda as a new item, linked to where it came from.
     *
     * @throws ProblemException {@code validation-failed} on {@code sourceId} when it is not (or no
     *         longer) one of the meeting's suggestions
     */
    @Transactional
    public AgendaItemView accept(UUID partnershipId, UUID meetingId, SuggestionAcceptance input) {
        AgendaSuggestion suggestion = suggestions(partnershipId, meetingId).stream()
                .filter(s -> s.kind() == input.kind() && s.sourceId().equals(input.sourceId()))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid(List.of(new Violation(
                        "sourceId",
                        "body",
                        "must be one of this meeting's current suggestions; it may already be on the agenda"))));
        if (suggestion.kind() == AgendaSuggestionKind.FOLLOW_UP) {
            String background = "<p>Fra " + suggestion.sourceMeetingTitle() + " den "
                    + suggestion.sourceMeetingStartsAt().format(DAY) + "."
                    + (suggestion.responsible() == null ? "" : " Ansvarlig: " + escape(suggestion.responsible()) + ".")
                    + (suggestion.dueDate() == null
                            ? ""
                            : " Frist: " + suggestion.dueDate().format(DAY) + ".") + "</p>";
            return agenda.add(
                    partnershipId,
                    meetingId,
                    new AgendaItemInput(
                            dk.partnerskab.common.validation.Text.cut(suggestion.title(), 300),
                            background,
                            AgendaItemKind.DISCUSSION,
                            null,
                            null,
                            null),
                    suggestion.sourceId(),
                    null);
        }
        AgendaItem earlier = em.find(AgendaItem.class, suggestion.sourceId());
        return agenda.add(
                partnershipId,
                meetingId,
                new AgendaItemInput(
                        earlier.title,
                        earlier.background,
                        earlier.kind,
                        earlier.presenter,
                        earlier.durationMinutes,
                        earlier.focusAreaId),
                null,
                earlier.id);
    }

    private List<AgendaSuggestion> followUps(Meeting meeting) {
        LocalDate day = meeting.startsAt.atZone(clock.getZone()).toLocalDate();
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select f.id, f.title, f.due_date, m.id, m.title, m.starts_at, "
                        + "f.responsible_person_id, f.responsible_organisation_id from follow_up_item f join meeting m on m.id = f.meeting_id "
                        + "where f.partnership_id = :p and f.status = 'OPEN' and f.deleted_at is null and f.due_date <= :day "
                        + "and f.meeting_id <> :m and not exists (select 1 from agenda_item a where a.meeting_id = :m "
                        + "and a.follow_up_id = f.id and a.deleted_at is null) order by f.due_date, f.id")
                .setParameter("p", meeting.partnershipId)
                .setParameter("day", day)
                .setParameter("m", meeting.id)
                .getResultList();
        Map<UUID, String> people =
                this.people.names(rows.stream().map(r -> (UUID) r[6]).toList());
        Map<UUID, OrganisationRef> organisations =
                this.organisations.refs(rows.stream().map(r -> (UUID) r[7]).toList());
        return rows.stream()
                .map(r -> {
                    LocalDate due = r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2];
                    String person = r[6] == null ? null : people.get((UUID) r[6]);
                    String organisation = r[7] == null || organisations.get((UUID) r[7]) == null
                            ? null
                            : organisations.get((UUID) r[7]).name();
                    String responsible = person != null && organisation != null
                            ? person + ", " + organisation
                            : person != null ? person : organisation;
                    return new AgendaSuggestion(
                            AgendaSuggestionKind.FOLLOW_UP,
                            (UUID) r[0],
                            "Opfølgning: " + r[1],
                            (UUID) r[3],
                            (String) r[4],
                            time(r[5]),
                            due,
                            due.isBefore(today),
                            responsible);
                })
                .toList();
    }

    /** Items of the last earlier meeting that was held or cancelled, which got no minutes and no decision. */
    private List<AgendaSuggestion> carriedOver(Meeting meeting) {
        List<?> previous = em.createNativeQuery(
                        "select id from meeting where partnership_id = :p and starts_at < :start "
                                + "and status in ('HELD', 'CANCELLED') order by starts_at desc, id desc")
                .setParameter("p", meeting.partnershipId)
                .setParameter("start", Timestamp.from(meeting.startsAt))
                .setMaxResults(1)
                .getResultList();
        if (previous.isEmpty()) {
            return List.of();
        }
        Meeting earlier = em.find(Meeting.class, previous.get(0));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select a.id, a.title from agenda_item a where a.meeting_id = :earlier "
                                + "and a.deleted_at is null and (:cancelled or ((a.minutes_text is null or btrim(a.minutes_text) = '') "
                                + "and not exists (select 1 from decision d where d.agenda_item_id = a.id and d.deleted_at is null))) "
                                + "and not exists (select 1 from agenda_item n where n.meeting_id = :m and n.carried_over_from = a.id "
                                + "and n.deleted_at is null) order by a.position, a.id")
                .setParameter("earlier", earlier.id)
                .setParameter("cancelled", earlier.status == MeetingStatus.CANCELLED)
                .setParameter("m", meeting.id)
                .getResultList();
        OffsetDateTime start = earlier.startsAt.atZone(clock.getZone()).toOffsetDateTime();
        return rows.stream()
                .filter(r -> !STANDARD_TITLES.contains((String) r[1]))
                .map(r -> new AgendaSuggestion(
                        AgendaSuggestionKind.CARRIED_OVER,
                        (UUID) r[0],
                        (String) r[1],
                        earlier.id,
                        earlier.title,
                        start,
                        null,
                        false,
                        null))
                .toList();
    }

    private Meeting require(UUID partnershipId, UUID meetingId) {
        return meetings.findIn(partnershipId, meetingId)
                .orElseThrow(() -> ProblemException.notFound("No meeting with this id in this partnership."));
    }

    private OffsetDateTime time(Object value) {
        return DbTimes.at(value, clock.getZone());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
