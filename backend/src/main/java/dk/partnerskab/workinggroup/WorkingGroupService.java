package dk.partnerskab.workinggroup;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.RichText;
import dk.partnerskab.meeting.dto.FocusAreaRef;
import dk.partnerskab.meeting.dto.PersonRef;
import dk.partnerskab.organisation.Organisation;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.partnership.MemberRole;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.workinggroup.dto.WorkingGroupClosing;
import dk.partnerskab.workinggroup.dto.WorkingGroupInput;
import dk.partnerskab.workinggroup.dto.WorkingGroupPage;
import dk.partnerskab.workinggroup.dto.WorkingGroupView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

    private final EntityManager em;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public WorkingGroupService(EntityManager em, PartnershipAccess access, AuditTrail audit, Clock clock) {
        this.em = em;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public WorkingGroupPage list(UUID partnershipId, PageRequest page) {
        Optional<MemberRole> role = access.requireVisible(partnershipId);
        long total = em.createQuery("select count(w) from WorkingGroup w where w.partnershipId = :p", Long.class)
                .setParameter("p", partnershipId).getSingleResult();
        List<WorkingGroup> groups = total == 0 ? List.of() : em.createQuery("select w from WorkingGroup w where w.partnershipId = :p "
                        + "order by w.status, lower(w.name), w.id", WorkingGroup.class)
                .setParameter("p", partnershipId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new WorkingGroupPage(views(groups, access.canEdit(partnershipId, role)), page.page(), page.size(), total,
                page.totalPages(total));
    }

    @Transactional
    public WorkingGroupView get(UUID partnershipId, UUID id) {
        Optional<MemberRole> role = access.requireVisible(partnershipId);
        return views(List.of(require(partnershipId, id)), access.canEdit(partnershipId, role)).get(0);
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
        group.createdAt = clock.instant();
        if (input.decisionId() != null) {
            boolean decision = !em.createNativeQuery("select 1 from decision where id = :d and partnership_id = :p and deleted_at is null")
                    .setParameter("d", input.decisionId()).setParameter("p", partnershipId).getResultList().isEmpty();
            if (!decision) {
                throw invalid("decisionId", "must be a decision of this partnership");
            }
            group.decisionId = input.decisionId();
        }
        apply(partnershipId, group, input);
        em.persist(group);
        setMembers(partnershipId, group.id, input.memberIds());
        em.flush();
        WorkingGroupView view = get(partnershipId, group.id);
        audit.record(partnershipId, ENTITY, group.id, AuditAction.CREATED, group.name, null, view);
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
        em.flush();
        WorkingGroupView after = get(partnershipId, id);
        audit.record(partnershipId, ENTITY, id, AuditAction.UPDATED, group.name, before, after);
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
        group.updatedAt = group.closedAt;
        em.flush();
        WorkingGroupView after = get(partnershipId, id);
        audit.record(partnershipId, ENTITY, id, AuditAction.UPDATED, group.name, before, after);
        return after;
    }

    public WorkingGroup require(UUID partnershipId, UUID id) {
        return em.createQuery("select w from WorkingGroup w where w.id = :id and w.partnershipId = :p", WorkingGroup.class)
                .setParameter("id", id).setParameter("p", partnershipId).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("No working group with this id in this partnership."));
    }

    private void apply(UUID partnershipId, WorkingGroup group, WorkingGroupInput input) {
        if (input.focusAreaId() != null && em.createNativeQuery("select 1 from focus_area where id = :f and partnership_id = :p "
                + "and deleted_at is null").setParameter("f", input.focusAreaId()).setParameter("p", partnershipId).getResultList().isEmpty()) {
            throw invalid("focusAreaId", "must be one of this partnership's focus areas");
        }
        if (input.leadOrganisationId() != null && em.find(Organisation.class, input.leadOrganisationId()) == null) {
            throw invalid("leadOrganisationId", "no such organisation");
        }
        group.name = input.name().strip();
        group.mandate = RichText.sanitise(input.mandate());
        group.focusAreaId = input.focusAreaId();
        group.leadOrganisationId = input.leadOrganisationId();
        group.deadline = input.deadline();
        group.updatedAt = clock.instant();
    }

    private void setMembers(UUID partnershipId, UUID groupId, List<UUID> memberIds) {
        Set<UUID> wanted = memberIds == null ? Set.of() : new LinkedHashSet<>(memberIds);
        if (!wanted.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<UUID> members = em.createNativeQuery("select person_id from partnership_member where partnership_id = :p "
                    + "and deleted_at is null and person_id = any(:ids)").setParameter("p", partnershipId)
                    .setParameter("ids", wanted.toArray(UUID[]::new)).getResultList();
            if (members.size() != wanted.size()) {
                throw invalid("memberIds", "must be people who are members of the partnership");
            }
        }
        em.createNativeQuery("delete from working_group_member where working_group_id = :g").setParameter("g", groupId).executeUpdate();
        for (UUID person : wanted) {
            em.createNativeQuery("insert into working_group_member (working_group_id, person_id) values (:g, :p)")
                    .setParameter("g", groupId).setParameter("p", person).executeUpdate();
        }
    }

    /** Views with their focus areas, organisations, decisions and members, in one query each. */
    public List<WorkingGroupView> views(List<WorkingGroup> groups, boolean canEdit) {
        if (groups.isEmpty()) {
            return List.of();
        }
        UUID[] ids = groups.stream().map(g -> g.id).toArray(UUID[]::new);
        Map<UUID, FocusAreaRef> areas = new HashMap<>();
        UUID[] areaIds = groups.stream().map(g -> g.focusAreaId).filter(Objects::nonNull).distinct().toArray(UUID[]::new);
        if (areaIds.length > 0) {
            rows("select id, number, title from focus_area where id = any(:ids)", areaIds)
                    .forEach(r -> areas.put((UUID) r[0], new FocusAreaRef((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2])));
        }
        Map<UUID, OrganisationRef> organisations = new HashMap<>();
        List<UUID> orgIds = groups.stream().map(g -> g.leadOrganisationId).filter(Objects::nonNull).distinct().toList();
        if (!orgIds.isEmpty()) {
            em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class).setParameter("ids", orgIds)
                    .getResultList().forEach(o -> organisations.put(o.id, OrganisationRef.of(o)));
        }
        Map<UUID, WorkingGroupView.DecisionRef> decisions = new HashMap<>();
        UUID[] decisionIds = groups.stream().map(g -> g.decisionId).filter(Objects::nonNull).distinct().toArray(UUID[]::new);
        if (decisionIds.length > 0) {
            rows("select d.id, d.text, m.id, m.title from decision d join meeting m on m.id = d.meeting_id where d.id = any(:ids)",
                    decisionIds).forEach(r -> decisions.put((UUID) r[0],
                    new WorkingGroupView.DecisionRef((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3])));
        }
        Map<UUID, List<PersonRef>> members = new HashMap<>();
        rows("select m.working_group_id, p.id, p.display_name from working_group_member m join person p on p.id = m.person_id "
                + "where m.working_group_id = any(:ids) order by p.display_name", ids)
                .forEach(r -> members.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new PersonRef((UUID) r[1], (String) r[2])));
        return groups.stream().map(g -> new WorkingGroupView(g.id, g.partnershipId, g.name, g.mandate,
                g.focusAreaId == null ? null : areas.get(g.focusAreaId),
                g.leadOrganisationId == null ? null : organisations.get(g.leadOrganisationId), g.deadline, g.status, g.closingReport,
                g.closedAt == null ? null : g.closedAt.atZone(clock.getZone()).toOffsetDateTime(),
                g.decisionId == null ? null : decisions.get(g.decisionId), members.getOrDefault(g.id, List.of()), canEdit, g.version))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID[] ids) {
        return em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.invalid(List.of(new Violation(field, "body", message)));
    }
}
