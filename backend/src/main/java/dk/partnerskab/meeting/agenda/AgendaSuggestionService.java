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
import dk.partnerskab.meeting.minutes.FollowUpRepository;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.organisation.OrganisationService;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.person.PersonRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final FollowUpRepository followUps;
    private final AgendaService agenda;
    private final PartnershipAccess access;
    private final PersonRegistry people;
    private final OrganisationService organisations;
    private final Clock clock;

    public AgendaSuggestionService(
            MeetingRepository meetings,
            AgendaItemRepository items,
            FollowUpRepository followUps,
            AgendaService agenda,
            PartnershipAccess access,
            PersonRegistry people,
            OrganisationService organisations,
            Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.followUps = followUps;
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
        AgendaItem earlier = items.findById(suggestion.sourceId());
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
        List<FollowUpRepository.Due> rows = followUps.dueForAgenda(meeting.partnershipId, day, meeting.id);
        Map<UUID, String> people = this.people.names(
                rows.stream().map(FollowUpRepository.Due::responsiblePersonId).toList());
        Map<UUID, OrganisationRef> organisations = this.organisations.refs(rows.stream()
                .map(FollowUpRepository.Due::responsibleOrganisationId)
                .toList());
        return rows.stream()
                .map(r -> {
                    LocalDate due = r.dueDate();
                    String person = r.responsiblePersonId() == null ? null : people.get(r.responsiblePersonId());
                    String organisation = r.responsibleOrganisationId() == null
                                    || organisations.get(r.responsibleOrganisationId()) == null
                            ? null
                            : organisations.get(r.responsibleOrganisationId()).name();
                    String responsible = person != null && organisation != null
                            ? person + ", " + organisation
                            : person != null ? person : organisation;
                    return new AgendaSuggestion(
                            AgendaSuggestionKind.FOLLOW_UP,
                            r.id(),
                            "Opfølgning: " + r.title(),
                            r.meetingId(),
                            r.meetingTitle(),
                            time(r.meetingStartsAt()),
                            due,
                            due.isBefore(today),
                            responsible);
                })
                .toList();
    }

    /** Items of the last earlier meeting that was held or cancelled, which got no minutes and no decision. */
    private List<AgendaSuggestion> carriedOver(Meeting meeting) {
        Optional<UUID> previous = meetings.lastClosedBefore(meeting.partnershipId, meeting.startsAt);
        if (previous.isEmpty()) {
            return List.of();
        }
        Meeting earlier = meetings.findById(previous.get());
        List<AgendaItemRepository.Unfinished> rows =
                items.notDealtWith(earlier.id, earlier.status == MeetingStatus.CANCELLED, meeting.id);
        OffsetDateTime start = earlier.startsAt.atZone(clock.getZone()).toOffsetDateTime();
        return rows.stream()
                .filter(r -> !STANDARD_TITLES.contains(r.title()))
                .map(r -> new AgendaSuggestion(
                        AgendaSuggestionKind.CARRIED_OVER,
                        r.id(),
                        r.title(),
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
