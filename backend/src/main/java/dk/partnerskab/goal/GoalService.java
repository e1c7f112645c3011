package dk.partnerskab.goal;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.goal.dto.GoalInput;
import dk.partnerskab.goal.dto.GoalPage;
import dk.partnerskab.goal.dto.GoalView;
import dk.partnerskab.indicator.Indicator;
import dk.partnerskab.indicator.IndicatorService;
import dk.partnerskab.indicator.IndicatorStatus;
import dk.partnerskab.indicator.dto.IndicatorView;
import dk.partnerskab.meeting.dto.FocusAreaRef;
import dk.partnerskab.organisation.Organisation;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.partnership.MemberRole;
import dk.partnerskab.partnership.PartnershipAccess;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/** Goals under focus areas and working groups; their traffic light is the worst of their indicators'. */
@ApplicationScoped
public class GoalService {

    static final String ENTITY = "GOAL";

    private final EntityManager em;
    private final IndicatorService indicators;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public GoalService(EntityManager em, IndicatorService indicators, PartnershipAccess access, AuditTrail audit, Clock clock) {
        this.em = em;
        this.indicators = indicators;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param workingGroupId only this working group's goals, or null for all */
    @Transactional
    public GoalPage list(UUID partnershipId, UUID workingGroupId, PageRequest page) {
        return list(partnershipId, workingGroupId, null, page);
    }

    /** @param status only goals with this status, or null for all */
    @Transactional
    public GoalPage list(UUID partnershipId, UUID workingGroupId, GoalStatus status, PageRequest page) {
        Optional<MemberRole> role = access.requireVisible(partnershipId);
        String where = "g.partnershipId = :p" + (workingGroupId == null ? "" : " and g.workingGroupId = :w")
                + (status == null ? "" : " and g.status = :s");
        var count = em.createQuery("select count(g) from Goal g where " + where, Long.class).setParameter("p", partnershipId);
        var select = em.createQuery("select g from Goal g where " + where + " order by g.status, lower(g.title), g.id", Goal.class)
                .setParameter("p", partnershipId);
        if (workingGroupId != null) {
            count.setParameter("w", workingGroupId);
            select.setParameter("w", workingGroupId);
        }
        if (status != null) {
            count.setParameter("s", status);
            select.setParameter("s", status);
        }
        long total = count.getSingleResult();
        List<Goal> goals = total == 0 ? List.of() : select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new GoalPage(views(partnershipId, role, goals), page.page(), page.size(), total, page.totalPages(total));
    }

    @Transactional
    public GoalView get(UUID partnershipId, UUID id) {
        Optional<MemberRole> role = access.requireVisible(partnershipId);
        return views(partnershipId, role, List.of(require(partnershipId, id))).get(0);
    }

    @Transactional
    public GoalView create(UUID partnershipId, GoalInput input) {
        access.requireEditor(partnershipId);
        Goal goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.partnershipId = partnershipId;
        goal.createdAt = clock.instant();
        apply(partnershipId, goal, input);
        em.persist(goal);
        setIndicators(partnershipId, goal.id, input.indicatorIds());
        em.flush();
        GoalView view = get(partnershipId, goal.id);
        audit.record(partnershipId, ENTITY, goal.id, AuditAction.CREATED, goal.title, null, view);
        return view;
    }

    @Transactional
    public GoalView update(UUID partnershipId, UUID id, long expectedVersion, GoalInput input) {
        access.requireEditor(partnershipId);
        Goal goal = require(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, goal.version);
        GoalView before = get(partnershipId, id);
        apply(partnershipId, goal, input);
        setIndicators(partnershipId, id, input.indicatorIds());
        em.flush();
        GoalView after = get(partnershipId, id);
        audit.record(partnershipId, ENTITY, id, AuditAction.UPDATED, goal.title, before, after);
        return after;
    }

    @Transactional
    public void delete(UUID partnershipId, UUID id, long expectedVersion) {
        access.requireEditor(partnershipId);
        Goal goal = require(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, goal.version);
        GoalView before = get(partnershipId, id);
        goal.deletedAt = clock.instant();
        goal.updatedAt = goal.deletedAt;
        em.flush();
        audit.record(partnershipId, ENTITY, id, AuditAction.DELETED, goal.title, before, null);
    }

    private Goal require(UUID partnershipId, UUID id) {
        return em.createQuery("select g from Goal g where g.id = :id and g.partnershipId = :p", Goal.class)
                .setParameter("id", id).setParameter("p", partnershipId).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("No goal with this id in this partnership."));
    }

    private void apply(UUID partnershipId, Goal goal, GoalInput input) {
        List<Violation> violations = new ArrayList<>();
        if (input.focusAreaId() != null && em.createNativeQuery("select 1 from focus_area where id = :f and partnership_id = :p "
                + "and deleted_at is null").setParameter("f", input.focusAreaId()).setParameter("p", partnershipId).getResultList().isEmpty()) {
            violations.add(new Violation("focusAreaId", "body", "must be one of this partnership's focus areas"));
        }
        if (input.workingGroupId() != null && em.createNativeQuery("select 1 from working_group where id = :w and partnership_id = :p "
                + "and deleted_at is null").setParameter("w", input.workingGroupId()).setParameter("p", partnershipId).getResultList().isEmpty()) {
            violations.add(new Violation("workingGroupId", "body", "must be one of this partnership's working groups"));
        }
        if (input.responsibleOrganisationId() != null && em.find(Organisation.class, input.responsibleOrganisationId()) == null) {
            violations.add(new Violation("responsibleOrganisationId", "body", "no such organisation"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        goal.title = input.title().strip();
        goal.description = Text.blankToNull(input.description());
        goal.successCriterion = Text.blankToNull(input.successCriterion());
        goal.dueDate = input.dueDate();
        goal.responsibleOrganisationId = input.responsibleOrganisationId();
        goal.focusAreaId = input.focusAreaId();
        goal.workingGroupId = input.workingGroupId();
        goal.status = input.status() == null ? GoalStatus.ACTIVE : input.status();
        goal.updatedAt = clock.instant();
    }

    private void setIndicators(UUID partnershipId, UUID goalId, List<UUID> indicatorIds) {
        Set<UUID> wanted = indicatorIds == null ? Set.of() : new LinkedHashSet<>(indicatorIds);
        if (!wanted.isEmpty()) {
            long found = em.createQuery("select count(i) from Indicator i where i.partnershipId = :p and i.id in :ids", Long.class)
                    .setParameter("p", partnershipId).setParameter("ids", wanted).getSingleResult();
            if (found != wanted.size()) {
                throw ProblemException.invalid(List.of(new Violation("indicatorIds", "body", "must be indicators of this partnership")));
            }
        }
        em.createNativeQuery("delete from goal_indicator where goal_id = :g").setParameter("g", goalId).executeUpdate();
        for (UUID indicator : wanted) {
            em.createNativeQuery("insert into goal_indicator (goal_id, indicator_id) values (:g, :i)").setParameter("g", goalId)
                    .setParameter("i", indicator).executeUpdate();
        }
    }

    /** Views with their indicators' statuses, computed for all goals on the page together. */
    private List<GoalView> views(UUID partnershipId, Optional<MemberRole> role, List<Goal> goals) {
        if (goals.isEmpty()) {
            return List.of();
        }
        boolean canEdit = access.canEdit(partnershipId, role);
        UUID[] goalIds = goals.stream().map(g -> g.id).toArray(UUID[]::new);
        @SuppressWarnings("unchecked")
        List<Object[]> links = em.createNativeQuery("select gi.goal_id, gi.indicator_id from goal_indicator gi join indicator i "
                + "on i.id = gi.indicator_id and i.deleted_at is null where gi.goal_id = any(:ids)").setParameter("ids", goalIds).getResultList();
        Set<UUID> indicatorIds = links.stream().map(r -> (UUID) r[1]).collect(Collectors.toSet());
        Map<UUID, IndicatorView> indicatorViews = indicatorIds.isEmpty() ? Map.of()
                : indicators.views(partnershipId, role, em.createQuery("select i from Indicator i where i.id in :ids order by i.code",
                        Indicator.class).setParameter("ids", indicatorIds).getResultList()).stream()
                .collect(Collectors.toMap(IndicatorView::id, Function.identity()));
        Map<UUID, List<GoalView.GoalIndicator>> byGoal = new HashMap<>();
        for (Object[] link : links) {
            IndicatorView v = indicatorViews.get((UUID) link[1]);
            byGoal.computeIfAbsent((UUID) link[0], k -> new ArrayList<>()).add(new GoalView.GoalIndicator(v.id(), v.code(), v.name(),
                    v.unit(), v.latestPeriod(), v.latestValue(), v.status()));
        }
        byGoal.values().forEach(list -> list.sort(java.util.Comparator.comparing(GoalView.GoalIndicator::code)));
        Map<UUID, FocusAreaRef> areas = new HashMap<>();
        UUID[] areaIds = goals.stream().map(g -> g.focusAreaId).filter(Objects::nonNull).distinct().toArray(UUID[]::new);
        if (areaIds.length > 0) {
            rows("select id, number, title from focus_area where id = any(:ids)", areaIds)
                    .forEach(r -> areas.put((UUID) r[0], new FocusAreaRef((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2])));
        }
        Map<UUID, GoalView.WorkingGroupRef> groups = new HashMap<>();
        UUID[] groupIds = goals.stream().map(g -> g.workingGroupId).filter(Objects::nonNull).distinct().toArray(UUID[]::new);
        if (groupIds.length > 0) {
            rows("select id, name from working_group where id = any(:ids)", groupIds)
                    .forEach(r -> groups.put((UUID) r[0], new GoalView.WorkingGroupRef((UUID) r[0], (String) r[1])));
        }
        Map<UUID, OrganisationRef> organisations = new HashMap<>();
        List<UUID> orgIds = goals.stream().map(g -> g.responsibleOrganisationId).filter(Objects::nonNull).distinct().toList();
        if (!orgIds.isEmpty()) {
            em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class).setParameter("ids", orgIds)
                    .getResultList().forEach(o -> organisations.put(o.id, OrganisationRef.of(o)));
        }
        return goals.stream().map(g -> {
            List<GoalView.GoalIndicator> list = byGoal.getOrDefault(g.id, List.of());
            return new GoalView(g.id, g.partnershipId, g.title, g.description, g.successCriterion, g.dueDate,
                    g.responsibleOrganisationId == null ? null : organisations.get(g.responsibleOrganisationId),
                    g.focusAreaId == null ? null : areas.get(g.focusAreaId), g.workingGroupId == null ? null : groups.get(g.workingGroupId),
                    g.status, IndicatorStatus.rollUp(list.stream().map(GoalView.GoalIndicator::status).toList()), list, canEdit, g.version);
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID[] ids) {
        return em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }
}
