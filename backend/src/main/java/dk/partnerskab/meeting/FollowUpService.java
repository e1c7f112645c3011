package dk.partnerskab.meeting;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.meeting.dto.FollowUpInput;
import dk.partnerskab.meeting.dto.FollowUpPage;
import dk.partnerskab.meeting.dto.FollowUpStatusInput;
import dk.partnerskab.meeting.dto.FollowUpView;
import dk.partnerskab.meeting.dto.PersonRef;
import dk.partnerskab.organisation.Organisation;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.organisation.OrganisationService;
import dk.partnerskab.partnership.MemberRole;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.PartnershipMember;
import dk.partnerskab.partnership.PartnershipMemberRepository;
import dk.partnerskab.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Follow-up items from the minutes, and each member's own list of them. */
@ApplicationScoped
public class FollowUpService {

    static final String ENTITY = "FOLLOW_UP";
    public static final java.util.Set<String> SORTS = java.util.Set.of("dueDate");

    private final FollowUpRepository followUps;
    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final PartnershipMemberRepository members;
    private final OrganisationService organisations;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public FollowUpService(FollowUpRepository followUps, MeetingRepository meetings, AgendaItemRepository items,
                           PartnershipMemberRepository members, OrganisationService organisations, PartnershipAccess access,
                           AuditTrail audit, Clock clock) {
        this.followUps = followUps;
        this.meetings = meetings;
        this.items = items;
        this.members = members;
        this.organisations = organisations;
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
        followUp.createdAt = clock.instant();
        followUp.updatedAt = followUp.createdAt;
        apply(partnershipId, followUp, input);
        followUps.persist(followUp);
        followUps.flush();
        FollowUpView view = views(List.of(followUp)).get(0);
        audit.record(partnershipId, ENTITY, followUp.id, AuditAction.CREATED, followUp.title, null, view);
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
        followUp.updatedAt = clock.instant();
        followUps.flush();
        FollowUpView after = views(List.of(followUp)).get(0);
        audit.record(partnershipId, ENTITY, id, AuditAction.UPDATED, followUp.title, before, after);
        return after;
    }

    @Transactional
    public void delete(UUID partnershipId, UUID meetingId, UUID id, long expectedVersion) {
        access.requireEditor(partnershipId);
        MinutesRules.requireWritable(requireMeeting(partnershipId, meetingId), clock);
        FollowUp followUp = require(partnershipId, id, meetingId);
        Preconditions.requireVersion(expectedVersion, followUp.version);
        FollowUpView before = views(List.of(followUp)).get(0);
        followUp.deletedAt = clock.instant();
        followUp.updatedAt = followUp.deletedAt;
        audit.record(partnershipId, ENTITY, id, AuditAction.DELETED, followUp.title, before, null);
    }

    /**
     * Done or open again, with a note. The responsible person, members of the responsible
     * organisation, and the chair, secretariat and admins may do this, at any time.
     */
    @Transactional
    public FollowUpView setStatus(UUID partnershipId, UUID id, long expectedVersion, FollowUpStatusInput input) {
        Optional<MemberRole> role = access.requireVisible(partnershipId);
        FollowUp followUp = followUps.findIn(partnershipId, id)
                .orElseThrow(() -> ProblemException.notFound("No follow-up item with this id in this partnership."));
        if (!access.canEdit(partnershipId, role) && !responsible(followUp)) {
            throw new ProblemException(ProblemKey.FORBIDDEN,
                    "Only the responsible person or organisation, the chair and the secretariat close a follow-up item.");
        }
        Preconditions.requireVersion(expectedVersion, followUp.version);
        FollowUpView before = views(List.of(followUp)).get(0);
        followUp.status = input.status();
        followUp.note = Text.blankToNull(input.note());
        followUp.doneAt = input.status() == FollowUpStatus.DONE ? clock.instant() : null;
        followUp.updatedAt = clock.instant();
        followUps.flush();
        FollowUpView after = views(List.of(followUp)).get(0);
        audit.record(partnershipId, ENTITY, id, AuditAction.UPDATED, followUp.title, before, after);
        return after;
    }

    @Transactional
    public FollowUpPage list(UUID partnershipId, FollowUpStatus status, PageRequest page) {
        access.requireVisible(partnershipId);
        long total = followUps.countOfPartnership(partnershipId, status);
        List<FollowUpView> views = total == 0 ? List.of() : views(followUps.ofPartnership(partnershipId, status, page));
        return new FollowUpPage(views, page.page(), page.size(), total, page.totalPages(total));
    }

    /** The caller's own follow-up items: theirs by name or their organisation's, across partnerships. */
    @Transactional
    public FollowUpPage mine(FollowUpStatus status, PageRequest page) {
        UUID me = access.personId();
        if (me == null) {
            return new FollowUpPage(List.of(), page.page(), page.size(), 0, 0);
        }
        long total = followUps.countMine(me, status);
        List<FollowUpView> views = total == 0 ? List.of() : views(followUps.mine(me, status, page));
        return new FollowUpPage(views, page.page(), page.size(), total, page.totalPages(total));
    }

    /** Views of the items, with their organisations and people read in one query each. */
    List<FollowUpView> views(List<FollowUp> list) {
        List<UUID> organisationIds = list.stream().map(f -> f.responsibleOrganisationId).filter(Objects::nonNull).distinct().toList();
        List<UUID> personIds = list.stream().map(f -> f.responsiblePersonId).filter(Objects::nonNull).distinct().toList();
        var em = followUps.getEntityManager();
        Map<UUID, Organisation> orgs = organisationIds.isEmpty() ? Map.of()
                : em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                        .setParameter("ids", organisationIds).getResultStream()
                        .collect(Collectors.toMap(o -> o.id, Function.identity()));
        Map<UUID, Person> people = personIds.isEmpty() ? Map.of()
                : em.createQuery("select p from Person p where p.id in :ids", Person.class)
                        .setParameter("ids", personIds).getResultStream()
                        .collect(Collectors.toMap(p -> p.id, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(f -> {
            Organisation o = f.responsibleOrganisationId == null ? null : orgs.get(f.responsibleOrganisationId);
            Person p = f.responsiblePersonId == null ? null : people.get(f.responsiblePersonId);
            return new FollowUpView(f.id, f.partnershipId, f.meetingId, f.agendaItemId, f.title,
                    o == null ? null : OrganisationRef.of(o), p == null ? null : new PersonRef(p.id, p.displayName),
                    f.dueDate, f.status, f.note,
                    f.status == FollowUpStatus.OPEN && f.dueDate != null && f.dueDate.isBefore(today), f.version);
        }).toList();
    }

    private boolean responsible(FollowUp followUp) {
        UUID me = access.personId();
        if (me == null) {
            return false;
        }
        if (me.equals(followUp.responsiblePersonId)) {
            return true;
        }
        return followUp.responsibleOrganisationId != null && members
                .find("personId = ?1 and partnershipId = ?2", me, followUp.partnershipId).firstResultOptional()
                .map((PartnershipMember m) -> followUp.responsibleOrganisationId.equals(m.organisationId)).orElse(false);
    }

    private void apply(UUID partnershipId, FollowUp followUp, FollowUpInput input) {
        if (input.responsibleOrganisationId() == null && input.responsiblePersonId() == null) {
            throw ProblemException.invalid(List.of(new Violation("responsibleOrganisationId", "body",
                    "name a responsible organisation, a responsible person, or both")));
        }
        Organisation organisation = input.responsibleOrganisationId() == null ? null
                : organisations.requireActive(input.responsibleOrganisationId(), "responsibleOrganisationId");
        if (input.responsiblePersonId() != null
                && members.roleOf(input.responsiblePersonId(), partnershipId).isEmpty()) {
            throw ProblemException.invalid(List.of(new Violation("responsiblePersonId", "body",
                    "must be a member of this partnership")));
        }
        followUp.agendaItemId = items.findIn(followUp.meetingId, input.agendaItemId()).map(item -> item.id)
                .orElseThrow(() -> ProblemException.invalid(List.of(new Violation("agendaItemId", "body",
                        "must be an item on this meeting's agenda"))));
        followUp.title = input.title().strip();
        followUp.responsibleOrganisationId = organisation == null ? null : organisation.id;
        followUp.responsiblePersonId = input.responsiblePersonId();
        followUp.dueDate = input.dueDate();
    }

    private Meeting requireMeeting(UUID partnershipId, UUID meetingId) {
        return meetings.findIn(partnershipId, meetingId)
                .orElseThrow(() -> ProblemException.notFound("No meeting with this id in this partnership."));
    }

    private FollowUp require(UUID partnershipId, UUID id, UUID meetingId) {
        return followUps.findIn(partnershipId, id).filter(f -> f.meetingId.equals(meetingId))
                .orElseThrow(() -> ProblemException.notFound("No follow-up item with this id on this meeting."));
    }
}
