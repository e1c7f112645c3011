package dk.partnerskab.workinggroup;

import dk.partnerskab.audit.Audience;
import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.RichText;
import dk.partnerskab.meeting.dto.PersonRef;
import dk.partnerskab.meeting.minutes.DecisionService;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.organisation.OrganisationService;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.dto.FocusAreaRef;
import dk.partnerskab.partnership.focusareas.FocusAreaService;
import dk.partnerskab.partnership.members.MemberService;
import dk.partnerskab.partnership.parties.PartyService;
import dk.partnerskab.person.PersonRegistry;
import dk.partnerskab.workinggroup.dto.WorkingGroupClosing;
import dk.partnerskab.workinggroup.dto.WorkingGroupInput;
import dk.partnerskab.workinggroup.dto.WorkingGroupPage;
import dk.partnerskab.workinggroup.dto.WorkingGroupView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Working groups: set up from a decision or directly, with mandate, members and deadline; closed with a report. */
@ApplicationScoped
public class WorkingGroupService {

    static final String ENTITY = "WORKING_GROUP";
    /** Who is in a group: the history keeps it for the partnership's members. */
    private static final String MEMBER_NAMES = "members";

    private final WorkingGroupRepository groups;
    private final DecisionService decisions;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    private final FocusAreaService focusAreas;
    private final PartyService parties;
    private final OrganisationService organisations;
    private final MemberService members;
    private final PersonRegistry people;

    public WorkingGroupService(
            WorkingGroupRepository groups,
            DecisionService decisions,
            FocusAreaService focusAreas,
            PartyService parties,
            OrganisationService organisations,
            MemberService members,
            PersonRegistry people,
            PartnershipAccess access,
            AuditTrail audit,
            Clock clock) {
        this.groups = groups;
        this.decisions = decisions;
        this.focusAreas = focusAreas;
        this.parties = parties;
        this.organisations = organisations;
        this.members = members;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public WorkingGroupPage list(UUID partnershipId, PageRequest page) {
        Membership viewer = access.membership(partnershipId);
        // A group set up by a decision in minutes not yet published is as unpublished as the decision.
        Set<UUID> hidden = decisions.hiddenFrom(viewer);
        long total = groups.countIn(partnershipId, hidden);
        List<WorkingGroup> found = total == 0 ? List.of() : groups.pageIn(partnershipId, hidden, page);
        return page.envelope(views(found, viewer), total, WorkingGroupPage::new);
    }

    @Transactional
    public WorkingGroupView get(UUID partnershipId, UUID id) {
        Membership viewer = access.membership(partnershipId);
        WorkingGroup group = require(partnershipId, id);
        if (group.decisionId != null && decisions.hiddenFrom(viewer).contains(group.decisionId)) {
            throw ProblemException.notFound("No working group with this id in this partnership.");
        }
        return views(List.of(group), viewer).get(0);
    }

    /**
     * @throws ProblemException {@code validation-failed} on {@code decisionId} when it is not a
     *         decision of this partnership, on {@code memberIds} for people who are not members
     */
    @Transactional
    public WorkingGroupView create(UUID partnershipId, WorkingGroupInput input) {
        access.requireEditor(partnershipId);
        WorkingGroup group = new WorkingGroup();
        group.id = UUID.randomUUID();
        group.partnershipId = partnershipId;
        group.status = WorkingGroupStatus.ACTIVE;
        if (input.decisionId() != null) {
            if (!decisions.isIn(partnershipId, input.decisionId())) {
                throw invalid("decisionId", "must be a decision of this partnership");
            }
            group.decisionId = input.decisionId();
        }
        apply(partnershipId, group, input);
        groups.persist(group);
        setMembers(partnershipId, group.id, input.memberIds());
        groups.flush();
        WorkingGroupView view = get(partnershipId, group.id);
        audit.record(
                audienceOf(group),
                partnershipId,
                ENTITY,
                group.id,
                AuditAction.CREATED,
                group.name,
                null,
                view,
                MEMBER_NAMES);
        return view;
    }

    @Transactional
    public WorkingGroupView update(UUID partnershipId, UUID id, long expectedVersion, WorkingGroupInput input) {
        access.requireEditor(partnershipId);
        WorkingGroup group = require(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, group.version);
        if (input.decisionId() != null && !input.decisionId().equals(group.decisionId)) {
            throw invalid("decisionId", "is set when the group is set up and does not change");
        }
        WorkingGroupView before = get(partnershipId, id);
        apply(partnershipId, group, input);
        setMembers(partnershipId, id, input.memberIds());
        groups.flush();
        WorkingGroupView after = get(partnershipId, id);
        audit.record(
                audienceOf(group),
                partnershipId,
                ENTITY,
                id,
                AuditAction.UPDATED,
                group.name,
                before,
                after,
                MEMBER_NAMES);
        return after;
    }

    /** @throws ProblemException {@code invalid-state-transition} when it is closed already */
    @Transactional
    public WorkingGroupView close(UUID partnershipId, UUID id, long expectedVersion, WorkingGroupClosing input) {
        access.requireEditor(partnershipId);
        WorkingGroup group = require(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, group.version);
        if (group.status == WorkingGroupStatus.CLOSED) {
            throw new ProblemException(ProblemKey.INVALID_STATE_TRANSITION, "The working group is closed already.");
        }
        WorkingGroupView before = get(partnershipId, id);
        group.status = WorkingGroupStatus.CLOSED;
        group.closingReport = RichText.sanitise(input.closingReport());
        group.closedAt = clock.instant();
        groups.flush();
        WorkingGroupView after = get(partnershipId, id);
        audit.record(
                audienceOf(group),
                partnershipId,
                ENTITY,
                id,
                AuditAction.UPDATED,
                group.name,
                before,
                after,
                MEMBER_NAMES);
        return after;
    }

    /** A group set up by a decision in minutes not yet published shows the decision: it is the members' until then. */
    private Audience audienceOf(WorkingGroup group) {
        return group.decisionId == null || decisions.published(group.decisionId) ? Audience.EVERYONE : Audience.MEMBERS;
    }

    /**
     * Why {@code id} cannot be named in a body for this partnership, or empty when it can.
     *
     * @param activeOnly whether a closed group is refused too
     */
    public Optional<String> whyNotIn(UUID partnershipId, UUID id, boolean activeOnly) {
        Optional<WorkingGroup> group = find(partnershipId, id);
        if (group.isEmpty() || (activeOnly && group.get().status != WorkingGroupStatus.ACTIVE)) {
            return Optional.of(
                    activeOnly
                            ? "must be an active working group of this partnership"
                            : "must be one of this partnership's working groups");
        }
        return Optional.empty();
    }

    /** The people who are members of the working group. */
    public Set<UUID> memberIds(UUID id) {
        return Set.copyOf(groups.memberIds(id));
    }

    /** The names of the given working groups, in one query. */
    public Map<UUID, String> names(java.util.Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        byIds(ids).forEach(w -> names.put(w.id, w.name));
        return names;
    }

    /**
     * The names of those of the given working groups that {@code viewer} may see: a group set up by a
     * decision in minutes not yet published is as unpublished as the decision.
     */
    public Map<UUID, String> visibleNames(Membership viewer, java.util.Collection<UUID> ids) {
        List<WorkingGroup> found = byIds(ids);
        Set<UUID> hidden = found.stream().anyMatch(w -> w.decisionId != null) ? decisions.hiddenFrom(viewer) : Set.of();
        Map<UUID, String> names = new HashMap<>();
        found.stream()
                .filter(w -> w.decisionId == null || !hidden.contains(w.decisionId))
                .forEach(w -> names.put(w.id, w.name));
        return names;
    }

    /** Whether the group was set up by a decision in minutes not yet published, so only members see it. */
    public boolean inDraftMinutes(UUID id) {
        return byIds(List.of(id)).stream().anyMatch(w -> w.decisionId != null && !decisions.published(w.decisionId));
    }

    private List<WorkingGroup> byIds(java.util.Collection<UUID> ids) {
        Set<UUID> wanted = ids.stream().filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        return wanted.isEmpty() ? List.of() : groups.byIds(wanted);
    }

    private Optional<WorkingGroup> find(UUID partnershipId, UUID id) {
        return groups.findIn(partnershipId, id);
    }

    public WorkingGroup require(UUID partnershipId, UUID id) {
        return find(partnershipId, id)
                .orElseThrow(() -> ProblemException.notFound("No working group with this id in this partnership."));
    }

    private void apply(UUID partnershipId, WorkingGroup group, WorkingGroupInput input) {
        if (input.focusAreaId() != null) {
            focusAreas.requireIn(partnershipId, input.focusAreaId(), "focusAreaId");
        }
        if (input.leadOrganisationId() != null) {
            parties.requireActiveParty(partnershipId, input.leadOrganisationId(), "leadOrganisationId");
        }
        group.name = input.name().strip();
        group.mandate = RichText.sanitise(input.mandate());
        group.focusAreaId = input.focusAreaId();
        group.leadOrganisationId = input.leadOrganisationId();
        group.deadline = input.deadline();
        group.touch();
    }

    private void setMembers(UUID partnershipId, UUID groupId, List<UUID> memberIds) {
        Set<UUID> wanted = memberIds == null ? Set.of() : new LinkedHashSet<>(memberIds);
        if (!wanted.isEmpty()) {
            if (members.membersAmong(partnershipId, wanted).size() != wanted.size()) {
                throw invalid("memberIds", "must be people who are members of the partnership");
            }
        }
        groups.replaceMembers(groupId, wanted);
    }

    /** Views with their focus areas, organisations, decisions and members, in one query each. */
    /** Views for {@code viewer}: who is in a group is for the partnership's people, not integrations. */
    public List<WorkingGroupView> views(List<WorkingGroup> shown, Membership viewer) {
        if (shown.isEmpty()) {
            return List.of();
        }
        boolean canEdit = viewer.editor();
        boolean withMembers = viewer.seesPeople();
        Map<UUID, FocusAreaRef> areas =
                focusAreas.refs(shown.stream().map(g -> g.focusAreaId).toList());
        Map<UUID, OrganisationRef> organisations = this.organisations.refs(
                shown.stream().map(g -> g.leadOrganisationId).toList());
        Map<UUID, WorkingGroupView.DecisionRef> decisions = new HashMap<>();
        this.decisions
                .sources(shown.stream()
                        .map(g -> g.decisionId)
                        .filter(Objects::nonNull)
                        .toList())
                .forEach((id, s) -> decisions.put(
                        id, new WorkingGroupView.DecisionRef(s.id(), s.text(), s.meetingId(), s.meetingTitle())));
        List<WorkingGroupRepository.Member> memberRows =
                groups.membersOf(shown.stream().map(g -> g.id).toList());
        Map<UUID, String> names = people.names(
                memberRows.stream().map(WorkingGroupRepository.Member::personId).toList());
        Map<UUID, Set<UUID>> memberIds = new HashMap<>();
        memberRows.forEach(m -> memberIds
                .computeIfAbsent(m.groupId(), k -> new java.util.HashSet<>())
                .add(m.personId()));
        Map<UUID, List<PersonRef>> members = new HashMap<>();
        // The names come ordered by name; each group's list keeps that order.
        names.forEach((person, name) -> memberIds.forEach((group, people) -> {
            if (people.contains(person)) {
                members.computeIfAbsent(group, k -> new ArrayList<>()).add(new PersonRef(person, name));
            }
        }));
        return shown.stream()
                .map(g -> new WorkingGroupView(
                        g.id,
                        g.partnershipId,
                        g.name,
                        g.mandate,
                        g.focusAreaId == null ? null : areas.get(g.focusAreaId),
                        g.leadOrganisationId == null ? null : organisations.get(g.leadOrganisationId),
                        g.deadline,
                        g.status,
                        g.closingReport,
                        g.closedAt == null
                                ? null
                                : g.closedAt.atZone(clock.getZone()).toOffsetDateTime(),
                        g.decisionId == null ? null : decisions.get(g.decisionId),
                        withMembers ? members.getOrDefault(g.id, List.of()) : List.of(),
                        canEdit,
                        g.version))
                .toList();
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.invalid(List.of(new Violation(field, "body", message)));
    }
}
