package dk.partnerskab.meeting.minutes;

import dk.partnerskab.audit.Audience;
import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.meeting.Meeting;
import dk.partnerskab.meeting.MeetingRepository;
import dk.partnerskab.meeting.agenda.AgendaItemRepository;
import dk.partnerskab.meeting.dto.FollowUpInput;
import dk.partnerskab.meeting.dto.FollowUpPage;
import dk.partnerskab.meeting.dto.FollowUpStatusInput;
import dk.partnerskab.meeting.dto.FollowUpView;
import dk.partnerskab.meeting.dto.PersonRef;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.organisation.OrganisationService;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.members.MemberService;
import dk.partnerskab.partnership.parties.PartyService;
import dk.partnerskab.person.PersonRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Follow-up items from the minutes, and each member's own list of them. */
@ApplicationScoped
public class FollowUpService {

    static final String ENTITY = "FOLLOW_UP";
    public static final java.util.Set<String> SORTS = java.util.Set.of("dueDate");

    private final FollowUpRepository followUps;
    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final MemberService members;
    private final PartyService parties;
    private final OrganisationService organisations;
    private final PersonRegistry people;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public FollowUpService(
            FollowUpRepository followUps,
            MeetingRepository meetings,
            AgendaItemRepository items,
            MemberService members,
            PartyService parties,
            OrganisationService organisations,
            PersonRegistry people,
            PartnershipAccess access,
            AuditTrail audit,
            Clock clock) {
        this.followUps = followUps;
        this.meetings = meetings;
        this.items = items;
        this.members = members;
        this.parties = parties;
        this.organisations = organisations;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public FollowUpView add(UUID partnershipId, UUID meetingId, FollowUpInput input) {
        access.requireEditor(partnershipId);
        Meeting meeting = requireMeeting(partnershipId, meetingId);
        MinutesRules.requireWritable(meeting, clock);
        FollowUp followUp = new FollowUp();
        followUp.id = UUID.randomUUID();
        followUp.partnershipId = partnershipId;
        followUp.meetingId = meetingId;
        followUp.status = FollowUpStatus.OPEN;
        apply(partnershipId, followUp, input);
        followUps.persist(followUp);
        followUps.flush();
        FollowUpView view = views(List.of(followUp)).get(0);
        audit.record(
                Audience.MEMBERS, partnershipId, ENTITY, followUp.id, AuditAction.CREATED, followUp.title, null, view);
        return view;
    }

    @Transactional
    public FollowUpView update(UUID partnershipId, UUID meetingId, UUID id, long expectedVersion, FollowUpInput input) {
        access.requireEditor(partnershipId);
        MinutesRules.requireWritable(requireMeeting(partnershipId, meetingId), clock);
        FollowUp followUp = require(partnershipId, id, meetingId);
        Preconditions.requireVersion(expectedVersion, followUp.version);
        FollowUpView before = views(List.of(followUp)).get(0);
        apply(partnershipId, followUp, input);
        followUp.touch();
        followUps.flush();
        FollowUpView after = views(List.of(followUp)).get(0);
        audit.record(Audience.MEMBERS, partnershipId, ENTITY, id, AuditAction.UPDATED, followUp.title, before, after);
        return after;
    }

    @Transactional
    public void delete(UUID partnershipId, UUID meetingId, UUID id, long expectedVersion) {
        access.requireEditor(partnershipId);
        MinutesRules.requireWritable(requireMeeting(partnershipId, meetingId), clock);
        FollowUp followUp = require(partnershipId, id, meetingId);
        Preconditions.requireVersion(expectedVersion, followUp.version);
        FollowUpView before = views(List.of(followUp)).get(0);
        followUp.softDelete();
        audit.record(Audience.MEMBERS, partnershipId, ENTITY, id, AuditAction.DELETED, followUp.title, before, null);
    }

    /**
     * Done or open again, with a note. The responsible person, members of the responsible
     * organisation, and the chair, secretariat and admins may do this, at any time.
     */
    @Transactional
    public FollowUpView setStatus(UUID partnershipId, UUID id, long expectedVersion, FollowUpStatusInput input) {
        Membership viewer = access.membership(partnershipId);
        FollowUp followUp = followUps
                .findIn(partnershipId, id)
                .orElseThrow(() -> ProblemException.notFound("No follow-up item with this id in this partnership."));
        if (!viewer.editor() && !responsible(viewer, followUp)) {
            throw new ProblemException(
                    ProblemKey.FORBIDDEN,
                    "Only the responsible person or organisation, the chair and the secretariat close a follow-up item.");
        }
        Preconditions.requireVersion(expectedVersion, followUp.version);
        FollowUpView before = views(List.of(followUp)).get(0);
        followUp.status = input.status();
        followUp.note = Text.blankToNull(input.note());
        followUp.doneAt = input.status() == FollowUpStatus.DONE ? clock.instant() : null;
        followUp.touch();
        followUps.flush();
        FollowUpView after = views(List.of(followUp)).get(0);
        boolean published = meetings.findIn(partnershipId, followUp.meetingId)
                .map(m -> m.minutesStatus == MinutesStatus.PUBLISHED)
                .orElse(false);
        audit.record(
                published ? Audience.EVERYONE : Audience.MEMBERS,
                partnershipId,
                ENTITY,
                id,
                AuditAction.UPDATED,
                followUp.title,
                before,
                after);
        return after;
    }

    @Transactional
    public FollowUpPage list(UUID partnershipId, FollowUpStatus status, PageRequest page) {
        boolean withDrafts = access.membership(partnershipId).seesMinutes(false);
        long total = followUps.countOfPartnership(partnershipId, status, withDrafts);
        List<FollowUpView> views =
                total == 0 ? List.of() : views(followUps.ofPartnership(partnershipId, status, withDrafts, page));
        return page.envelope(views, total, FollowUpPage::new);
    }

    /** The caller's own follow-up items: theirs by name or their organisation's, across partnerships. */
    @Transactional
    public FollowUpPage mine(FollowUpStatus status, PageRequest page) {
        UUID me = access.personId();
        if (me == null) {
            return page.envelope(List.<FollowUpView>of(), 0, FollowUpPage::new);
        }
        MemberService.Standing standing = members.standing(me);
        if (standing.isEmpty()) {
            return page.envelope(List.<FollowUpView>of(), 0, FollowUpPage::new);
        }
        long total = followUps.countMine(me, standing.asMember(), standing.asObserver(), status);
        List<FollowUpView> views = total == 0
                ? List.of()
                : views(followUps.mine(me, standing.asMember(), standing.asObserver(), status, page));
        return page.envelope(views, total, FollowUpPage::new);
    }

    /** An open follow-up item to remind whoever answers for it; {@code published} whether its minutes are. */
    public record Due(
            UUID id,
            UUID partnershipId,
            String title,
            LocalDate dueDate,
            UUID responsiblePersonId,
            UUID responsibleOrganisationId,
            boolean published) {}

    /**
     * The open items due from {@code from} to {@code to} that nobody was reminded of yet, marked as
     * reminded in the same statement, so that no item is reminded of twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Due> claimReminders(LocalDate from, LocalDate to) {
        return followUps.claimReminders(from, to, clock.instant());
    }

    /** Views of the items, with their organisations and people read in one query each. */
    public List<FollowUpView> views(List<FollowUp> list) {
        Map<UUID, OrganisationRef> orgs = organisations.refs(
                list.stream().map(f -> f.responsibleOrganisationId).toList());
        Map<UUID, String> names =
                people.names(list.stream().map(f -> f.responsiblePersonId).toList());
        LocalDate today = LocalDate.now(clock);
        return list.stream()
                .map(f -> {
                    OrganisationRef o =
                            f.responsibleOrganisationId == null ? null : orgs.get(f.responsibleOrganisationId);
                    String name = f.responsiblePersonId == null ? null : names.get(f.responsiblePersonId);
                    return new FollowUpView(
                            f.id,
                            f.partnershipId,
                            f.meetingId,
                            f.agendaItemId,
                            f.title,
                            o,
                            name == null ? null : new PersonRef(f.responsiblePersonId, name),
                            f.dueDate,
                            f.status,
                            f.note,
                            f.status == FollowUpStatus.OPEN && f.dueDate != null && f.dueDate.isBefore(today),
                            f.version);
                })
                .toList();
    }

    private static boolean responsible(Membership viewer, FollowUp followUp) {
        return viewer.personId().equals(followUp.responsiblePersonId)
                || (viewer.insider()
                        && viewer.organisationId() != null
                        && viewer.organisationId().equals(followUp.responsibleOrganisationId));
    }

    private void apply(UUID partnershipId, FollowUp followUp, FollowUpInput input) {
        if (input.responsibleOrganisationId() == null && input.responsiblePersonId() == null) {
            throw ProblemException.invalid(List.of(new Violation(
                    "responsibleOrganisationId",
                    "body",
                    "name a responsible organisation, a responsible person, or both")));
        }
        if (input.responsibleOrganisationId() != null) {
            parties.requireActiveParty(partnershipId, input.responsibleOrganisationId(), "responsibleOrganisationId");
        }
        if (input.responsiblePersonId() != null
                && members.membersAmong(partnershipId, List.of(input.responsiblePersonId()))
                        .isEmpty()) {
            throw ProblemException.invalid(
                    List.of(new Violation("responsiblePersonId", "body", "must be a member of this partnership")));
        }
        followUp.agendaItemId = items.findIn(followUp.meetingId, input.agendaItemId())
                .map(item -> item.id)
                .orElseThrow(() -> ProblemException.invalid(
                        List.of(new Violation("agendaItemId", "body", "must be an item on this meeting's agenda"))));
        followUp.title = input.title().strip();
        followUp.responsibleOrganisationId = input.responsibleOrganisationId();
        followUp.responsiblePersonId = input.responsiblePersonId();
        followUp.dueDate = input.dueDate();
    }

    private Meeting requireMeeting(UUID partnershipId, UUID meetingId) {
        return meetings.findIn(partnershipId, meetingId)
                .orElseThrow(() -> ProblemException.notFound("No meeting with this id in this partnership."));
    }

    private FollowUp require(UUID partnershipId, UUID id, UUID meetingId) {
        return followUps
                .findIn(partnershipId, id)
                .filter(f -> f.meetingId.equals(meetingId))
                .orElseThrow(() -> ProblemException.notFound("No follow-up item with this id on this meeting."));
    }
}
